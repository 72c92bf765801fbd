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
  const actors = record.entities.map(actorOf);
  for (const event of record.events) {
    // Few events and few names per article: a scan of the names beats any map.
    const named: { id: string; start: number }[] = [];
    record.entities.forEach((entity, e) => {
      const actor = actors[e];
      if (!actor) return;
      for (let i = 0; i < entity.mentions.length; i += 3) {
        if (entity.mentions[i + 2] !== event.sentence) continue;
        const start = entity.mentions[i];
        const seen = named.find((n) => n.id === actor.id);
        if (!seen) named.push({ id: actor.id, start });
        else if (start < seen.start) seen.start = start;
      }
    });
    event.actors = named.length > 1 ? named.sort((a, b) => a.start - b.start).map((n) => n.id) : named.map((n) => n.id);
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
