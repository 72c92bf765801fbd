// `npm run bench [folder] [--rounds N] [--peer compromise]`: Dossier's speed on a news corpus (the BBC texts
// by default), each figure as a ratio to a baseline timed in turn with it in the same run (ratios.ts):
// the whole pipeline and its stages against reading the files and splitting their words; the command line,
// as a whole process, against a process that only does that (ceiling.ts); hover lookups and searches against
// a `Map.get` loop; with --peer compromise, the compromise library against Dossier on the same texts.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { analyzeArticle, sentenceFinder, sentenceSpans } from '../core/indexing/analysis';
import { NumberList } from '../core/base/numberList';
import { readArticle } from '../core/text/article';
import { groupArticleEntities } from '../core/actors/articleActors';
import { decodeText } from '../core/text/decode';
import type { DossierIndex } from '../core';
import { findEvents } from '../core/events/events';
import { SentenceSearch } from '../core/search/search';
import type { EntityMention } from '../core/base/types';
import { listFiles } from '../node/files';
import { folderDossier } from '../node/folderDossier';
import { findRoot, loadRecognizer } from '../node/model';
import { hoverLatencies, keystrokeSearchTimes, percentile } from './queryTimes';
import { duration, header, interleave, machineLoad, median, millisecondsOf, msSince, paired, ratioRow, readAndSplit } from './ratios';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { rounds: { type: 'string', default: '5' }, peer: { type: 'string' } } });
const folder = resolve(positionals[0] ?? join('..', 'shared', 'corpus', 'bbc'));
if (!existsSync(folder)) {
  console.error(`bench: no corpus at ${folder}; pass a folder of .txt news texts: npm run bench -- <folder>`);
  process.exit(1);
}
const rounds = Number(values.rounds);
const paths = listFiles(folder);
const megabytes = paths.reduce((sum, path) => sum + readFileSync(join(folder, path)).length, 0) / 1024 / 1024;
const recognizer = loadRecognizer();
const root = findRoot();

/** The throughput baseline, in milliseconds. */
const baseline = () => readAndSplit(folder, paths).ms;

/** The index of the latest run (hover and search are measured on it). */
let index: DossierIndex | undefined;

/**
 * The whole pipeline into a fresh index, through the service as the extension runs it (in this thread,
 * without a cache, one recognizer for all runs): every file read and indexed, then the actors merged.
 */
async function indexAll() {
  index = undefined; // the previous run's index would only slow the collector
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  let peakRss = 0;
  let merging = 0;
  const dossier = folderDossier(folder, {
    workers: 0,
    recognizer: () => recognizer,
    // The index logs how long each snapshot (the merge of the actors) took.
    logger: { info: () => undefined, warn: () => undefined, debug: (message) => (merging = Number(/ in (\d+) ms$/.exec(message)?.[1] ?? 0)) },
    display: { progress: (_total, _cancel, read) => read((done) => void (done % 200 === 0 && (peakRss = Math.max(peakRss, process.memoryUsage().rss)))) },
  });
  const start = process.hrtime.bigint();
  await dossier.whenReady();
  const ms = msSince(start);
  dossier.dispose();
  global.gc?.();
  const heap = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;
  index = dossier.index;
  return { ms, merging, heap, peakRss: Math.max(peakRss, process.memoryUsage().rss) };
}

/** The stages of indexing one by one, on the same texts (warm: the recognizer knows every word by now). */
function measureStages(texts: string[]) {
  const structure = millisecondsOf(() => texts.forEach((text, i) => readArticle(text, paths[i])));
  const found: EntityMention[][] = [];
  const recognition = millisecondsOf(() => texts.forEach((text) => found.push(recognizer.recognize(text))));
  const dating = millisecondsOf(() => {
    for (const text of texts) {
      const article = readArticle(text, '');
      findEvents(text, article.sentences, article.published);
    }
  });
  const articles = texts.map((text, i) => {
    const { title, sentences } = readArticle(text, paths[i]);
    return { path: paths[i], text, title, sentences: NumberList.of(sentenceSpans(sentences)) };
  });
  const grouping = millisecondsOf(() => articles.forEach((a, i) => groupArticleEntities(a.text, found[i], sentenceFinder(a.sentences.list()))));
  const sentenceIndexing = millisecondsOf(() => {
    const search = new SentenceSearch();
    articles.forEach((article) => search.addArticle(article));
  });
  return { structure, recognition, dating, grouping, sentenceIndexing };
}

/** Wall milliseconds of a whole Node process. */
function processMs(args: string[]): number {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, { stdio: 'ignore' });
  if (run.status !== 0) throw new Error(`node ${args.join(' ')} failed (${run.status ?? run.signal})`);
  return msSince(start);
}

async function main(): Promise<void> {
  console.log(`Corpus: ${folder}\n${paths.length} files, ${megabytes.toFixed(2)} MB · ${rounds} rounds, each a baseline then the subject · ${machineLoad()}\n`);
  const words = readAndSplit(folder, paths).words;
  header();

  // The pipeline runs first, in a process that has run nothing else, as in the extension's worker threads.
  // The first run starts cold (the recognizer's per-word cache and the compiled code are empty); the next
  // run warm, as indexing does once a worker has read its first few hundred articles.
  const coldBaseline = baseline();
  const cold = await indexAll();
  const runs: Awaited<ReturnType<typeof indexAll>>[] = [];
  const warm = await interleave(rounds, baseline, async () => {
    runs.push(await indexAll());
    return runs[runs.length - 1].ms;
  });
  const mb = (ms: number) => `${(megabytes / (ms / 1000)).toFixed(2)} MB/s`;
  ratioRow('baseline: read + decode + split words', 1, undefined, `${words} words · median ${duration(warm.baseline)} · ${mb(warm.baseline)}`);
  ratioRow('whole pipeline, warm (index + merge)', warm.ratio, 12, `median ${duration(warm.subject)} · ${mb(warm.subject)} · rounds ${warm.ratios[0].toFixed(1)}–${warm.ratios[warm.ratios.length - 1].toFixed(1)}×`);
  ratioRow('  first run, cold', cold.ms / coldBaseline, undefined, `${duration(cold.ms)} · per-word cache and compiled code empty`);
  const merging = median(runs.map((r) => r.merging));
  ratioRow('  of which merging actors', merging / warm.baseline, undefined, `${duration(merging)}`);

  const texts = paths.map((path) => decodeText(readFileSync(join(folder, path)))).flatMap((d) => ('text' in d ? [d.text] : []));
  const stageRuns: [number, ReturnType<typeof measureStages>][] = [];
  for (let i = 0; i < Math.min(rounds, 3); i++) stageRuns.push([baseline(), measureStages(texts)]);
  const labels = { structure: 'article structure', recognition: 'actor recognition', dating: 'event dates (with structure)', grouping: 'actor grouping per article', sentenceIndexing: 'sentence index (on first search)' };
  for (const [key, label] of Object.entries(labels) as [keyof typeof labels, string][]) {
    const stage = paired(stageRuns.map(([b, s]) => [b, s[key]]));
    ratioRow(`  ${label}`, stage.ratio, undefined, `${duration(stage.subject)} · ${mb(stage.subject)}`);
  }

  const stats = index!.stats();
  const last = runs[runs.length - 1];
  console.log(`\nIndex: ${stats.articles} articles · ${stats.actors} actors · ${stats.events} events · heap ${last.heap.toFixed(0)} MB${global.gc ? '' : ' (run with --expose-gc for exact heap)'} · peak RSS ${(last.peakRss / 1024 / 1024).toFixed(0)} MB\n`);

  // Latency: each hover lookup next to a Map.get loop over the same sentence.
  const { hovers, baselines } = hoverLatencies(index!);
  for (const p of [50, 99]) {
    ratioRow(`hover lookup p${p}`, percentile(hovers, p) / percentile(baselines, p), undefined, `${duration(percentile(hovers, p))} · Map.get loop p${p} ${duration(percentile(baselines, p))} · ${hovers.length} lookups`);
  }
  // Searches have no baseline here: bench:scale sets them against the same at a tenth of the size.
  for (const { kind, query, max, first } of keystrokeSearchTimes(index!)) {
    ratioRow(`search ${kind} per keystroke (max)`, undefined, undefined, `${duration(max)} over "${query}" typed · first search ${duration(first)} builds its index`);
  }

  // The command line, whole processes in turn with the ceiling process on the same folder.
  const cli = join(root, 'dist', 'cli.js');
  const ceiling = join(root, 'dist', 'tools', 'ceiling.js');
  const cache = mkdtempSync(join(tmpdir(), 'dossier-cli-cache-'));
  try {
    console.log('');
    const whole = await interleave(rounds, () => processMs([ceiling, folder]), () => processMs([cli, 'index', folder, '--json']));
    ratioRow('CLI index --json, whole process', whole.ratio, 15, `median ${duration(whole.subject)} · ceiling process ${duration(whole.baseline)} · rounds ${whole.ratios[0].toFixed(1)}–${whole.ratios[whole.ratios.length - 1].toFixed(1)}×`);
    processMs([cli, 'index', folder, '--json', '--cache', cache]); // fills the cache
    const cached = await interleave(rounds, () => processMs([ceiling, folder]), () => processMs([cli, 'index', folder, '--json', '--cache', cache]));
    ratioRow('  with --cache, warm', cached.ratio, undefined, `median ${duration(cached.subject)}`);
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }

  if (values.peer) await peerRow(values.peer, texts);
  console.log(`\nAt the end: ${machineLoad()}`);
}

/** The same fixed subset (every 20th text) through the peer and through Dossier's analysis, in turn. */
async function peerRow(peer: string, texts: string[]): Promise<void> {
  if (peer !== 'compromise') throw new Error(`bench: unknown peer ${peer} (known: compromise)`);
  const nlp = (await import('compromise')).default;
  const subset = texts.filter((_, i) => i % 20 === 0);
  const kilobytes = subset.reduce((sum, text) => sum + text.length, 0) / 1024;
  const dossier = () => millisecondsOf(() => subset.forEach((text, i) => analyzeArticle(String(i), text, recognizer)));
  const compromise = () =>
    millisecondsOf(() => {
      for (const text of subset) {
        const doc = nlp(text);
        doc.people().out('array');
        doc.organizations().out('array');
        doc.places().out('array');
      }
    });
  const result = await interleave(Math.min(rounds, 3), dossier, compromise);
  console.log('');
  ratioRow('peer: compromise / Dossier', result.ratio, undefined, `${subset.length} texts, ${kilobytes.toFixed(0)} KB · compromise ${duration(result.subject)} (${(kilobytes / 1024 / (result.subject / 1000)).toFixed(2)} MB/s) · Dossier's analysis ${duration(result.baseline)}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exitCode = 1;
});
