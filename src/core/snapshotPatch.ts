// Keeping an index snapshot current without merging all actors again: an edit that keeps an article's
// names only moves its mentions and events; and the helpers a full snapshot shares with that patch.
import { type Actor, forgetMentions, type Mention } from './actorTable';
import type { LocalEntity } from './articleActors';
import type { ArticleRecord, Snapshot } from './dossierIndex';
import { type DossierEvent, type EventList, insertSorted, removeSorted } from './eventList';

export function actorOfEntity(actorOfKey: Map<string, Actor>, path: string, entity: LocalEntity, check: boolean): Actor | undefined {
  const actor = actorOfKey.get(entity.key);
  // Only an entity that is part of the actor (not a rejected name that happens to be an alias).
  return actor && (!check || hasMention(actor.mentions, path, entity.mentions[0])) ? actor : undefined;
}

/** Sets each event's actors: those named in its sentence, in actor order. */
export function setEventActors(record: ArticleRecord, actorOf: (entity: LocalEntity) => Actor | undefined, rank: Map<string, number>): void {
  if (record.events.length === 0) return;
  const actorsBySentence = new Map<number, string[]>();
  for (const entity of record.entities) {
    const actor = actorOf(entity);
    if (!actor) continue;
    for (let i = 2; i < entity.mentions.length; i += 3) {
      const sentence = entity.mentions[i];
      const ids = actorsBySentence.get(sentence);
      if (!ids) actorsBySentence.set(sentence, [actor.id]);
      else if (!ids.includes(actor.id)) ids.push(actor.id);
    }
  }
  for (const event of record.events) {
    const ids = [...(actorsBySentence.get(event.sentence) ?? [])];
    if (ids.length > 1) ids.sort((a, b) => (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity));
    event.actors = ids;
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

/**
 * Updates a snapshot for an article whose new version has the same entities with the same spellings and
 * mention counts: actors, names and groups stay as they are, only the article's mentions and events change.
 * Returns false (and changes nothing) for any other edit, which needs a full rebuild.
 */
export function patchSnapshot(snapshot: Snapshot, old: ArticleRecord, record: ArticleRecord, eventList: EventList): boolean {
  if (!sameEntities(old.entities, record.entities)) return false;
  const path = record.path;
  const oldActors = new Map<string, Actor | undefined>();
  for (const entity of old.entities) oldActors.set(entity.key, actorOfEntity(snapshot.actorOfKey, path, entity, true));
  for (const actor of oldActors.values()) if (actor) forgetMentions(actor);
  setEventActors(record, (entity) => oldActors.get(entity.key), snapshot.rank);
  snapshot.events = eventList.list();
  if (snapshot.eventsByActor) {
    for (const id of new Set([...old.events, ...record.events].flatMap((e) => e.actors))) {
      const list = snapshot.eventsByActor.get(id) ?? [];
      for (const event of old.events) if (event.actors.includes(id)) removeSorted(list, event);
      insertSorted(list, record.events.filter((e) => e.actors.includes(id)));
      if (list.length > 0) snapshot.eventsByActor.set(id, list);
      else snapshot.eventsByActor.delete(id);
    }
  }
  snapshot.eventSearch = undefined;
  return true;
}

/** Same keys, type votes, spellings with counts, and surname status, in any order. */
function sameEntities(a: readonly LocalEntity[], b: readonly LocalEntity[]): boolean {
  if (a.length !== b.length) return false;
  const byKey = new Map(b.map((entity) => [entity.key, entity]));
  return a.every((x) => {
    const y = byKey.get(x.key);
    if (!y || x.surnameOnly !== y.surnameOnly || x.mentions.length === 0 || x.mentions.length !== y.mentions.length) return false;
    if (x.typeVotes.some((votes, i) => votes !== y.typeVotes[i])) return false;
    if (typeof x.spellings === 'string' || typeof y.spellings === 'string') return x.spellings === y.spellings;
    if (x.spellings.size !== y.spellings.size) return false;
    for (const [spelling, count] of x.spellings) if (y.spellings.get(spelling) !== count) return false;
    return true;
  });
}

/** The range of mentions of one path in a list sorted by path, then offset. */
function pathRange(mentions: readonly Mention[], path: string): [number, number] {
  const first = (after: boolean) => {
    let low = 0;
    let high = mentions.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      const p = mentions[mid].path;
      if (p < path || (after && p === path)) low = mid + 1;
      else high = mid;
    }
    return low;
  };
  return [first(false), first(true)];
}

function hasMention(mentions: readonly Mention[], path: string, start: number): boolean {
  const [from, to] = pathRange(mentions, path);
  for (let i = from; i < to; i++) if (mentions[i].start === start) return true;
  return false;
}
