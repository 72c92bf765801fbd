// The citation check measured (for benchCitations and bench:scale): 200 notes holding 2,000 quotes of
// the given articles are written at run time; a share of the quoted articles is edited on disk (an
// editor's note on top, a word changed in a quoted sentence, a quoted sentence deleted), so every kind
// of match is measured. Times are reported against reading the 200 notes, and the check is run as the
// extension runs it, in the background queue, with the longest hold of the thread measured.
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { CheckQueue, CitationChecker, type CitationFiles, formatQuote, type NoteCheck } from '../core/citations';

const noteCount = 200;
const quotesPerNote = 10;

export interface BenchSources {
  /** Absolute paths of the articles to quote from. */
  paths: string[];
  /** An article's text as the index holds it (before the edits), or undefined. */
  text(path: string): string | undefined;
}

let seed = 18;
const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)];

/** Sentences of a news text, roughly: enough to quote. */
export function roughSentences(text: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  const pattern = /[A-Z"][^\n]*?[.!?]["']?(?=\s|$)/g;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m.index > 0 && m[0].length >= 40 && m[0].length <= 300) found.push({ start: m.index, end: m.index + m[0].length });
  }
  return found;
}

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
}

async function millisecondsOf(work: () => unknown): Promise<number> {
  const start = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** The longest the thread was held (ms) while `work` ran, by a 1 ms timer's delays. */
async function longestHold(work: () => Promise<unknown>): Promise<number> {
  const delays = monitorEventLoopDelay({ resolution: 1 });
  delays.enable();
  await new Promise((resolve) => setTimeout(resolve, 20)); // the monitor records from its second tick on
  await work();
  await new Promise((resolve) => setTimeout(resolve, 5)); // the last delay is recorded by the next tick
  delays.disable();
  return delays.max / 1e6;
}

/** Writes the notes into `folder`/notes, edits a share of the sources on disk, and prints the measures. */
export async function benchCitationChecks(sources: BenchSources, folder: string, runs: number): Promise<void> {
  /** Each quoted source's text: the index's, then as edited. */
  const quoted = new Map<string, string>();
  const notes: string[] = [];
  for (let n = 0; n < noteCount; n++) {
    const parts = [`# Note ${n + 1}\n\nWhat the articles say.\n`];
    for (let a = 0; a < quotesPerNote / 2; a++) {
      const path = pick(sources.paths);
      const text = sources.text(path)!;
      const candidates = roughSentences(text);
      const title = text.slice(0, text.indexOf('\n')).trim();
      for (let s = 0; s < 2 && candidates.length > 0; s++) {
        parts.push(formatQuote(text, pick(candidates), title, relative(join(folder, 'notes'), path).split('\\').join('/')));
      }
      quoted.set(path, text);
    }
    const path = join(folder, 'notes', `note-${n + 1}.md`);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, parts.join('\n'));
    notes.push(path);
  }
  // Edit a share of the quoted sources, on disk and in what the checks read from memory.
  let edits = 0;
  for (const [path, text] of quoted) {
    const r = random();
    const sentences = roughSentences(text);
    let changed = text;
    if (r < 0.2) changed = `Editor's note: this article was updated.\n\n${text}`;
    else if (r < 0.3 && sentences.length > 0) {
      const s = pick(sentences);
      changed = text.slice(0, s.start) + text.slice(s.start, s.end).replace(/\b(\w+)(\W+)$/, 'later$2') + text.slice(s.end);
    } else if (r < 0.35 && sentences.length > 0) {
      const s = pick(sentences);
      changed = text.slice(0, s.start) + text.slice(s.end);
    }
    if (changed === text) continue;
    edits++;
    quoted.set(path, changed);
    writeFileSync(path, changed);
  }

  const fromDisk: CitationFiles = {
    readNote: (path) => readFile(path, 'utf8').catch(() => undefined),
    readSource: (path) => readFile(path, 'utf8').catch(() => undefined),
  };
  const fromMemory: CitationFiles = { readNote: (path) => readFileSync(path, 'utf8'), readSource: (path) => quoted.get(path) ?? sources.text(path) };

  // The runs take turns, so that the baseline and the checks see the same spells of a busy machine.
  let checks: NoteCheck[] = [];
  const reads: number[] = [];
  const cold: number[] = [];
  const warm: number[] = [];
  for (let run = 0; run < runs; run++) {
    reads.push(await millisecondsOf(() => notes.map((p) => readFileSync(p, 'utf8'))));
    cold.push(await millisecondsOf(async () => (checks = await new CitationChecker(fromDisk).checkNotes(notes))));
    warm.push(await millisecondsOf(() => new CitationChecker(fromMemory).checkNotes(notes)));
  }

  // As the extension runs it: the background queue, against the same check all at once.
  const atOnce = await longestHold(() => new CitationChecker(fromMemory).checkNotes(notes));
  const background = new CitationChecker(fromMemory);
  const queue = new CheckQueue((path) => background.checkNote(path));
  let backgroundMs = 0;
  const backgroundHold = await longestHold(async () => (backgroundMs = await millisecondsOf(() => queue.add(notes))));

  // Incremental: one source changed (its notes checked again), one note edited.
  const checker = new CitationChecker(fromMemory);
  await checker.checkNotes(notes);
  const sourceTimes: number[] = [];
  for (const path of [...quoted.keys()].slice(0, 50)) sourceTimes.push(await millisecondsOf(() => checker.checkNotes(checker.sourceChanged(path))));
  const noteTimes: number[] = [];
  for (const path of notes.slice(0, 50)) {
    const text = `${readFileSync(path, 'utf8')}\nOne more line.\n`;
    noteTimes.push(await millisecondsOf(() => checker.checkNote(path, text)));
  }

  const quotes = checks.flatMap((c) => c.quotes);
  const kinds = new Map<string, number>();
  for (const q of quotes) kinds.set(q.match?.kind ?? 'no source', (kinds.get(q.match?.kind ?? 'no source') ?? 0) + 1);
  const noteBytes = notes.reduce((sum, p) => sum + statSync(p).size, 0);
  const sourceBytes = [...quoted.values()].reduce((sum, t) => sum + Buffer.byteLength(t), 0);
  const row = (label: string, ms: number, note = '') => console.log(`${label.padEnd(46)} ${ms.toFixed(2).padStart(9)} ms  ${note}`);
  const baseline = median(reads);
  const ratio = (times: number[]) => `${(median(times) / baseline).toFixed(1)}× the baseline (fastest runs: ${(Math.min(...times) / Math.min(...reads)).toFixed(1)}×)`;
  console.log(`${notes.length} notes (${(noteBytes / 1024).toFixed(0)} KB), ${quotes.length} quotes of ${quoted.size} sources (${(sourceBytes / 1024 / 1024).toFixed(1)} MB), ${edits} sources edited`);
  console.log(`matches: ${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ')}`);
  console.log(`medians of ${runs} runs\n`);
  row('baseline: read the 200 notes', baseline, `fastest ${Math.min(...reads).toFixed(2)} ms`);
  row('check all, notes and sources read', median(cold), ratio(cold));
  row('check all, notes read, sources in memory', median(warm), ratio(warm));
  row('  … in the background queue', backgroundMs, `${(backgroundMs / baseline).toFixed(1)}× the baseline; the thread held at most ${backgroundHold.toFixed(1)} ms at a time (all at once: ${atOnce.toFixed(1)} ms)`);
  row('one source changed: its notes again (median)', median(sourceTimes), `max ${Math.max(...sourceTimes).toFixed(2)} ms`);
  row('one note edited: checked again (median)', median(noteTimes), `max ${Math.max(...noteTimes).toFixed(2)} ms`);
}
