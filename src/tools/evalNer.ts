// Scores the actors Dossier shows: the mentions of the actors `dossier index --json` emits (the
// product path), with the bare recognizer's score beside it. Rule of the corpus README: exact
// character span and type, person/organization/place ↔ PER/ORG/LOC, micro-averaged.
// Usage: node dist/tools/evalNer.js [DIR] [--folds K] [--bbc] [--model FILE] [--errors] [--pairs]
//   DIR        CoNLL-style docs (NAME.txt + NAME.gold.json); default ../shared/corpus/conll2003/dev-docs
//   --folds K  train on K−1 stretches of CoNLL train, score the stretch held out, each in turn (--only N: fold N alone)
//   --bbc      the hand-labelled BBC set (test/eval/bbc-actors), with the actor grouping
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { toJson } from '../core';
import { createRecognizer, type NerModel } from '../core/ner';
import { decodeModel, encodeModel } from '../core/ner/modelFormat';
import { entityClasses } from '../core/ner/tags';
import type { Recognizer } from '../core/base/types';
import { textFilesUnder } from '../node/files';
import { folderDossier } from '../node/folderDossier';
import { findRoot, modelPath } from '../node/model';
import { readConll } from './ner/conll';
import { bbcTrainingDocuments } from './ner/training';
import { readLabelledArticles } from './ner/labels';
import { errorSummary, groupingScore, type LabelledMention, scoreTable, type ScoredText, scoreTexts } from './ner/scoring';
import { defaultTrainingSettings, trainModel } from './ner/training';

const typeNames: Record<string, string> = { person: 'PER', organization: 'ORG', place: 'LOC' };

interface LabelledText {
  name: string;
  text: string;
  gold: LabelledMention[];
}

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const root = findRoot();
const corpus = join(root, '..', 'shared', 'corpus');

/**
 * Scores the product path and the bare recognizer on labelled texts, as one workspace: the texts are
 * written to a folder that the command line's service indexes (worker threads and the shipped model,
 * or this thread and `trained` for a fold's own model).
 */
async function evaluate(texts: readonly LabelledText[], recognizer: Recognizer, trained?: Recognizer): Promise<{ product: ScoredText[]; bare: ScoredText[] }> {
  const folder = mkdtempSync(join(tmpdir(), 'dossier-eval-'));
  const dossier = folderDossier(folder, trained ? { workers: 0, recognizer: () => trained } : {});
  try {
    for (const t of texts) {
      mkdirSync(dirname(join(folder, t.name)), { recursive: true });
      writeFileSync(join(folder, t.name), t.text);
    }
    await dossier.whenReady();
    const found = new Map<string, ScoredText['found']>(texts.map((t) => [t.name, []]));
    for (const actor of toJson(dossier.index).actors) {
      for (const m of actor.mentions) found.get(m.path)?.push({ start: m.start, end: m.end, type: typeNames[actor.type], actor: actor.id });
    }
    const bare = texts.map((t) => ({
      ...t,
      found: recognizer.recognize(t.text).map((m) => ({ start: m.start, end: m.end, type: typeNames[m.type] })),
    }));
    const product = texts.map((t, i) => ({ ...t, found: found.get(t.name)!, recognized: bare[i].found }));
    return { product, bare };
  } finally {
    dossier.dispose();
    rmSync(folder, { recursive: true, force: true });
  }
}

async function report(title: string, texts: readonly LabelledText[], recognizer: Recognizer, trained?: Recognizer): Promise<{ product: number; bare: number }> {
  const { product, bare } = await evaluate(texts, recognizer, trained);
  const productScore = scoreTexts(product);
  const bareScore = scoreTexts(bare);
  console.log(`\n== ${title}: ${texts.length} articles`);
  console.log('-- product (the actors of dossier index --json)');
  console.log(scoreTable(productScore.counts));
  console.log(`errors: ${errorSummary(productScore.errors)}`);
  console.log('-- bare recognizer');
  console.log(scoreTable(bareScore.counts));
  console.log(`errors: ${errorSummary(bareScore.errors)}`);
  if (texts.some((t) => t.gold.some((g) => g.actor))) {
    const grouping = groupingScore(product);
    console.log(
      `-- actor grouping: ${grouping.right} of ${grouping.pairs} pairs right (${((100 * grouping.right) / Math.max(1, grouping.pairs)).toFixed(1)}%): ` +
        `${grouping.splits} split that are one actor, ${grouping.merges} merged that are not`,
    );
    if (args.includes('--pairs')) for (const line of grouping.examples) console.log(`  ${line}`);
  }
  if (args.includes('--errors')) {
    for (const e of productScore.errors) console.log(`  product ${e.kind.padEnd(20)} ${e.name} "${e.text}" ${e.detail}`);
    for (const e of bareScore.errors) console.log(`  bare ${e.kind.padEnd(20)} ${e.name} "${e.text}" ${e.detail}`);
  }
  const overall = (c: ReturnType<typeof scoreTexts>) => {
    const all = c.counts.get('ALL')!;
    return (200 * all.tp) / Math.max(1, 2 * all.tp + all.fp + all.fn);
  };
  return { product: overall(productScore), bare: overall(bareScore) };
}

function devDocs(dir: string): LabelledText[] {
  return textFilesUnder(dir)
    .filter((path) => existsSync(path.replace(/\.txt$/, '.gold.json')))
    .map((path) => ({
      name: basename(path),
      text: readFileSync(path, 'utf8'),
      gold: (JSON.parse(readFileSync(path.replace(/\.txt$/, '.gold.json'), 'utf8')).entities as LabelledMention[]).map((e) => ({ start: e.start, end: e.end, type: e.type })),
    }));
}

/** The hand-labelled BBC articles: labels in the repository, texts read from ../shared (checked by hash). */
function bbcSet(): LabelledText[] {
  return readLabelledArticles(join(root, 'test', 'eval', 'bbc-actors'), join(corpus, 'bbc')).map((a) => ({ name: a.name, text: a.text, gold: a.mentions }));
}

async function folds(k: number, model: NerModel | undefined): Promise<void> {
  const documents = readConll(readFileSync(join(corpus, 'conll2003', 'train.txt'), 'utf8'));
  const unlabelled = textFilesUnder(join(corpus, 'bbc')).map((path) => readFileSync(path, 'utf8'));
  const size = Math.ceil(documents.length / k);
  // The hand-labelled BBC training articles join every fold's training part, as they join the shipped model's.
  const bbcTraining = defaultTrainingSettings.bbc ? bbcTrainingDocuments() : [];
  const results: { product: number; bare: number }[] = [];
  const only = option('--only');
  for (let fold = 0; fold < k; fold++) {
    if (only !== undefined && fold + 1 !== Number(only)) continue;
    const held = documents.slice(fold * size, (fold + 1) * size);
    const rest = [...documents.slice(0, fold * size), ...documents.slice((fold + 1) * size)];
    const started = Date.now();
    const trained = model ?? trainModel([...rest, ...bbcTraining], unlabelled, defaultTrainingSettings);
    const recognizer = createRecognizer(encodeModel(trained));
    const texts = held.map((d, i) => ({
      name: `train-${fold * size + i}.txt`,
      text: d.text,
      gold: d.entities.map((e) => ({ start: e.start, end: e.end, type: entityClasses[e.entityClass] })),
    }));
    const title = `fold ${fold + 1} of ${k} (articles ${fold * size + 1}–${fold * size + held.length} of train; trained in ${((Date.now() - started) / 1000).toFixed(0)} s)`;
    results.push(await report(title, texts, recognizer, recognizer));
  }
  const mean = (key: 'product' | 'bare') => results.reduce((sum, r) => sum + r[key], 0) / results.length;
  console.log(`\n== ${k} folds: product F1 ${results.map((r) => r.product.toFixed(1)).join(' ')} (mean ${mean('product').toFixed(1)}); bare recognizer ${results.map((r) => r.bare.toFixed(1)).join(' ')} (mean ${mean('bare').toFixed(1)})`);
}

async function main(): Promise<void> {
  const modelFile = resolve(option('--model') ?? join(root, modelPath));
  const modelBytes = new Uint8Array(readFileSync(modelFile));
  const foldCount = option('--folds');
  if (foldCount) return folds(Number(foldCount), args.includes('--model') ? decodeModel(modelBytes) : undefined);
  // A model other than the shipped one runs in this thread (worker threads load the shipped model).
  const own = args.includes('--model') ? createRecognizer(modelBytes) : undefined;
  const recognizer = createRecognizer(modelBytes);
  if (args.includes('--bbc')) {
    await report('hand-labelled BBC articles', bbcSet(), recognizer, own);
    return;
  }
  const positional = args.filter((a, i) => !a.startsWith('--') && !['--model', '--folds', '--only'].includes(args[i - 1]));
  const dir = resolve(positional[0] ?? join(corpus, 'conll2003', 'dev-docs'));
  if (!existsSync(dir)) {
    console.error(`No such folder: ${dir}`);
    process.exit(1);
  }
  await report(dir, devDocs(dir), recognizer, own);
}

void main();
