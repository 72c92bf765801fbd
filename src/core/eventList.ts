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
    if (this.removed.size > 0 || this.added.length > 0) {
      const added = this.added.filter((event) => !this.removed.has(event)).sort(compareEvents);
      this.sorted = this.removed.size + added.length <= 64 ? spliced(this.sorted, this.removed, added) : merge(this.sorted, this.removed, added);
      this.added = [];
      this.removed.clear();
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

/** A sorted list without the events removed and with those added (sorted), in one pass over both. */
function merge(sorted: readonly DossierEvent[], removed: ReadonlySet<DossierEvent>, added: readonly DossierEvent[]): DossierEvent[] {
  const result: DossierEvent[] = [];
  let j = 0;
  for (const event of sorted) {
    if (removed.has(event)) continue;
    while (j < added.length && compareEvents(added[j], event) < 0) result.push(added[j++]);
    result.push(event);
  }
  while (j < added.length) result.push(added[j++]);
  return result;
}

/**
 * The same for a few changes (an article edited): each change is placed by binary search, and the
 * events between are copied without comparing or looking them up.
 */
function spliced(sorted: readonly DossierEvent[], removed: ReadonlySet<DossierEvent>, added: readonly DossierEvent[]): DossierEvent[] {
  const skipped = [...removed].map((event) => positionOf(sorted, event)).filter((at) => at >= 0);
  skipped.sort((a, b) => a - b);
  const result = new Array<DossierEvent>(sorted.length - skipped.length + added.length);
  let k = 0;
  let i = 0;
  let s = 0;
  const copyUntil = (end: number) => {
    for (; i < end; i++) {
      if (s < skipped.length && skipped[s] === i) s++;
      else result[k++] = sorted[i];
    }
  };
  for (const event of added) {
    copyUntil(lowerBound(sorted, event, true, i));
    result[k++] = event;
  }
  copyUntil(sorted.length);
  return result;
}

/** Where an event is in a sorted list, or -1. */
function positionOf(sorted: readonly DossierEvent[], event: DossierEvent): number {
  for (let i = lowerBound(sorted, event, false, 0); i < sorted.length && compareEvents(sorted[i], event) === 0; i++) if (sorted[i] === event) return i;
  return -1;
}

/** The first position from `from` on whose event sorts after the probe (or, with `after` false, not before it). */
function lowerBound(sorted: readonly DossierEvent[], probe: EventKey, after: boolean, from: number): number {
  let low = from;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    const order = compareEvents(sorted[mid], probe);
    if (order < 0 || (after && order === 0)) low = mid + 1;
    else high = mid;
  }
  return low;
}
