// Citations: anchored quotes in notes, re-found in their sources after edits, read both ways, exported.
export { type Anchor, anchorOf, contextLength, SourceText } from './anchor';
export { type CitationFiles, CitationChecker } from './checker';
export { type CitedSource, citedSources, citingNotes, passagesAt, quotedInLabel, type QuotedPassage, quotedPassages, type QuotingNote } from './backlinks';
export { type Brief, type BriefEntry, briefOf, type BriefOptions, briefPaths, type BriefSource, briefSource, exportBrief, type StaleQuote } from './brief';
export { CheckQueue, type CheckQueueOptions } from './checkQueue';
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
export { hashText, normalSpace, NormalText } from './text';
