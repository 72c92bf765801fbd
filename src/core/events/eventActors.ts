// Which actors each event involves: those named in its sentence, as a snapshot merges the names.
import type { Actor, LocalEntity } from '../actors';
import type { DossierEvent } from './eventList';

/** Sets each event's actors: those named in its sentence, in the order they are first named there. */
export function setEventActors(record: { entities: LocalEntity[]; events: DossierEvent[] }, actorOf: (entity: LocalEntity) => Actor | undefined): void {
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
