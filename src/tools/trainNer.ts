// Trains the actor recognizer from ../shared/corpus and writes media/ner/model.bin.
// Usage: node dist/tools/trainNer.js [--corpus <dir>] [--out <file>] [--epochs <n>] [--classes <n>] ...
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { encodeModel } from '../core/ner/modelFormat';
import { readConll } from './ner/conll';
import { buildLexicon, gazetteerOf, withGazetteer } from './ner/lexiconBuilder';
import { averageModels, PerceptronTrainer } from './ner/perceptron';
import { textFilesUnder } from '../node/files';
import { findRoot, modelPath } from '../node/model';

const settings = {
  seed: 20030601,
  epochs: 12,
  folds: 5,
  minCount: 2,
  classes: 256,
  passes: 8,
  prune: 0.05,
  /** Perceptrons trained with different seeds whose weights are averaged. */
  runs: 1,
};

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
  for (const key of Object.keys(settings) as (keyof typeof settings)[]) {
    const value = option(`--${key}`);
    if (value !== undefined) settings[key] = Number(value);
  }
  const epochs = settings.epochs;

  const documents = readConll(readFileSync(join(corpus, 'conll2003', 'train.txt'), 'utf8'));
  const unlabelled = textFilesUnder(join(corpus, 'bbc')).map((path) => readFileSync(path, 'utf8'));
  log(`read ${documents.length} training articles and ${unlabelled.length} unlabelled articles`);

  log('clustering words');
  const base = buildLexicon([...documents.map((d) => d.text), ...unlabelled], { ...settings, log });
  log(`lexicon: ${base.words.length} words`);

  // Gazetteer features are learned on folds whose gazetteer leaves their own articles out.
  const foldOf = (i: number) => i % settings.folds;
  const foldLexicons = Array.from({ length: settings.folds }, (_, fold) =>
    withGazetteer(base, gazetteerOf(documents.filter((_, i) => foldOf(i) !== fold))),
  );
  const lexicon = withGazetteer(base, gazetteerOf(documents));
  const models = [];
  for (let run = 0; run < settings.runs; run++) {
    const trainer = new PerceptronTrainer(
      foldLexicons,
      documents.map((document, i) => ({ document, fold: foldOf(i) })),
    );
    log(`run ${run + 1}: training on ${trainer.featureCount} features, ${epochs} epochs`);
    trainer.train(epochs, settings.seed + run, log);
    models.push(trainer.model(lexicon, settings.prune));
  }
  const model = averageModels(models);
  const bytes = encodeModel(model);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, bytes);
  log(`wrote ${out}: ${(bytes.length / 1e6).toFixed(2)} MB, ${model.keys.length} feature rows kept`);
}

main();
