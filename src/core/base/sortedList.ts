// Sorted lists: binary search, and a sorted list made again after changes, where each change is placed
// by binary search and the items between are copied without comparing them or looking them up.

export type Compare<T> = (a: T, b: T) => number;

/** `sorted` without the items `removed` (by identity) and with those `added`, which sort after equal items. */
export function withChanges<T>(sorted: readonly T[], removed: Iterable<T>, added: readonly T[], compare: Compare<T>): T[] {
  const skipped: number[] = [];
  for (const item of removed) {
    const at = indexOf(sorted, item, compare);
    if (at >= 0) skipped.push(at);
  }
  skipped.sort((a, b) => a - b);
  const result = new Array<T>(sorted.length - skipped.length + added.length);
  let k = 0;
  let i = 0;
  let s = 0;
  const copyUntil = (end: number) => {
    for (; i < end; i++) {
      if (s < skipped.length && skipped[s] === i) s++;
      else result[k++] = sorted[i];
    }
  };
  for (const item of [...added].sort(compare)) {
    copyUntil(bound(sorted, item, compare, i, true));
    result[k++] = item;
  }
  copyUntil(sorted.length);
  return result;
}

/** The first index from `from` on whose item sorts after `item` (with `after` false: not before it). */
function bound<T>(sorted: readonly T[], item: T, compare: Compare<T>, from: number, after: boolean): number {
  return firstNotBefore(from, sorted.length, (i) => {
    const order = compare(sorted[i], item);
    return order < 0 || (after && order === 0);
  });
}

/** The first index of `from`…`to` for which `before` is false, where it is true for all indices before that one and false after (binary search). */
export function firstNotBefore(from: number, to: number, before: (index: number) => boolean): number {
  let low = from;
  let high = to;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (before(mid)) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Where an item is in the sorted list, or -1. */
function indexOf<T>(sorted: readonly T[], item: T, compare: Compare<T>): number {
  for (let i = bound(sorted, item, compare, 0, false); i < sorted.length && compare(sorted[i], item) === 0; i++) if (sorted[i] === item) return i;
  return -1;
}
