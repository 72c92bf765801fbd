// Measures the events Dossier emits, each article analysed as the product does (src/core/indexing/analysis.ts):
//   1. the hand-labelled date expressions of test/eval/dates/*.json, by offsets (no corpus text is kept);
//   2. automatic checks of every summary over CoNLL dev-docs and the whole BBC corpus;
//   3. the hand-judged sample of test/eval/events-judged.json, whose judgements hold for the summary judged.
// Usage: node dist/tools/evalEvents.js [--corpus DIR] [--dump FILE] [--show FILE:START] [--sample N]
//   --dump FILE    every event as JSON lines (to compare two builds)
//   --show PATHS   print the events of these corpus files (comma-separated), for labelling
//   --sample N     print N events drawn with a fixed seed (--seed S, default 17), for judging
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeArticle } from '../core';
import { findRoot, loadRecognizer } from '../node/model';
import { faultsOf, type SummaryFault, summaryFaults } from './events/summaryChecks';

interface EmittedEvent {
  file: string;
  start: number;
  end: number;
  date?: string;
  endDate?: string;
  dateText: string;
  summary: string;
  sentence: string;
}

interface DateLabel {
  file: string;
  sha256: string;
  /** The date assumed for an article without one (BBC), given to the product as a date in the file name. */
  published?: string;
  start: number;
  end: number;
  /** The expected date (YYYY, YYYY-MM or YYYY-MM-DD), or null when the words are no date. */
  date: string | null;
  endDate?: string;
  kind: string;
}

interface Judgement {
  file: string;
  start: number;
  before?: { ok: boolean; reason?: string; summary: string };
  after?: { ok: boolean; reason?: string; summary: string };
  /** The judgement of an earlier summary of the event, when it was judged again. */
  judgedFirst?: { ok: boolean; reason?: string; summary: string };
}

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const root = findRoot();
const corpus = option('--corpus') ?? join(root, '..', 'shared', 'corpus');
const recognizer = loadRecognizer(root);

export const shortHash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 12);

function eventsOf(file: string, published?: string): EmittedEvent[] {
  const text = readFileSync(join(corpus, file), 'utf8');
  // A date in the file name is how the product learns the date of an article that does not write it.
  const path = published ? file.replace(/\.txt$/, `.${published}.txt`) : file;
  const analysis = analyzeArticle(path, text, recognizer);
  const spans = analysis.sentences.list();
  return analysis.events.map((event) => ({
    file,
    start: event.dateSpan.start,
    end: event.dateSpan.end,
    date: event.date,
    endDate: (event as { endDate?: string }).endDate,
    dateText: event.dateText,
    summary: event.summary,
    sentence: text.slice(spans[event.sentence * 2], spans[event.sentence * 2 + 1]),
  }));
}

function corpusFiles(): string[] {
  const dev = readdirSync(join(corpus, 'conll2003/dev-docs')).filter((n) => n.endsWith('.txt')).map((n) => `conll2003/dev-docs/${n}`);
  const bbc = ['business', 'entertainment', 'politics', 'sport', 'tech'].flatMap((topic) =>
    readdirSync(join(corpus, 'bbc', topic)).filter((n) => n.endsWith('.txt')).sort().map((n) => `bbc/${topic}/${n}`),
  );
  return [...dev.sort(), ...bbc];
}

function scoreDates(): void {
  const dir = join(root, 'test/eval/dates');
  const labels: DateLabel[] = readdirSync(dir).filter((n) => n.endsWith('.json')).flatMap((n) => JSON.parse(readFileSync(join(dir, n), 'utf8')).labels);
  const cache = new Map<string, EmittedEvent[]>();
  const byKind = new Map<string, { right: number; all: number }>();
  let right = 0;
  for (const label of labels) {
    const hash = shortHash(readFileSync(join(corpus, label.file), 'utf8'));
    if (hash !== label.sha256) console.log(`  drift: ${label.file} changed (sha256 ${hash}, labelled ${label.sha256})`);
    const key = `${label.file}@${label.published}`;
    if (!cache.has(key)) cache.set(key, eventsOf(label.file, label.published));
    const found = cache.get(key)!.filter((e) => e.start < label.end && label.start < e.end);
    const ok = label.date === null ? found.length === 0 : found.length === 1 && found[0].date === label.date && found[0].endDate === label.endDate;
    if (ok) right++;
    else console.log(`  wrong: ${label.file} ${label.start}-${label.end} (${label.kind}) expected ${label.date}${label.endDate ? '…' + label.endDate : ''}, got ${found.map((e) => `${e.date}${e.endDate ? '…' + e.endDate : ''} "${e.dateText}"`).join(', ') || 'nothing'}`);
    const tally = byKind.get(label.kind) ?? { right: 0, all: 0 };
    tally.all++;
    if (ok) tally.right++;
    byKind.set(label.kind, tally);
  }
  console.log(`dates: ${right}/${labels.length} right (${percent(right, labels.length)})`);
  for (const [kind, tally] of [...byKind].sort()) console.log(`  ${kind.padEnd(20)} ${tally.right}/${tally.all}`);
}

function checkSummaries(events: readonly EmittedEvent[]): void {
  const counts = new Map<SummaryFault, number>(summaryFaults.map((f) => [f, 0]));
  let faulty = 0;
  for (const event of events) {
    const faults = faultsOf(event.summary, event.sentence);
    for (const fault of faults) counts.set(fault, counts.get(fault)! + 1);
    if (faults.length > 0) faulty++;
  }
  const parts = summaryFaults.map((f) => `${f} ${percent(counts.get(f)!, events.length)}`);
  console.log(`summaries: ${events.length} events, ${percent(faulty, events.length)} with a fault (${parts.join(', ')}); cut with … ${percent(events.filter((e) => e.summary.endsWith('…')).length, events.length)}`);
}

function judged(events: readonly EmittedEvent[]): void {
  const file = JSON.parse(readFileSync(join(root, 'test/eval/events-judged.json'), 'utf8')) as { events: Judgement[]; heldOut?: Judgement[] };
  const byKey = new Map(events.map((e) => [`${e.file}#${e.start}`, e]));
  const before = file.events.filter((j) => j.before);
  const now = stillEmitted(file.events, byKey);
  console.log(`hand-judged: before ${percent(before.filter((j) => j.before!.ok).length, before.length)} of ${before.length} stand alone; now ${percent(now.ok, now.all)} of the ${now.all} whose judged summary is still the one emitted`);
  const held = file.heldOut ?? [];
  const heldNow = stillEmitted(held, byKey);
  const first = held.filter((j) => (j.judgedFirst ?? j.after)?.ok).length;
  console.log(`held out: ${percent(first, held.length)} of ${held.length} stood alone when first judged; now ${percent(heldNow.ok, heldNow.all)} of the ${heldNow.all} still emitted as last judged`);
}

/** The judgements whose summary is still the one emitted, and how many of them stand alone. */
function stillEmitted(judgements: readonly Judgement[], byKey: Map<string, EmittedEvent>): { all: number; ok: number } {
  let all = 0;
  let ok = 0;
  for (const j of judgements) {
    const now = byKey.get(`${j.file}#${j.start}`);
    if (!j.after || !now || shortHash(now.summary) !== j.after.summary) continue; // judged another summary
    all++;
    if (j.after.ok) ok++;
  }
  return { all, ok };
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)}%`;
}

/** Mulberry32: the same sample on every run. */
function seeded(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function main(): void {
  const show = option('--show');
  if (show) {
    for (const file of show.split(',')) {
      const [name, published] = file.split('@');
      for (const e of eventsOf(name, published)) console.log(`${name} ${e.start}-${e.end} ${e.date}${e.endDate ? '…' + e.endDate : ''} "${e.dateText}" · ${e.summary}\n    ${e.sentence}`);
    }
    return;
  }
  const events = corpusFiles().flatMap((file) => eventsOf(file));
  const dump = option('--dump');
  if (dump) writeFileSync(dump, events.map((e) => JSON.stringify({ ...e, summaryHash: shortHash(e.summary) })).join('\n') + '\n');
  const sample = option('--sample');
  if (sample) {
    const random = seeded(Number(option('--seed') ?? 17));
    const picked = new Set<number>();
    while (picked.size < Math.min(Number(sample), events.length)) picked.add(Math.floor(random() * events.length));
    for (const i of picked) console.log(JSON.stringify({ file: events[i].file, start: events[i].start, summary: events[i].summary, hash: shortHash(events[i].summary), sentence: events[i].sentence }));
    return;
  }
  scoreDates();
  checkSummaries(events.filter((e) => e.file.startsWith('conll')));
  checkSummaries(events.filter((e) => e.file.startsWith('bbc')));
  checkSummaries(events);
  judged(events);
}

main();
