// Which actors a list shows and in what order: the Actors view's sort and filter.
import type { Actor } from './actorTable';
import type { ActorType } from '../base';

export type ActorSort = 'mentions' | 'name';

export interface ActorFilter {
  /** Part of a name or alias, any case and accents. */
  text?: string;
  type?: ActorType;
}

export const typeLabels: Record<ActorType, string> = { person: 'People', organization: 'Organizations', place: 'Places' };

export function isFiltered(filter: ActorFilter): boolean {
  return !!filter.type || !!filter.text?.trim();
}

export function matchesFilter(actor: Actor, filter: ActorFilter): boolean {
  if (filter.type && actor.type !== filter.type) return false;
  const wanted = fold(filter.text ?? '');
  return wanted === '' || [actor.name, ...actor.aliases].some((name) => fold(name).includes(wanted));
}

/** Actors as the index lists them (most mentioned first) or A–Z. */
export function sortActors(actors: readonly Actor[], sort: ActorSort): Actor[] {
  if (sort === 'mentions') return [...actors];
  return [...actors].sort((a, b) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }) || a.id.localeCompare(b.id));
}

/** "People · “trump”": what a filter keeps, in a few words. */
export function describeFilter(filter: ActorFilter): string {
  const parts: string[] = [];
  if (filter.type) parts.push(typeLabels[filter.type]);
  if (filter.text?.trim()) parts.push(`“${filter.text.trim()}”`);
  return parts.join(' · ');
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}
