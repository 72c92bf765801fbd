// Stage 1, text: bytes to text, an article's title, byline, date and sentences, [[references]] in notes.
export { readArticle } from './article';
export { type Dateline, findDateline } from './dateline';
export { decodeText } from './decode';
export { findWikiReferences } from './references';
