// Citations: anchored quotes in notes, re-found in their sources after edits, read both ways, exported.
export { type Anchor, anchorOf, contextLength, SourceText } from './anchor';
export { type CitationFiles, CitationChecker } from './checker';
export { type CitedSource, citedSources, citingNotes, passagesAt, quotedInLabel, type QuotedPassage, quotedPassages, type QuotingNote } from './backlinks';
export { type Brief, type BriefEntry, type BriefOptions, type BriefSource, exportBrief, type StaleQuote } from './brief';
export { escapeHtml, htmlDocument, isSafeUrl, markdownToHtml } from './html';
export {
  type CheckOptions,
  checkNote,
  checkQuotes,
  type CitationDiagnostic,
  type DiagnosticKind,
  findQuote,
  type NoteCheck,
  type QuoteCheck,
  type QuoteFix,
  resolveTarget,
  type TextEdit,
} from './noteCheck';
export { findQuotes, type NoteQuote } from './noteCitations';
export { type AnchorHint, anchorTitle, citationLink, escapeQuoteText, formatQuote, parseAnchorTitle, relabel, unescapeQuoteText } from './quoteFormat';
export { balanceQuote } from './quoteMarks';
export { defaultMinSimilarity, type MatchKind, type QuoteMatch, type QuoteToFind, reanchor, type ReanchorOptions } from './reanchor';
export { hashText, lineStarts, normalSpace, NormalText, type Position, positionAt, rangeOf, type Span, type TextRange } from './text';
