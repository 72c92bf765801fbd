// The tag set of the sequence tagger: O, then B-/I- for each entity class (BIO encoding).

/** Entity classes the tagger knows; MISC is learned so that it is not mistaken for the others. */
export const entityClasses = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type EntityClass = (typeof entityClasses)[number];

export const OUTSIDE = 0;
export const tagCount = 1 + 2 * entityClasses.length;

/** Tag that begins an entity of class `c` (index into entityClasses). */
export function beginTag(c: number): number {
  return 1 + 2 * c;
}
/** Tag that continues an entity of class `c`. */
export function insideTag(c: number): number {
  return 2 + 2 * c;
}
/** Entity class index of a tag, or -1 for O. */
export function classOfTag(tag: number): number {
  return tag === OUTSIDE ? -1 : (tag - 1) >> 1;
}
export function isInside(tag: number): boolean {
  return tag !== OUTSIDE && (tag & 1) === 0;
}

/** Whether `next` may follow `previous` (-1: sentence start). I-X only after B-X or I-X. */
export function allowedTransition(previous: number, next: number): boolean {
  if (!isInside(next)) return true;
  return previous >= 0 && classOfTag(previous) === classOfTag(next);
}
