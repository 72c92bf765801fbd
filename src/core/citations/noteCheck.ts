// Checks the quotes of one note against their sources: diagnostics-like records, and the edits a quick
// fix would make, as data. Nothing here writes anything.
import { anchorOf, type SourceText } from './anchor';
import { findQuotes, type NoteQuote } from './noteCitations';
import { citationLink, escapeQuoteText, relabel } from './quoteFormat';
import { balanceQuote } from './quoteMarks';
import { type QuoteMatch, reanchor, type ReanchorOptions } from './reanchor';
import { lineStarts, rangeOf, type Span, type TextRange } from '../base';

export interface TextEdit {
  span: Span;
  range: TextRange;
  newText: string;
}

/** What a quick fix would do to the note at `path`; applied only by an explicit action. */
export interface QuoteFix {
  title: string;
  path: string;
  edits: TextEdit[];
}

export interface QuoteCheck {
  quote: NoteQuote;
  /** The source the link points to, resolved against the note. */
  sourcePath: string;
  /** Where the quote is in the source; undefined when the source cannot be read. */
  match?: QuoteMatch;
  /** A fix for the diagnostic; for a quote found where it says but without anchor, "Add anchor to quote". */
  fix?: QuoteFix;
}

export type DiagnosticKind = 'moved' | 'changed' | 'orphaned' | 'no source';

export interface CitationDiagnostic {
  notePath: string;
  /** The link (moved, no source) or the quoted text (changed, orphaned). */
  span: Span;
  range: TextRange;
  severity: 'information' | 'warning';
  kind: DiagnosticKind;
  message: string;
  fix?: QuoteFix;
}

export interface NoteCheck {
  notePath: string;
  quotes: QuoteCheck[];
  diagnostics: CitationDiagnostic[];
}

export interface CheckOptions extends ReanchorOptions {
  /** The source a link target names, from the note's path (default resolveTarget); the same for every note of a folder. */
  resolveTarget?: (notePath: string, target: string) => string;
}

/** Finds a quote in a source: reanchor, or a cached answer. */
export type QuoteFinder = (sourcePath: string, source: SourceText, quote: NoteQuote) => QuoteMatch;

/** The source a link target names: a URI or path resolved against the note's (percent-escapes decoded for a plain path). */
export function resolveTarget(notePath: string, target: string): string {
  const isUri = /^[a-z][a-z0-9+.-]*:/i.test(notePath);
  try {
    const url = new URL(target, isUri ? notePath : `file://${notePath.replace(/\\/g, '/').replace(/^(?!\/)/, '/')}`);
    return isUri || url.protocol !== 'file:' ? url.href : decodeURIComponent(url.pathname);
  } catch {
    return target;
  }
}

export function findQuote(source: SourceText, quote: NoteQuote, options: ReanchorOptions = {}): QuoteMatch {
  return reanchor(source, { exact: quote.text, line: quote.line, ...quote.anchor }, options);
}

/** Checks every quote of a note's text; `sourceOf` gives a prepared source text, or undefined when there is none. */
export function checkNote(notePath: string, noteText: string, sourceOf: (path: string) => SourceText | undefined, options: CheckOptions = {}): NoteCheck {
  return checkQuotes(notePath, noteText, findQuotes(noteText), sourceOf, options);
}

/** checkNote on the quotes found already, `find` answering where each is (reanchor, or a cache of its answers). */
export function checkQuotes(
  notePath: string,
  noteText: string,
  noteQuotes: NoteQuote[],
  sourceOf: (path: string) => SourceText | undefined,
  options: CheckOptions = {},
  find: QuoteFinder = (_path, source, quote) => findQuote(source, quote, options),
): NoteCheck {
  const resolve = options.resolveTarget ?? resolveTarget;
  const starts = lineStarts(noteText);
  const edit = (span: Span, newText: string): TextEdit => ({ span, range: rangeOf(starts, span), newText });
  const quotes: QuoteCheck[] = [];
  const diagnostics: CitationDiagnostic[] = [];
  for (const quote of noteQuotes) {
    const sourcePath = resolve(notePath, quote.target);
    const source = sourceOf(sourcePath);
    const match = source && find(sourcePath, source, quote);
    const fix = source && match && fixFor(notePath, quote, source, match, edit);
    quotes.push({ quote, sourcePath, match, fix });
    const diagnostic = diagnosticFor(quote, match);
    if (diagnostic) {
      const span = diagnostic.kind === 'moved' || diagnostic.kind === 'no source' ? quote.linkSpan : quote.textSpan;
      diagnostics.push({ notePath, span, range: rangeOf(starts, span), ...diagnostic, fix });
    }
  }
  return { notePath, quotes, diagnostics };
}

type Diagnosis = Pick<CitationDiagnostic, 'severity' | 'kind' | 'message'>;

function diagnosticFor(quote: NoteQuote, match: QuoteMatch | undefined): Diagnosis | undefined {
  if (!match) return { severity: 'warning', kind: 'no source', message: `Source not found: ${quote.target}` };
  const percent = Math.floor(match.similarity * 100);
  switch (match.kind) {
    case 'exact':
      return undefined;
    case 'moved':
      return { severity: 'information', kind: 'moved', message: `Quoted text moved to line ${match.line} of its source` };
    case 'changed':
      return {
        severity: 'warning',
        kind: 'changed',
        message: match.sourceUnchanged
          ? `Quote differs from its source (${percent}% alike): edited in the note?`
          : `Quoted text changed in the source (${percent}% alike), now at line ${match.line}`,
      };
    case 'orphaned':
      return {
        severity: 'warning',
        kind: 'orphaned',
        message: match.sourceUnchanged ? 'Quote not found in its source: edited in the note?' : 'Quoted text no longer in source',
      };
  }
}

function fixFor(notePath: string, quote: NoteQuote, source: SourceText, match: QuoteMatch, edit: (span: Span, text: string) => TextEdit): QuoteFix | undefined {
  if (!match.span || !match.line) return undefined;
  const link = (span: Span) => {
    const anchor = anchorOf(source, span);
    return citationLink(relabel(quote.label, anchor.line), quote.target, anchor);
  };
  if (match.kind === 'moved') return { title: `Update link to line ${match.line}`, path: notePath, edits: [edit(quote.linkSpan, link(match.span))] };
  if (match.kind === 'exact' && !quote.anchor) return { title: 'Add anchor to quote', path: notePath, edits: [edit(quote.linkSpan, link(match.span))] };
  if (match.kind !== 'changed') return undefined;
  const span = balanceQuote(source.text, match.span);
  return {
    title: `Replace quote with the source's text (line ${source.lineOf(span.start)})`,
    path: notePath,
    edits: [edit(quote.textSpan, escapeQuoteText(source.text.slice(span.start, span.end))), edit(quote.linkSpan, link(span))],
  };
}
