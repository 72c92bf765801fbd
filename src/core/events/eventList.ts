// All events of the index in time order, kept sorted across changes: an article's events are added
// and removed in batches and merged in when the list is next read, never sorted from scratch again.
import type { ArticleEvent } from './events';
import { withChanges } from '../base';

export interface DossierEvent extends ArticleEvent {
  id: string;
  path: string;
  /** Ids of the actors of the event: those it is about first, then the others named in its sentence. */
  actors: string[];
  /** Ids of the actors the event is about: the subject and objects of its dated clause, and the actor its pronoun subject stands for. */
  about?: string[];
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
      this.sorted = withChanges(this.sorted, this.removed, this.added.filter((event) => !this.removed.has(event)), compareEvents);
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
