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

export function tagName(tag: number): string {
  if (tag === OUTSIDE) return 'O';
  return (isInside(tag) ? 'I-' : 'B-') + entityClasses[classOfTag(tag)];
}

export function tagFromName(name: string): number {
  if (name === 'O') return OUTSIDE;
  const c = entityClasses.indexOf(name.slice(2) as EntityClass);
  if (c < 0 || (name[0] !== 'B' && name[0] !== 'I') || name[1] !== '-') throw new Error(`Unknown tag ${name}`);
  return name[0] === 'B' ? beginTag(c) : insideTag(c);
}

/** Whether `next` may follow `previous` (-1: sentence start). I-X only after B-X or I-X. */
export function allowedTransition(previous: number, next: number): boolean {
  if (!isInside(next)) return true;
  return previous >= 0 && classOfTag(previous) === classOfTag(next);
}

/**
 * Calls `found(first, last, class)` for each entity in a tag sequence (token indexes, inclusive).
 * A stray I-X (not possible after constrained decoding) starts a new entity.
 */
export function forEachEntity(
  tags: ArrayLike<number>,
  from: number,
  to: number,
  found: (first: number, last: number, entityClass: number) => void,
): void {
  let start = -1;
  let current = -1;
  for (let i = from; i <= to; i++) {
    const tag = i < to ? tags[i] : OUTSIDE;
    const c = classOfTag(tag);
    if (start >= 0 && (tag === OUTSIDE || !isInside(tag) || c !== current)) {
      found(start, i - 1, current);
      start = -1;
    }
    if (tag !== OUTSIDE && start < 0) {
      start = i;
      current = c;
    }
  }
}
