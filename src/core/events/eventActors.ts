// Which actors each event involves: those it is about (named in its dated clause, or the one its pronoun stands for), then the others of its sentence.
import type { Actor, LocalEntity } from '../actors';
import type { DossierEvent } from './eventList';

/**
 * Sets each event's actors as a snapshot merges the names: `about`, the actor its pronoun subject stands
 * for and those named in its `aboutSpan`, and `actors`, those first, then every other actor named in its sentence.
 */
export function setEventActors(record: { entities: LocalEntity[]; events: DossierEvent[] }, actorOf: (entity: LocalEntity) => Actor | undefined): void {
  if (record.events.length === 0) return;
  const actors = record.entities.map(actorOf);
  for (const event of record.events) {
    // Few events and few names per article: a scan of the names beats any map.
    const named: { id: string; start: number; rank: number }[] = [];
    record.entities.forEach((entity, e) => {
      const actor = actors[e];
      if (!actor) return;
      for (let i = 0; i < entity.mentions.length; i += 3) {
        if (entity.mentions[i + 2] !== event.sentence && !event.referent) continue; // most names: another sentence
        const start = entity.mentions[i];
        const rank = rankIn(event, start, entity.mentions[i + 1]);
        if (rank === undefined) continue;
        const seen = named.find((n) => n.id === actor.id);
        if (!seen) named.push({ id: actor.id, start, rank });
        else if (rank < seen.rank || (rank === seen.rank && start < seen.start)) Object.assign(seen, { start, rank });
      }
    });
    if (named.length > 1) named.sort((a, b) => a.rank - b.rank || a.start - b.start);
    event.actors = named.map((n) => n.id);
    event.about = named.filter((n) => n.rank < 2).map((n) => n.id);
  }
}

/** 0 for the name the pronoun stands for, 1 for a name the event is about, 2 for another of its sentence, undefined for none of these. */
function rankIn(event: DossierEvent, start: number, end: number): number | undefined {
  const { referent, aboutSpan } = event;
  if (referent && start < referent.end && referent.start < end) return 0;
  if (aboutSpan && aboutSpan.start <= start && end <= aboutSpan.end) return 1;
  return event.start <= start && end <= event.end ? 2 : undefined;
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
