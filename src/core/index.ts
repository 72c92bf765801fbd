// The core's public face: what the editor, the command line and the Node adapters may use. The core is
// pure TypeScript (no `vscode`, no disk); it works on the bytes and text a Workspace hands it.
export type { Article } from './indexing';
export { type ActorType, actorTypes, type Logger, lineStarts, pathFilter, plural, rangeOf, type Recognizer, type Span } from './base';
export { type Actor, type ActorFilter, type ActorSort, type CurationChange, describeChanges, describeDoubts, describeFilter, editCuration, isFiltered, matchesFilter, type Mention, sortActors, typeLabels } from './actors';
export { buildTimeline, type DossierEvent, monthNames, shortDate, shortSummary, type StoryTimeline, storyTimeline, type Timeline, type TimelineYear } from './events';
export { analyzeArticle, type ArticleAnalyzer, type CacheStorage, type DossierIndex, type NameInText, storeAnalysis, toJson } from './indexing';
export { createRecognizer } from './ner';
export { type ReviewItem, ReviewQueue } from './review';
export { buildHoverCard, escapeMarkdown, eventLabel, excerptAround, plainLabel, tellingMentions } from './cards';
export { createDossier, curationFile, datesFile, defaultFileSettings, editDatesFile, isIsoDate, parseDates, type Display, Dossier, type FileSettings, type Workspace, type WorkspaceChange } from './service';
export {
  briefOf,
  briefPaths,
  CheckQueue,
  type CitationDiagnostic,
  CitationChecker,
  defaultMinSimilarity,
  formatQuote,
  type NoteCheck,
  parseAnchorTitle,
  type QuotedPassage,
  passagesAt,
  quotedInLabel,
  type QuoteCheck,
  type QuoteFix,
  resolveTarget,
} from './citations';
