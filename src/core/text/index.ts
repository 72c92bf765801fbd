// Stage 1, text: bytes to text, an article's title, byline, date and sentences, [[references]] in notes.
export { type ArticleStructure, readArticle, type Sentence } from './article';
export { type DecodedText, decodeText } from './decode';
export { findWikiReferences, type WikiReference } from './references';
