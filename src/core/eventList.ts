// All events of the index in time order, kept sorted across changes: an article's events are added
// and removed in batches and merged in when the list is next read, never sorted from scratch again.
import type { ArticleEvent } from './events';

export interface DossierEvent extends ArticleEvent {
  id: string;
  path: string;
  /** Ids of the actors named in the event's sentence. */
  actors: string[];
}

type EventKey = Pick<DossierEvent, 'date' | 'path' | 'dateSpan'>;

export class EventList {
  private sorted: DossierEvent[] = [];
  private added: DossierEvent[] = [];
  private readonly removed = new Set<DossierEvent>();

  add(events: readonly DossierEvent[]): void {
    for (const event of events) this.added.push(event);
  }

  remove(events: readonly DossierEvent[]): void {
    for (const event of events) this.removed.add(event);
  }

  /** Every event in order (a new list after changes, so earlier readers keep theirs). */
  list(): DossierEvent[] {
    if (this.removed.size + this.added.length <= 64 && this.removed.size + this.added.length > 0) {
      // A few changes (an article edited): binary searches in a copy.
      const next = this.sorted.slice();
      for (const event of this.removed) removeSorted(next, event);
      insertSorted(next, this.added.filter((event) => !this.removed.has(event)));
      this.sorted = next;
      this.added = [];
      this.removed.clear();
    }
    if (this.removed.size > 0) {
      this.sorted = this.sorted.filter((event) => !this.removed.has(event));
      this.added = this.added.filter((event) => !this.removed.has(event));
      this.removed.clear();
    }
    if (this.added.length > 0) {
      this.sorted = merge(this.sorted, this.added.sort(compareEvents));
      this.added = [];
    }
    return this.sorted;
  }
}

/** Time order; undated events last; then by path and place. */
export function compareEvents(a: EventKey, b: EventKey): number {
  if (a.date !== b.date) {
    if (a.date === undefined) return 1;
    if (b.date === undefined) return -1;
    return a.date < b.date ? -1 : 1;
  }
  if (a.path !== b.path) return a.path < b.path ? -1 : 1;
  return a.dateSpan.start - b.dateSpan.start;
}

function merge(a: readonly DossierEvent[], b: readonly DossierEvent[]): DossierEvent[] {
  const result = new Array<DossierEvent>(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) result[k++] = compareEvents(b[j], a[i]) < 0 ? b[j++] : a[i++];
  while (i < a.length) result[k++] = a[i++];
  while (j < b.length) result[k++] = b[j++];
  return result;
}

/** Adds events to a list sorted by `compareEvents`, each in its place. */
export function insertSorted(sorted: DossierEvent[], added: readonly DossierEvent[]): void {
  for (const event of added) sorted.splice(lowerBound(sorted, event, true), 0, event);
}

/** Removes an event from a sorted list, if there. */
export function removeSorted(sorted: DossierEvent[], event: DossierEvent): void {
  const at = lowerBound(sorted, event, false);
  for (let i = at; i < sorted.length && compareEvents(sorted[i], event) === 0; i++) {
    if (sorted[i] === event) {
      sorted.splice(i, 1);
      return;
    }
  }
}

/** The first position whose event sorts after the probe (or, with `after` false, not before it). */
function lowerBound(sorted: readonly DossierEvent[], probe: EventKey, after: boolean): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    const order = compareEvents(sorted[mid], probe);
    if (order < 0 || (after && order === 0)) low = mid + 1;
    else high = mid;
  }
  return low;
}
