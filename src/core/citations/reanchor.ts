// Finds a quote in its source again, in Hypothesis's order: the position hint checked against the exact
// text; then an exact search (prefix and suffix choose among several); then a fuzzy match
// (approx-string-match), scored on the quote, prefix, suffix and nearness to the hint.
import search from 'approx-string-match';
import type { SourceText } from './anchor';
import type { Span } from '../base';

export type MatchKind = 'exact' | 'moved' | 'changed' | 'orphaned';

export interface QuoteMatch {
  /**
   * exact: the text is where the link's line says; moved: the same text on another line; changed: a
   * text like it (within the threshold); orphaned: nothing like it is left.
   */
  kind: MatchKind;
  /** Where the text is in the source now, and its 1-based line (not when orphaned). */
  span?: Span;
  line?: number;
  /** 1 for the exact text; else 1 − edits / length of the quote. */
  similarity: number;
  /** The source's hash is the anchor's: it is as it was when quoted, so any difference is the note's. */
  sourceUnchanged: boolean;
}

/** What a note says of a quote: its exact text, and whatever else of the anchor it has. */
export interface QuoteToFind {
  exact: string;
  prefix?: string;
  suffix?: string;
  offset?: number;
  line?: number;
  hash?: string;
}

export interface ReanchorOptions {
  /** A fuzzy match needs at least this similarity (default 0.75); below it the quote is orphaned. */
  minSimilarity?: number;
}

export const defaultMinSimilarity = 0.75;

interface Candidate {
  start: number;
  end: number;
  errors: number;
}

export function reanchor(source: SourceText, quote: QuoteToFind, options: ReanchorOptions = {}): QuoteMatch {
  const exact = quote.exact;
  const sourceUnchanged = quote.hash === source.hash;
  const found = ({ start, end, errors }: Candidate, original = false): QuoteMatch => {
    const span = original ? { start, end } : { start: source.normal.toOriginal(start), end: source.normal.toOriginal(end) };
    const line = source.lineOf(span.start);
    const kind = errors > 0 ? 'changed' : quote.line === undefined || line === quote.line ? 'exact' : 'moved';
    return { kind, span, line, similarity: 1 - errors / exact.length, sourceUnchanged };
  };
  if (!exact) return { kind: 'orphaned', similarity: 0, sourceUnchanged };

  // 1. The hint: the offset, or for a quote without one the line the link names.
  const { offset } = quote;
  if (offset !== undefined && source.text.startsWith(exact, offset)) return found({ start: offset, end: offset + exact.length, errors: 0 }, true);
  const text = source.normal.text;
  let hint: number | undefined;
  if (offset !== undefined && offset <= source.text.length) {
    hint = source.normal.fromOriginal(offset);
    if (text.startsWith(exact, hint)) return found({ start: hint, end: hint + exact.length, errors: 0 });
  } else if (quote.line !== undefined) {
    hint = source.normal.fromOriginal(source.lineStart(quote.line));
    const at = text.indexOf(exact, hint);
    if (at >= 0 && at < source.normal.fromOriginal(source.lineStart(quote.line + 1))) return found({ start: at, end: at + exact.length, errors: 0 });
  }

  // 2. The exact text elsewhere.
  const exacts: Candidate[] = [];
  for (let at = text.indexOf(exact); at >= 0 && exacts.length < 1000; at = text.indexOf(exact, at + 1)) {
    exacts.push({ start: at, end: at + exact.length, errors: 0 });
  }
  if (exacts.length > 0) return found(best(text, exacts, quote, hint));

  // 3. A text like it.
  const maxErrors = Math.min(256, Math.floor(exact.length * (1 - (options.minSimilarity ?? defaultMinSimilarity))));
  const fuzzy = maxErrors > 0 ? search(text, exact, maxErrors) : [];
  return fuzzy.length > 0 ? found(best(text, fuzzy, quote, hint)) : { kind: 'orphaned', similarity: 0, sourceUnchanged };
}

/** Hypothesis's ranking: similarity to the quote (50), to the prefix (20) and suffix (20), nearness (2). */
function best(text: string, candidates: Candidate[], quote: QuoteToFind, hint: number | undefined): Candidate {
  if (candidates.length === 1) return candidates[0];
  const { exact, prefix, suffix } = quote;
  const score = (c: Candidate) =>
    50 * (1 - c.errors / exact.length) +
    20 * (prefix ? similarity(text.slice(Math.max(0, c.start - prefix.length), c.start), prefix) : 1) +
    20 * (suffix ? similarity(text.slice(c.end, c.end + suffix.length), suffix) : 1) +
    2 * (hint === undefined ? 1 : 1 - Math.abs(c.start - hint) / text.length);
  let top = candidates[0];
  let topScore = score(top);
  for (const candidate of candidates.slice(1)) {
    const s = score(candidate);
    if (s > topScore) [top, topScore] = [candidate, s];
  }
  return top;
}

/** 1 − the fewest edits that make `pattern` appear in `text`, per character of the pattern. */
function similarity(text: string, pattern: string): number {
  if (!text || !pattern) return 0;
  const matches = search(text, pattern, pattern.length);
  return matches.length > 0 ? 1 - matches[0].errors / pattern.length : 0;
}
