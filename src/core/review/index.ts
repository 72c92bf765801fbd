// Review: what Dossier is unsure of, as a queue for the user — doubtful actors and likely duplicates.
export { type Duplicate, findDuplicates } from './duplicates';
export { type ReviewItem, ReviewQueue } from './queue';
