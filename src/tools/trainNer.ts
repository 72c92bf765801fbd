// Trains the actor recognizer from ../shared/corpus and writes media/ner/model.bin.
// Usage: node dist/tools/trainNer.js [--corpus <dir>] [--out <file>] [--epochs <n>] [--classes <n>] ...
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { encodeModel } from '../core/ner/modelFormat';
import { readConll } from './ner/conll';
import { bbcTrainingDocuments, defaultTrainingSettings, trainModel } from './ner/training';
import { textFilesUnder } from '../node/files';
import { findRoot, modelPath } from '../node/model';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function main(): void {
  const started = Date.now();
  const log = (message: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(1)}s] ${message}`);
  const root = findRoot();
  const corpus = resolve(option('--corpus') ?? join(root, '..', 'shared', 'corpus'));
  const out = resolve(option('--out') ?? join(root, modelPath));
  const settings = { ...defaultTrainingSettings };
  for (const key of Object.keys(settings) as (keyof typeof settings)[]) {
    const value = option(`--${key}`);
    if (value !== undefined) settings[key] = Number(value);
  }
  const documents = [...readConll(readFileSync(join(corpus, 'conll2003', 'train.txt'), 'utf8')), ...(settings.bbc ? bbcTrainingDocuments() : [])];
  const unlabelled = textFilesUnder(join(corpus, 'bbc')).map((path) => readFileSync(path, 'utf8'));
  log(`read ${documents.length} training articles and ${unlabelled.length} unlabelled articles`);
  const model = trainModel(documents, unlabelled, settings, log);
  const bytes = encodeModel(model);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, bytes);
  log(`wrote ${out}: ${(bytes.length / 1e6).toFixed(2)} MB, ${model.keys.length} feature rows kept`);
}

main();
