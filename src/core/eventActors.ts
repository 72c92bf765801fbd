// Which actors each event involves: those named in its sentence, as a snapshot merges the names.
import type { Actor, Mention } from './actorTable';
import type { LocalEntity } from './articleActors';
import type { ArticleRecord } from './dossierIndex';
import type { DossierEvent } from './eventList';

/** The actor an entity belongs to; with `check` (rejected names exist), only one the entity is part of, not one that merely has its name as an alias. */
export function actorOfEntity(actorOfKey: Map<string, Actor>, path: string, entity: LocalEntity, check: boolean): Actor | undefined {
  const actor = actorOfKey.get(entity.key);
  return actor && (!check || hasMention(actor.mentions, path, entity.mentions[0])) ? actor : undefined;
}

/** Whether a list sorted by path, then offset, has a mention at this place. */
function hasMention(mentions: readonly Mention[], path: string, start: number): boolean {
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    const m = mentions[mid];
    if (m.path < path || (m.path === path && m.start < start)) low = mid + 1;
    else high = mid;
  }
  return low < mentions.length && mentions[low].path === path && mentions[low].start === start;
}

/** Sets each event's actors: those named in its sentence, in the order they are first named there. */
export function setEventActors(record: ArticleRecord, actorOf: (entity: LocalEntity) => Actor | undefined): void {
  if (record.events.length === 0) return;
  const named = new Map<number, Map<string, number>>(); // sentence → actor id → first start
  for (const entity of record.entities) {
    const actor = actorOf(entity);
    if (!actor) continue;
    for (let i = 0; i < entity.mentions.length; i += 3) {
      const [start, sentence] = [entity.mentions[i], entity.mentions[i + 2]];
      let starts = named.get(sentence);
      if (!starts) named.set(sentence, (starts = new Map()));
      if (!(starts.get(actor.id)! <= start)) starts.set(actor.id, start);
    }
  }
  for (const event of record.events) {
    const starts = named.get(event.sentence);
    event.actors = starts ? [...starts.keys()].sort((a, b) => starts.get(a)! - starts.get(b)!) : [];
  }
}

export function eventsByActor(events: readonly DossierEvent[]): Map<string, DossierEvent[]> {
  const byActor = new Map<string, DossierEvent[]>();
  for (const event of events) {
    for (const id of event.actors) {
      const list = byActor.get(id);
      if (list) list.push(event);
      else byActor.set(id, [event]);
    }
  }
  return byActor;
}
