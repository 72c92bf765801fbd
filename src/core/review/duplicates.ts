// Actors that are likely one: a name that is another actor's alias ("NWA" alone, and Nordic Wind
// Alliance, which articles call NWA), an acronym and the longer name it stands for in the same articles
// ("AP" and "Associated Press"), spelling variants and plurals ("Al-Qaeda" and "al Qaeda", "Beatle"
// and "Beatles"), and a short name that only one longer name fits ("Mitsubishi" and "Mitsubishi
// Motors", "Hewitt" and "Patricia Hewitt").
import { type Actor, hasOrganizationHead, initials, words } from '../actors';
import type { DossierIndex } from '../indexing';

export interface Duplicate {
  actor: Actor;
  /** The actor to merge it into. */
  into: Actor;
  /** Why, in a few words: "acronym of Associated Press in 3 shared articles". */
  reason: string;
}

/** Names compared by their letters only: case, accents, spaces, punctuation and middle initials folded ("George W. Bush"). */
function letters(name: string): string {
  const parts = words(name);
  return parts
    .filter((word, i) => i === 0 || i === parts.length - 1 || word.replace(/\./g, '').length > 1)
    .join('')
    .normalize('NFD')
    .replace(/[^\p{L}\p{N}]/gu, '')
    .toLowerCase();
}

/** Capitals with at most `&`, dots or hyphens between them: "AP", "J&J", "U.K.", "UKIP". */
const acronym = /^\p{Lu}(?:[&.-]?\p{Lu}){1,7}\.?$/u;

/** Articles of an acronym looked at for the name it stands for. */
const maxArticles = 20;

/** Spellings this short differ too little to tell a variant from another name ("Hewitt", "Hewett"). */
const minVariantLength = 8;

/** Each actor that is likely another, with the one to merge it into; the busier actor takes the other in. */
export function findDuplicates(index: DossierIndex, actors: readonly Actor[]): Duplicate[] {
  const found = new Map<Actor, Duplicate>();
  const add = (actor: Actor, into: Actor, reason: string) => {
    if (actor !== into && !found.has(actor) && found.get(into)?.into !== actor) found.set(actor, { actor, into, reason });
  };
  for (const [actor, into] of aliasOwners(actors)) add(actor, into, `also a name of ${into.name}`);
  for (const actor of actors) {
    if (!acronym.test(actor.name)) continue;
    const match = acronymTarget(index, actor);
    if (match) add(actor, match.into, `acronym of ${match.into.name} in ${match.shared === 1 ? 'a shared article' : `${match.shared} shared articles`}`);
  }
  for (const [actor, into, reason] of variants(actors)) add(actor, into, reason);
  for (const [actor, into, reason] of shortNames(actors)) add(actor, into, reason);
  return [...found.values()];
}

/**
 * Actors whose name is an alias of exactly one other actor (of its type, or any type for an acronym)
 * that is named more, or that the acronym stands for ("Microsoft" is no part of "Microsoft Word").
 */
function* aliasOwners(actors: readonly Actor[]): Generator<[Actor, Actor]> {
  const owners = new Map<string, Actor[]>();
  for (const actor of actors) {
    for (const alias of actor.aliases) {
      const list = owners.get(letters(alias));
      if (!list) owners.set(letters(alias), [actor]);
      else if (!list.includes(actor)) list.push(actor);
    }
  }
  for (const actor of actors) {
    const others = owners.get(letters(actor.name))?.filter((other) => other !== actor && (other.type === actor.type || acronym.test(actor.name)));
    const into = others?.length === 1 ? others[0] : undefined;
    if (into && (into.mentionCount >= actor.mentionCount || (acronym.test(actor.name) && standsFor(letters(actor.name).toUpperCase(), into.name)))) yield [actor, into];
  }
}

/** The longer name an acronym stands for among the actors of its articles, and in how many articles. */
function acronymTarget(index: DossierIndex, actor: Actor): { into: Actor; shared: number } | undefined {
  const short = letters(actor.name).toUpperCase();
  const shared = new Map<Actor, number>();
  // The first articles tell enough ("US" is named in thousands).
  for (const path of [...new Set(actor.mentions.map((mention) => mention.path))].slice(0, maxArticles)) {
    for (const other of index.actorsIn(path)) {
      if (other !== actor && other.type !== 'person' && other.name.includes(' ') && standsFor(short, other.name)) shared.set(other, (shared.get(other) ?? 0) + 1);
    }
  }
  let best: { into: Actor; shared: number } | undefined;
  for (const [into, count] of shared) if (!best || count > best.shared || (count === best.shared && into.mentionCount > best.into.mentionCount)) best = { into, shared: count };
  return best;
}

/**
 * Whether an acronym's letters are a name's initials, a word in capitals giving all its letters: "AP"
 * Associated Press, "J&J" Johnson & Johnson, "UKIP" UK Independence Party.
 */
function standsFor(short: string, name: string): boolean {
  const parts = words(name).filter((word) => /^\p{Lu}/u.test(word));
  if (parts.some((word) => letters(word).toUpperCase() === short)) return false; // "BT" is not short for "BT Together"
  if (initials(name).toUpperCase() === short) return true;
  return parts.length > 1 && parts.map((word) => (acronym.test(word) ? letters(word) : word[0])).join('').toUpperCase() === short;
}

/** Pairs of actors of one spelling but for case, accents, punctuation, a plural's "s" or one letter. */
function* variants(actors: readonly Actor[]): Generator<[Actor, Actor, string]> {
  const byLetters = new Map<string, Actor>();
  /** Long names by type, number of words and first or last word (one of which two names a letter apart share). */
  const byNeighbours = new Map<string, Actor[]>();
  // Most mentioned first: an actor joins the first one of its spelling.
  for (const actor of actors) {
    const key = letters(actor.name);
    if (key.length < 3) continue;
    const plural = byLetters.get(key + 's') ?? byLetters.get(key + 'es') ?? (key.endsWith('s') ? byLetters.get(key.slice(0, -1)) : undefined);
    const same = byLetters.get(key) ?? plural;
    if (same) {
      // Of two types, the team and its city: the actor table keeps those apart on purpose.
      if (same.type === actor.type) yield [actor, same, same === plural ? `plural or singular of ${same.name}` : `another spelling of ${same.name}`];
      continue;
    }
    byLetters.set(key, actor);
    if (key.length < minVariantLength) continue;
    const parts = words(actor.name);
    const neighbours = parts.length === 1 ? [`${actor.type} ${key.slice(0, 2)}`] : [`${actor.type} ${parts.length} ^${parts[0]}`, `${actor.type} ${parts.length} $${parts[parts.length - 1]}`];
    const close = neighbours.flatMap((group) => byNeighbours.get(group) ?? []).find((other) => oneLetterApart(parts, words(other.name)));
    if (close) {
      yield [actor, close, `another spelling of ${close.name}`];
      continue;
    }
    for (const group of neighbours) {
      const list = byNeighbours.get(group);
      if (list) list.push(actor);
      else byNeighbours.set(group, [actor]);
    }
  }
}

/** Whether two names differ by one letter in one word, one longer than three letters and not its first ("Damien", "Damian"; not "Eyre", "Gere"). */
function oneLetterApart(x: string[], y: string[]): boolean {
  if (x.length !== y.length) return false;
  let differing = -1;
  for (let i = 0; i < x.length; i++) {
    if (x[i] === y[i]) continue;
    if (differing >= 0) return false;
    differing = i;
  }
  if (differing < 0) return false;
  const [u, v] = [x[differing], y[differing]];
  return u[0] === v[0] && u.length > 3 && v.length > 3 && editedOnce(u, v);
}

/** Whether one letter changed, added or left out makes one word the other. */
function editedOnce(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let start = 0;
  while (start < a.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  return endA - start <= 1 && endB - start <= 1;
}

/**
 * A one-word name that exactly one longer name of its type fits, and that is named less than it: a
 * person's surname ("Hewitt" and "Patricia Hewitt"), or an organization's first word where the longer
 * name ends like a company's ("Mitsubishi" and "Mitsubishi Motors", not "Microsoft" and "Microsoft Outlook").
 */
function* shortNames(actors: readonly Actor[]): Generator<[Actor, Actor, string]> {
  const fitting = new Map<string, Actor[]>();
  const wordOf = (actor: Actor, parts: string[]) => `${actor.type}|${letters(actor.type === 'person' ? parts[parts.length - 1] : parts[0])}`;
  for (const actor of actors) {
    const parts = words(actor.name);
    if (parts.length < 2 || actor.type === 'place' || (actor.type === 'organization' && !hasOrganizationHead(actor.name))) continue;
    const key = wordOf(actor, parts);
    const list = fitting.get(key);
    if (list) list.push(actor);
    else fitting.set(key, [actor]);
  }
  for (const actor of actors) {
    const parts = words(actor.name);
    if (parts.length !== 1 || actor.type === 'place') continue;
    const candidates = fitting.get(wordOf(actor, parts));
    if (candidates?.length !== 1 || candidates[0].mentionCount < actor.mentionCount) continue;
    yield [actor, candidates[0], actor.type === 'person' ? `the one full name with this surname: ${candidates[0].name}` : `the one longer name: ${candidates[0].name}`];
  }
}
