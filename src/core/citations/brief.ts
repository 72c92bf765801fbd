// A note exported as a brief: every quote's citation resolved to the article's title, publication date
// and path, a numbered list of the sources at the end, and a section for the quotes that went stale.
// A pure function: the caller writes the result where the user asked.
import { toIsoDate } from '../base';
import { readArticle } from '../text';
import { SourceText } from './anchor';
import { htmlDocument } from './html';
import { checkNote, type CheckOptions, type QuoteCheck, resolveTarget } from './noteCheck';
import { findQuotes } from './noteCitations';
import { escapeQuoteText } from './quoteFormat';

export interface BriefSource {
  text: string;
  title: string;
  /** The publication date as it should be shown (YYYY-MM-DD in the index). */
  published?: string;
}

export interface BriefEntry {
  number: number;
  sourcePath: string;
  /** The path from the note to the source, as the note's links write it. */
  link: string;
  /** Undefined when the source could not be read. */
  title?: string;
  published?: string;
}

export interface StaleQuote {
  /** The number of its source in the list. */
  number: number;
  text: string;
  line: number;
  kind: 'changed' | 'orphaned' | 'no source';
  message: string;
}

export interface Brief {
  markdown: string;
  html: string;
  sources: BriefEntry[];
  stale: StaleQuote[];
}

export interface BriefOptions extends CheckOptions {
  /** The title of the HTML document (default: the note's first heading, else its file name). */
  title?: string;
}

export function exportBrief(notePath: string, noteText: string, sourceOf: (path: string) => BriefSource | undefined, options: BriefOptions = {}): Brief {
  const infos = new Map<string, BriefSource | undefined>();
  const texts = new Map<string, SourceText | undefined>();
  const info = (path: string) => {
    if (!infos.has(path)) infos.set(path, sourceOf(path));
    return infos.get(path);
  };
  const check = checkNote(notePath, noteText, (path) => {
    if (!texts.has(path)) texts.set(path, info(path) && new SourceText(info(path)!.text));
    return texts.get(path);
  }, options);

  const entries = new Map<string, BriefEntry>();
  for (const { sourcePath, quote } of check.quotes) {
    const source = info(sourcePath);
    if (!entries.has(sourcePath)) entries.set(sourcePath, { number: entries.size + 1, sourcePath, link: quote.target, title: source?.title, published: source?.published });
  }
  const stale: StaleQuote[] = [];
  let body = noteText;
  for (const quoteCheck of [...check.quotes].sort((a, b) => b.quote.linkSpan.start - a.quote.linkSpan.start)) {
    const entry = entries.get(quoteCheck.sourcePath)!;
    const staleness = staleOf(quoteCheck, entry.number);
    if (staleness) stale.unshift(staleness);
    const { start, end } = quoteCheck.quote.linkSpan;
    body = body.slice(0, start) + resolvedCitation(quoteCheck, entry, staleness !== undefined) + body.slice(end);
  }

  const markdown = [plainReferences(body).trimEnd(), '', '## Sources', '', ...[...entries.values()].map(sourceLine), ...staleSection(stale), ''].join('\n');
  const title = options.title ?? /^#{1,6}\s+(.+?)\s*#*\s*$/m.exec(noteText)?.[1] ?? notePath.replace(/^.*[\\/]/, '').replace(/\.md$/i, '');
  return { markdown, html: htmlDocument(title, markdown), sources: [...entries.values()], stale };
}

/** exportBrief with each cited source read once, its title and date read from its text as the index reads them. */
export async function briefOf(
  notePath: string,
  noteText: string,
  readSource: (path: string) => Promise<string | undefined> | string | undefined,
  options: BriefOptions = {},
): Promise<Brief> {
  const resolve = options.resolveTarget ?? resolveTarget;
  const sources = new Map<string, BriefSource | undefined>();
  for (const quote of findQuotes(noteText)) {
    const path = resolve(notePath, quote.target);
    if (sources.has(path)) continue;
    const text = await readSource(path);
    sources.set(path, text === undefined ? undefined : briefSource(text, path));
  }
  return exportBrief(notePath, noteText, (path) => sources.get(path), options);
}

export function briefSource(text: string, path: string): BriefSource {
  const { title, published } = readArticle(text, path);
  return { text, title, published: published && toIsoDate(published) };
}

/** Where a note's brief is written: beside it, `week.md` → `week.brief.md` and `week.brief.html`. */
export function briefPaths(notePath: string): { markdown: string; html: string } {
  const base = notePath.replace(/\.(?:md|markdown)$/i, '');
  return { markdown: `${base}.brief.md`, html: `${base}.brief.html` };
}

function resolvedCitation({ quote, match }: QuoteCheck, entry: BriefEntry, isStale: boolean): string {
  const line = match?.line ?? quote.line;
  const title = entry.title ?? quote.label.replace(/,\s*line\s+\d+$/i, '');
  const label = escapeQuoteText(`${title}, ${entry.published ?? 'undated'}, line ${line}`);
  return `[${label}](${entry.link}#L${line}) \\[${entry.number}\\]${isStale ? ' ⚠ *stale quote, see below*' : ''}`;
}

function staleOf({ quote, match }: QuoteCheck, number: number): StaleQuote | undefined {
  const base = { number, text: quote.text, line: match?.line ?? quote.line };
  if (!match) return { ...base, kind: 'no source', message: 'source not found' };
  if (match.kind === 'orphaned') return { ...base, kind: 'orphaned', message: 'quoted text no longer in source' };
  if (match.kind === 'changed') return { ...base, kind: 'changed', message: `quoted text changed in the source (${Math.floor(match.similarity * 100)}% alike)` };
  return undefined;
}

function sourceLine(entry: BriefEntry): string {
  const title = entry.title === undefined ? '(source not found)' : escapeQuoteText(entry.title);
  return `${entry.number}. ${title} — ${escapeQuoteText(entry.published ?? 'undated')} — [${escapeQuoteText(entry.link)}](${entry.link})`;
}

function staleSection(stale: StaleQuote[]): string[] {
  if (stale.length === 0) return [];
  const short = (text: string) => (text.length > 120 ? `${text.slice(0, 119)}…` : text);
  return ['', '## Stale quotes', '', ...stale.map((s) => `- “${escapeQuoteText(short(s.text))}” — \\[${s.number}\\], line ${s.line}: ${s.message}`)];
}

/** `[[Name]]` and `[[Alias|shown]]` as their text, outside code. */
function plainReferences(markdown: string): string {
  let fence: string | undefined;
  return markdown
    .split('\n')
    .map((line) => {
      const mark = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
      if (fence) {
        if (mark?.[0] === fence[0]) fence = undefined;
        return line;
      }
      if (mark) {
        fence = mark;
        return line;
      }
      return line.replace(/(?<!\\)\[\[([^\]|\n]+)(?:\|([^\]\n]+))?\]\]/g, (_all, name: string, shown?: string) => (shown ?? name).trim());
    })
    .join('\n');
}
