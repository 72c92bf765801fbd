// Stage 5, search: typo-tolerant search over actors, events and sentences.
export { actorSearch, eventListSearch, EventSearch, type ListSearch, SentenceSearch } from './search';
