// Stage 5, search: typo-tolerant search over actors, events and sentences.
export { actorSearch, EventSearch, type ListSearch, type SearchResult, SentenceSearch, type SentenceItem } from './search';
