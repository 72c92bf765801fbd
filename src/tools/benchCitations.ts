// `node dist/tools/benchCitations.js [corpus]`: checks 2,000 quotes in 200 notes against their sources
// and prints the time as a ratio to reading those notes. The notes are made at run time, in a temporary
// folder, from sentences of the corpus (../shared/corpus/bbc); a share of the quoted sources is edited
// first (an editor's note on top, a word changed in a quoted sentence, a quoted sentence deleted), so
// every kind of match is measured. First, every sentence of the corpus is quoted and read back.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { anchorOf, balanceQuote, CitationChecker, type CitationFiles, findQuotes, formatQuote, type NoteCheck, reanchor, SourceText } from '../core/citations';

const corpus = resolve(process.argv[2] ?? join('..', 'shared', 'corpus', 'bbc'));
const noteCount = 200;
const quotesPerNote = 10;
const runs = 9;

let seed = 18;
const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)];

function textFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? textFiles(path) : name.endsWith('.txt') && name !== 'README.TXT' ? [path] : [];
  });
}

/** Sentences of a news text, roughly: enough to quote. */
function sentences(text: string): { start: number; end: number }[] {
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

/** Every sentence of the corpus quoted: how many the balancing of quotation marks moves, and whether each reads back exact. */
function roundTrips(files: string[]): string {
  let count = 0;
  let grown = 0;
  let shrunk = 0;
  let failed = 0;
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const source = new SourceText(text);
    for (const sentence of sentences(text)) {
      count++;
      const span = balanceQuote(text, sentence);
      if (span.end - span.start > sentence.end - sentence.start) grown++;
      else if (span.end - span.start < sentence.end - sentence.start) shrunk++;
      const [quote] = findQuotes(formatQuote(source, sentence, 'Title', 'x.txt'));
      const found = quote && reanchor(source, { exact: quote.text, line: quote.line, ...quote.anchor });
      if (!found || found.kind !== 'exact' || quote.text !== anchorOf(source, span).exact) failed++;
    }
  }
  return `${count} sentences quoted: ${grown} grown to their closing or opening mark, ${shrunk} lost an unbalanced mark, ${failed} not read back exact`;
}

async function main(): Promise<void> {
  const files = textFiles(corpus);
  if (files.length === 0) throw new Error(`no .txt files under ${corpus}`);
  console.log(`Corpus: ${corpus} (${files.length} articles)`);
  console.log(roundTrips(files));
  const folder = mkdtempSync(join(tmpdir(), 'dossier-citations-'));
  try {
    // 200 notes, each quoting 10 sentences of 5 articles.
    const sources = new Map<string, string>();
    const notes: string[] = [];
    for (let n = 0; n < noteCount; n++) {
      const parts = [`# Note ${n + 1}\n\nWhat the articles say.\n`];
      for (let a = 0; a < quotesPerNote / 2; a++) {
        const file = pick(files);
        const text = readFileSync(file, 'utf8');
        const target = join(folder, 'sources', relative(corpus, file));
        sources.set(target, text);
        const candidates = sentences(text);
        const title = text.slice(0, text.indexOf('\n')).trim();
        for (let s = 0; s < 2 && candidates.length > 0; s++) {
          const link = relative(join(folder, 'notes'), target).split('\\').join('/');
          parts.push(formatQuote(text, pick(candidates), title, link));
        }
      }
      const path = join(folder, 'notes', `note-${n + 1}.md`);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, parts.join('\n'));
      notes.push(path);
    }
    // Edit a share of the quoted sources, then write them all.
    let edits = 0;
    for (const [path, text] of sources) {
      const r = random();
      const quoted = sentences(text);
      let edited = text;
      if (r < 0.2) edited = `Editor's note: this article was updated.\n\n${text}`;
      else if (r < 0.3 && quoted.length > 0) {
        const s = pick(quoted);
        edited = text.slice(0, s.start) + text.slice(s.start, s.end).replace(/\b(\w+)(\W+)$/, 'later$2') + text.slice(s.end);
      } else if (r < 0.35 && quoted.length > 0) {
        const s = pick(quoted);
        edited = text.slice(0, s.start) + text.slice(s.end);
      }
      if (edited !== text) edits++;
      sources.set(path, edited);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, edited);
    }

    const fromDisk: CitationFiles = {
      readNote: (path) => readFile(path, 'utf8').catch(() => undefined),
      readSource: (path) => readFile(path, 'utf8').catch(() => undefined),
    };
    const fromMemory: CitationFiles = { readNote: (path) => readFileSync(path, 'utf8'), readSource: (path) => sources.get(path) };

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

    // Incremental: one source changed (its notes checked again), one note edited.
    const checker = new CitationChecker(fromMemory);
    await checker.checkNotes(notes);
    const sourceTimes: number[] = [];
    for (const path of [...sources.keys()].slice(0, 50)) {
      sourceTimes.push(await millisecondsOf(() => checker.checkNotes(checker.sourceChanged(path))));
    }
    const noteTimes: number[] = [];
    for (const path of notes.slice(0, 50)) {
      const text = `${readFileSync(path, 'utf8')}\nOne more line.\n`;
      noteTimes.push(await millisecondsOf(() => checker.checkNote(path, text)));
    }

    const quotes = checks.flatMap((c) => c.quotes);
    const kinds = new Map<string, number>();
    for (const q of quotes) kinds.set(q.match?.kind ?? 'no source', (kinds.get(q.match?.kind ?? 'no source') ?? 0) + 1);
    const noteBytes = notes.reduce((sum, p) => sum + statSync(p).size, 0);
    const sourceBytes = [...sources.values()].reduce((sum, t) => sum + Buffer.byteLength(t), 0);
    const row = (label: string, ms: number, note = '') => console.log(`${label.padEnd(46)} ${ms.toFixed(2).padStart(9)} ms  ${note}`);
    const baseline = median(reads);
    const ratio = (times: number[]) => `${(median(times) / baseline).toFixed(1)}× the baseline (fastest runs: ${(Math.min(...times) / Math.min(...reads)).toFixed(1)}×)`;
    console.log(`${notes.length} notes (${(noteBytes / 1024).toFixed(0)} KB), ${quotes.length} quotes of ${sources.size} sources (${(sourceBytes / 1024 / 1024).toFixed(1)} MB), ${edits} sources edited`);
    console.log(`matches: ${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ')}`);
    console.log(`medians of ${runs} runs\n`);
    row('baseline: read the 200 notes', baseline, `fastest ${Math.min(...reads).toFixed(2)} ms`);
    row('check all, notes and sources read', median(cold), ratio(cold));
    row('check all, notes read, sources in memory', median(warm), ratio(warm));
    row('one source changed: its notes again (median)', median(sourceTimes), `max ${Math.max(...sourceTimes).toFixed(2)} ms`);
    row('one note edited: checked again (median)', median(noteTimes), `max ${Math.max(...noteTimes).toFixed(2)} ms`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`benchCitations: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
