// Citations read backwards: for a source, which notes quote which of its passages; for a note, which
// sources it quotes. Computed from note checks, so the spans are where the quotes are now.
import type { NoteCheck } from './noteCheck';
import type { Span } from '../base';

export interface QuotingNote {
  notePath: string;
  /** The quote in the note (from its first line to its citation). */
  span: Span;
}

export interface QuotedPassage {
  /** Where the quoted text is in the source now, and its 1-based line. */
  span: Span;
  line: number;
  /** Every quote of it, one per quote (a note may quote a passage twice). */
  quotes: QuotingNote[];
  /** How many notes quote it. */
  noteCount: number;
}

export interface CitedSource {
  sourcePath: string;
  quotes: number;
  /** Quotes changed, orphaned or without source. */
  stale: number;
}

/** The passages of a source that the checked notes quote (found ones only), in the source's order. */
export function quotedPassages(checks: Iterable<NoteCheck>, sourcePath: string): QuotedPassage[] {
  const bySpan = new Map<string, QuotedPassage>();
  for (const check of checks) {
    for (const { quote, sourcePath: path, match } of check.quotes) {
      if (path !== sourcePath || !match?.span || match.line === undefined) continue;
      const key = `${match.span.start}:${match.span.end}`;
      let passage = bySpan.get(key);
      if (!passage) bySpan.set(key, (passage = { span: match.span, line: match.line, quotes: [], noteCount: 0 }));
      passage.quotes.push({ notePath: check.notePath, span: quote.span });
    }
  }
  const passages = [...bySpan.values()].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  for (const passage of passages) passage.noteCount = new Set(passage.quotes.map((q) => q.notePath)).size;
  return passages;
}

/** The passages that hold an offset of the source (for Find All References on a quoted sentence). */
export function passagesAt(passages: readonly QuotedPassage[], offset: number): QuotedPassage[] {
  return passages.filter((p) => p.span.start <= offset && offset <= p.span.end);
}

/** The notes with a quote of a source, found or not, sorted. */
export function citingNotes(checks: Iterable<NoteCheck>, sourcePath: string): string[] {
  const notes = new Set<string>();
  for (const check of checks) if (check.quotes.some((q) => q.sourcePath === sourcePath)) notes.add(check.notePath);
  return [...notes].sort();
}

/** The sources a note quotes, in the order it first quotes them. */
export function citedSources(check: NoteCheck): CitedSource[] {
  const sources = new Map<string, CitedSource>();
  for (const { sourcePath, match } of check.quotes) {
    let source = sources.get(sourcePath);
    if (!source) sources.set(sourcePath, (source = { sourcePath, quotes: 0, stale: 0 }));
    source.quotes++;
    if (!match || match.kind === 'changed' || match.kind === 'orphaned') source.stale++;
  }
  return [...sources.values()];
}

/** "quoted in 1 note", "quoted in 2 notes". */
export function quotedInLabel(noteCount: number): string {
  return `quoted in ${noteCount} ${noteCount === 1 ? 'note' : 'notes'}`;
}
