// `npm run bench:scale [corpus] [--articles N] [--rounds R] [--keep DIR]`: Dossier at newsroom scale, as
// ratios measured in the same run (ratios.ts). Replicates a corpus (the BBC texts by default) into
// workspaces of 2,000, 5,000, 10,000 and 20,000 distinct articles (N/10, N/4, N/2, N), then measures: cold
// indexing (worker threads) against 9 × the corpus itself and the growth exponent; the warm start from the
// cache against reading the cache files; re-indexing one article, hover lookups and search per keystroke at
// 20,000 against the same at 2,000; last, the citation check of 2,000 quotes (citationBench.ts).
// The folder is deleted at the end (--keep DIR: built in DIR, reused and left there).
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseCuration } from '../core/actors';
import type { Dossier, DossierIndex } from '../core';
import { defaultPoolSize } from '../node/analysisPool';
import { listFiles } from '../node/files';
import { folderDossier } from '../node/folderDossier';
import { benchCitationChecks } from './citationBench';
import { replicate } from './corpusCopies';
import { bestHoverTime, hoverLatencies, hoverLines, hoverTime, percentile, searches } from './queryTimes';
import { duration, header, interleave, machineLoad, millisecondsOf, msSince, paired, ratioRow } from './ratios';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { articles: { type: 'string', default: '20000' }, rounds: { type: 'string', default: '5' }, keep: { type: 'string' } },
});
const corpus = resolve(positionals[0] ?? join('..', 'shared', 'corpus', 'bbc'));
const largest = Number(values.articles);
const sizes = [largest / 10, largest / 4, largest / 2, largest].map(Math.round);
const rounds = Number(values.rounds);

/** The workspace read by the service, as the extension reads it (worker threads, the cache), then left alone. */
async function load(folder: string, cacheDir: string): Promise<Dossier> {
  const dossier = folderDossier(folder, { cacheDir });
  await dossier.whenReady();
  dossier.dispose(); // no searches built in the background: the measures below build them
  return dossier;
}

/** Milliseconds of a cold read (nothing cached) of a folder, whose cache is then written whole. */
async function coldIndex(folder: string, cacheDir: string): Promise<{ ms: number; analyzed: number }> {
  rmSync(cacheDir, { recursive: true, force: true });
  global.gc?.();
  const start = process.hrtime.bigint();
  const loaded = await load(folder, cacheDir);
  loaded.index.stats();
  const ms = msSince(start);
  await loaded.writeCache();
  return { ms, analyzed: loaded.stats.analyzed };
}

/** Milliseconds of a warm start, and its index. */
async function warmStart(folder: string, cacheDir: string): Promise<{ ms: number; index: DossierIndex; fromCache: number }> {
  global.gc?.();
  const start = process.hrtime.bigint();
  const loaded = await load(folder, cacheDir);
  loaded.index.stats();
  return { ms: msSince(start), index: loaded.index, fromCache: loaded.stats.fromCache };
}

/** The raw read of a cache folder: every file's bytes, decoded to text. */
function readCacheFiles(dir: string): number {
  const start = process.hrtime.bigint();
  for (const name of readdirSync(dir)) readFileSync(join(dir, name)).toString('utf8');
  return msSince(start);
}

/** The slope of log(time) over log(size): 1 is linear growth. */
function growthExponent(points: readonly [number, number][]): number {
  const xs = points.map(([n]) => Math.log(n));
  const ys = points.map(([, ms]) => Math.log(ms));
  const mx = xs.reduce((a, b) => a + b) / xs.length;
  const my = ys.reduce((a, b) => a + b) / ys.length;
  return xs.reduce((sum, x, i) => sum + (x - mx) * (ys[i] - my), 0) / xs.reduce((sum, x) => sum + (x - mx) ** 2, 0);
}

/** Edits one article after another and times each until the next queries see it; milliseconds, sorted. */
function reindex(index: DossierIndex, edit: (text: string, i: number) => string, i: number): number {
  const keys = index.articles();
  const key = keys[(i * 997) % keys.length].path;
  const text = edit(index.article(key)!.text, i);
  const start = process.hrtime.bigint();
  index.update(key, text);
  index.stats();
  index.actorAt('Mira Castellane met Quorvex Holdings.', 3);
  return msSince(start);
}

/** `times` edits alternating between the small and the large index (in turn first): the medians. */
function pairedEdits(small: DossierIndex, large: DossierIndex, edit: (text: string, i: number) => string, times: number) {
  const pairs: [number, number][] = [];
  for (let i = 0; i < times; i++) {
    const first = i % 2 === 0 ? reindex(small, edit, i) : 0;
    const other = reindex(large, edit, i);
    pairs.push([i % 2 === 0 ? first : reindex(small, edit, i), other]);
  }
  return paired(pairs);
}

/**
 * Each item timed on the small index and on the large one, one after the other (in turn first, round by
 * round), `rounds` rounds, each after a full collection: per round, the sorted times on each.
 */
function sideBySide<T>(small: DossierIndex, large: DossierIndex, items: readonly T[], time: (index: DossierIndex, item: T) => number): [number[], number[]][] {
  return Array.from({ length: rounds }, (_, round) => {
    global.gc?.();
    const [a, b]: number[][] = [[], []];
    for (const item of items) {
      if (round % 2 === 0) a.push(time(small, item));
      b.push(time(large, item));
      if (round % 2 === 1) a.push(time(small, item));
    }
    return [a.sort((x, y) => x - y), b.sort((x, y) => x - y)];
  });
}

const keepNames = (text: string, i: number) => text.replace(/\n\n/, `\n\nThe figures were revised on ${i + 1} May, the report said.\n\n`);
const newNames = (text: string, i: number) => `${text}\nAnalysts at Quorvex Holdings said on ${i + 1} May that Mira Castellane would lead talks.\n`;
const curatedEdit = (text: string, i: number) => text.replace(/\n\n/, `\n\nThe figures were revised on ${i + 1} June, the report said.\n\n`);

/** The user's corrections (a type forced, a merge, a rejected name, an actor no text names) applied; milliseconds. */
function curate(index: DossierIndex): number {
  const [top, second, third] = index.actors();
  const curation = {
    actors: [{ name: top.name, type: 'organization' }, { name: 'Nobody Named Here', type: 'person' }],
    merge: [{ into: top.name, names: [second.name] }],
    reject: [third.name],
  };
  const start = process.hrtime.bigint();
  index.setCuration(parseCuration(JSON.stringify(curation)).curation);
  index.stats();
  return msSince(start);
}

async function main(): Promise<void> {
  const started = process.hrtime.bigint();
  const folder = values.keep ? resolve(values.keep) : mkdtempSync(join(tmpdir(), 'dossier-scale-'));
  const sources = (size: number) => join(folder, `news-${size}`);
  const caches = (size: number) => join(folder, `cache-${size}`);
  try {
    for (const size of sizes) if (!existsSync(sources(size))) replicate(corpus, sources(size), size);
    const bbc = listFiles(corpus).length;
    const megabytes = listFiles(sources(largest)).reduce((sum, key) => sum + readFileSync(join(sources(largest), key)).length, 0) / 1024 / 1024;
    console.log(`Workspaces of ${sizes.join(', ')} articles (${megabytes.toFixed(1)} MB at ${largest}) from ${bbc} in ${corpus}, in ${folder} (written in ${duration(msSince(started))})`);
    console.log(`Worker threads: ${defaultPoolSize()} · Node ${process.version} · ${rounds} rounds where a figure alternates with its baseline · ${machineLoad()}\n`);
    header();

    // Cold: the corpus itself before and after the workspaces, smallest first, once this thread's code is
    // compiled (a first, untimed read of the corpus).
    const corpusCache = join(folder, 'cache-corpus');
    await coldIndex(corpus, corpusCache);
    const corpusBefore = await coldIndex(corpus, corpusCache);
    const cold = new Map<number, { ms: number; analyzed: number }>();
    for (const size of sizes) cold.set(size, await coldIndex(sources(size), caches(size)));
    const corpusAfter = await coldIndex(corpus, corpusCache);
    const corpusMs = (corpusBefore.ms + corpusAfter.ms) / 2;
    const largestCold = cold.get(largest)!;
    const scale = largest / bbc;
    ratioRow(`cold index ${largest} / (${scale.toFixed(1)} × cold ${bbc})`, largestCold.ms / (scale * corpusMs), 1.2, `${duration(largestCold.ms)} (${largestCold.analyzed} analysed) · corpus ${duration(corpusBefore.ms)}, ${duration(corpusAfter.ms)}`);
    const exponent = growthExponent([...cold].map(([size, { ms }]) => [size, ms]));
    ratioRow('  growth exponent (1: linear)', exponent, undefined, sizes.map((size) => `${size}: ${duration(cold.get(size)!.ms)}`).join(' · '));

    // Warm: each start alternates with a raw read of the same cache files.
    let warm: Awaited<ReturnType<typeof warmStart>> | undefined;
    const warmRatio = await interleave(
      rounds,
      () => readCacheFiles(caches(largest)),
      async () => {
        warm = undefined; // the previous start's index can be collected
        warm = await warmStart(sources(largest), caches(largest));
        return warm.ms;
      },
    );
    const large = warm!.index;
    ratioRow(`warm start ${largest} / read its cache raw`, warmRatio.ratio, 3, `${duration(warmRatio.subject)} (${warm!.fromCache} from cache) · raw read ${duration(warmRatio.baseline)}`);
    const small = (await warmStart(sources(sizes[0]), caches(sizes[0]))).index;

    // At the largest size against the smallest, alternating: edits, hovers, searches.
    console.log('');
    const vs = `${largest} / ${sizes[0]}`;
    const edits = pairedEdits(small, large, keepNames, 41);
    ratioRow(`re-index one article, ${vs}`, edits.ratio, 1.5, `p50 ${duration(edits.subject)} vs ${duration(edits.baseline)} · 41 edits keeping the names`);
    const added = pairedEdits(small, large, newNames, 5);
    ratioRow('  … adding new names', added.ratio, undefined, `p50 ${duration(added.subject)} vs ${duration(added.baseline)} · 5 edits`);
    const curating = [curate(small), curate(large)];
    const curated = pairedEdits(small, large, curatedEdit, 21);
    ratioRow('  … with a curation file', curated.ratio, undefined, `p50 ${duration(curated.subject)} vs ${duration(curated.baseline)} · applying the file ${duration(curating[1])} vs ${duration(curating[0])}`);

    // The same sentences (the small workspace's texts are in the large one) looked up in both; each lookup's
    // figure is its best of three (on this shared machine, a p99 of single lookups is the other processes' p99).
    const lines = hoverLines(small);
    const hovers = paired(sideBySide(small, large, lines, bestHoverTime).map(([a, b]) => [percentile(a, 99), percentile(b, 99)]));
    const single = paired(sideBySide(small, large, lines, hoverTime).map(([a, b]) => [percentile(a, 99), percentile(b, 99)]));
    const mapGet = percentile(hoverLatencies(large).baselines, 99);
    ratioRow(`hover lookup p99, ${vs}`, hovers.ratio, 1.5, `${duration(hovers.subject)} vs ${duration(hovers.baseline)} · ${(hovers.subject / mapGet).toFixed(1)}× a Map.get loop (p99 ${duration(mapGet)})`);
    ratioRow('  p99 of single lookups', single.ratio, undefined, `${duration(single.subject)} vs ${duration(single.baseline)}`);

    // Each search's first run builds its index (its time is shown); then each prefix of the query, as typed.
    const [smallSearches, largeSearches] = [searches(small), searches(large)];
    for (const [k, { kind, query }] of largeSearches.entries()) {
      const firsts = [millisecondsOf(() => smallSearches[k].search('x')), millisecondsOf(() => largeSearches[k].search('x'))];
      const prefixes = Array.from({ length: query.length - 1 }, (_, n) => query.slice(0, n + 2));
      const times = sideBySide(small, large, prefixes, (index, prefix) => millisecondsOf(() => (index === small ? smallSearches : largeSearches)[k].search(prefix)));
      const mean = (list: number[]) => list.reduce((sum, t) => sum + t, 0) / list.length;
      const search = paired(times.map(([a, b]) => [mean(a), mean(b)]));
      const max = paired(times.map(([a, b]) => [a[a.length - 1], b[b.length - 1]]));
      ratioRow(`search ${kind} per keystroke, ${vs}`, search.ratio, 1.5, `mean ${duration(search.subject)} vs ${duration(search.baseline)}, max ${duration(max.subject)} vs ${duration(max.baseline)} over "${query}" typed · first search ${duration(firsts[1])} vs ${duration(firsts[0])}`);
    }

    global.gc?.();
    const stats = large.stats();
    console.log(`\nIndex: ${stats.articles} articles · ${stats.actors} actors · ${stats.events} events · heap ${(process.memoryUsage().heapUsed / 1024 / 1024).toFixed(0)} MB with both indexes${global.gc ? '' : ' (run with --expose-gc for exact figures)'}`);

    // The sources as the warm index holds them; the quoted ones are edited on disk (the last measure).
    console.log(`\nCitations over the ${stats.articles} articles:`);
    const indexed = large.articles().map((article) => article.path);
    await benchCitationChecks({ paths: indexed.map((key) => join(sources(largest), key)), text: (path) => large.article(relative(sources(largest), path))?.text }, folder, 5);
    console.log(`\nbench:scale took ${duration(msSince(started))} · at the end: ${machineLoad()}`);
  } finally {
    if (!values.keep) rmSync(folder, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exitCode = 1;
});
