// Merges the entities of all articles into actors, one per real-world person, organization or place.
import { commonSpelling, type LocalEntity, mentionCount, type Spellings, typeOf } from './articleActors';
import type { Curation } from './curation';
import { countWords, isAcronym, nameKey, wellKnownName, wellKnownType, words } from './names';
import type { ActorType } from './types';

export interface Mention {
  path: string;
  start: number;
  end: number;
  /** Index of the sentence in the article. */
  sentence: number;
}

export interface Actor {
  id: string;
  name: string;
  type: ActorType;
  /** Other names the actor goes by in the texts or in the curation file. */
  aliases: string[];
  /** Every mention in the sources, by article path and offset (gathered when first asked for). */
  readonly mentions: Mention[];
  mentionCount: number;
  articleCount: number;
  /** Named or corrected in the curation file. */
  curated: boolean;
}

interface Entry {
  key: string;
  typeVotes: number[];
  spellings: Map<string, number>;
  articles: Map<string, LocalEntity>;
  /** Bumped on every change, so a later build can tell what changed since the last one. */
  version: number;
  /** One-word names the entry's articles write for it, with article counts, as of `linksVersion`. */
  links?: Map<string, number>;
  linksVersion?: number;
}

export interface ActorSnapshot {
  actors: Actor[];
  byId: Map<string, Actor>;
  /** The actor each name key belongs to. */
  actorOfKey: Map<string, Actor>;
  /** What the next build may reuse: each actor with the entries (and their versions) it was made of. */
  built: Map<string, BuiltActor>;
  curation: Curation;
  /** Name keys whose actor is another (or none) than in the snapshot this one was built from; undefined after a build from scratch. */
  changedKeys?: Set<string>;
}

interface BuiltActor {
  actor: MergedActor;
  entries: readonly Entry[];
  versions: number[];
}

export class ActorTable {
  private readonly entries = new Map<string, Entry>();

  addArticle(path: string, entities: readonly LocalEntity[]): void {
    for (const entity of entities) {
      let entry = this.entries.get(entity.key);
      if (!entry) {
        entry = { key: entity.key, typeVotes: [0, 0, 0], spellings: new Map(), articles: new Map(), version: 0 };
        this.entries.set(entity.key, entry);
      }
      entry.version++;
      addCounts(entry.spellings, entity.spellings, mentionCount(entity), 1);
      for (let i = 0; i < 3; i++) entry.typeVotes[i] += entity.typeVotes[i];
      entry.articles.set(path, entity);
    }
  }

  /** The articles that name a key. */
  pathsOf(key: string): string[] {
    return [...(this.entries.get(key)?.articles.keys() ?? [])];
  }

  removeArticle(path: string, entities: readonly LocalEntity[]): void {
    for (const entity of entities) {
      const entry = this.entries.get(entity.key);
      if (!entry || entry.articles.get(path) !== entity) continue;
      entry.version++;
      for (let i = 0; i < 3; i++) entry.typeVotes[i] -= entity.typeVotes[i];
      addCounts(entry.spellings, entity.spellings, mentionCount(entity), -1);
      entry.articles.delete(path);
      if (entry.articles.size === 0) this.entries.delete(entity.key);
    }
  }

  /**
   * Merges the entries into actors. Given the previous snapshot, an actor whose entries did not change
   * is reused as it was, so a small edit costs little more than the actors it touches.
   */
  build(curation: Curation, previous?: ActorSnapshot): ActorSnapshot {
    const reusable = previous?.curation === curation ? previous.built : undefined;
    const redirects = this.redirects(curation);
    const rejected = new Set(curation.rejects.map((name) => nameKey(name)));
    const curatedByKey = new Map(curation.actors.map((actor) => [nameKey(actor.name, actor.type), actor]));
    const groups = new Map<string, Entry[]>();
    for (const entry of this.entries.values()) {
      const root = resolve(entry.key, redirects);
      if (rejected.has(root) || rejected.has(entry.key)) continue;
      const group = groups.get(root);
      if (group) group.push(entry);
      else groups.set(root, [entry]);
    }
    const actors: MergedActor[] = []; // in the order of their groups (aliases go to the first actor that has them)
    const byId = new Map<string, Actor>();
    const actorOfKey = new Map<string, Actor>();
    const built = new Map<string, BuiltActor>();
    const touched = new Set<string>(); // with a previous snapshot: keys of the entries of actors made again, before and now
    for (const [root, group] of groups) {
      const old = reusable?.get(root);
      let actor: MergedActor | undefined;
      if (old && sameEntries(old, group) && !byId.has(old.actor.id)) {
        actor = old.actor;
        built.set(root, old);
      } else {
        actor = makeActor(root, group, curatedByKey.get(root), byId);
        if (!actor) continue;
        if (reusable) for (const entry of [...group, ...(old?.entries ?? [])]) touched.add(entry.key);
        built.set(root, { actor, entries: group, versions: group.map((entry) => entry.version) });
      }
      actors.push(actor);
      byId.set(actor.id, actor);
      for (const entry of group) actorOfKey.set(entry.key, actor);
      actorOfKey.set(root, actor);
    }
    for (const [root, old] of reusable ?? []) if (!built.has(root)) for (const entry of old.entries) touched.add(entry.key);
    for (const curated of curation.actors) this.addCuratedWithoutMentions(curated, actorOfKey, actors, byId, rejected);
    for (const actor of actors) {
      for (const key of actor.aliasKeys) if (!actorOfKey.has(key)) actorOfKey.set(key, actor);
    }
    const sorted = reusable ? keepOrder(previous!.actors, actors, byId) : actors.sort(byMentionsThenName);
    const changedKeys = reusable && new Set([...touched].filter((key) => previous!.actorOfKey.get(key)?.id !== actorOfKey.get(key)?.id));
    return { actors: sorted, byId, actorOfKey, built, curation, changedKeys };
  }

  private addCuratedWithoutMentions(
    curated: Curation['actors'][number],
    actorOfKey: Map<string, Actor>,
    actors: MergedActor[],
    byId: Map<string, Actor>,
    rejected: Set<string>,
  ): void {
    const key = nameKey(curated.name, curated.type);
    if (actorOfKey.has(key) || rejected.has(key)) return;
    const actor = new MergedActor(uniqueId(key, byId), curated.name, curated.type ?? 'person', [...curated.aliases], 0, 0, true, []);
    actors.push(actor);
    byId.set(actor.id, actor);
    actorOfKey.set(key, actor);
  }

  /** Which name keys fold into which: the user's merges and aliases first, then surnames and acronyms. */
  private redirects(curation: Curation): Map<string, string> {
    const redirects = new Map<string, string>();
    for (const actor of curation.actors) {
      const root = nameKey(actor.name, actor.type);
      for (const alias of actor.aliases) setRedirect(redirects, nameKey(alias, actor.type), root);
    }
    for (const merge of curation.merges) {
      const root = nameKey(merge.into);
      for (const name of merge.names) setRedirect(redirects, nameKey(name), root);
    }
    // A one-word name joins the longer name that articles link it to ("Trump" in "Donald Trump … Trump",
    // "AFP" in "Agence France-Presse (AFP)"), never one that merely shares initials or a first name.
    const links = linkedShortForms(this.entries.values());
    for (const entry of this.entries.values()) {
      if (redirects.has(entry.key) || entry.key.includes(' ')) continue;
      const link = links.get(entry.key);
      if (link && mayFold(entry, link)) redirects.set(entry.key, link.entry.key);
    }
    return redirects;
  }
}

/** Adds (sign 1) or takes away (sign -1) an entity's spelling counts. */
function addCounts(into: Map<string, number>, spellings: Spellings, mentions: number, sign: 1 | -1): void {
  const add = (spelling: string, count: number) => {
    const total = (into.get(spelling) ?? 0) + sign * count;
    if (total > 0) into.set(spelling, total);
    else into.delete(spelling);
  };
  if (typeof spellings === 'string') add(spellings, mentions);
  else for (const [spelling, count] of spellings) add(spelling, count);
}

interface Link {
  entry: Entry;
  /** Articles in which the one-word name stands for `entry`. */
  articles: number;
}

/** One-word names (surnames, short forms, acronyms) by the longer name most articles link them to. */
function linkedShortForms(entries: Iterable<Entry>): Map<string, Link> {
  const links = new Map<string, Link>();
  for (const entry of entries) {
    if (!entry.key.includes(' ')) continue;
    if (entry.linksVersion !== entry.version) {
      entry.links = oneWordNames(entry);
      entry.linksVersion = entry.version;
    }
    for (const [key, articles] of entry.links ?? []) {
      const current = links.get(key);
      if (!current || articles > current.articles) links.set(key, { entry, articles });
    }
  }
  return links;
}

/** The one-word names a long name's articles also write (by name key), with the number of such articles; none for most. */
function oneWordNames(entry: Entry): Map<string, number> | undefined {
  const type = typeOf(entry);
  let counts: Map<string, number> | undefined;
  const count = (spelling: string) => {
    if (spelling.includes(' ')) return;
    const key = nameKey(spelling, type);
    if (key === entry.key) return;
    counts ??= new Map();
    counts.set(key, (counts.get(key) ?? 0) + 1);
  };
  for (const { spellings } of entry.articles.values()) {
    if (typeof spellings === 'string') count(spellings);
    else for (const spelling of spellings.keys()) count(spelling);
  }
  return counts;
}

/**
 * A person's one-word name folds by surname (or a family name written first, when the surname is
 * never used alone); another name only into one of its type (acronyms excepted) and when articles
 * link it at least a quarter as often as they use it alone — "Labour" joins "Labour Party", but "PC" in tech news does not join "Paris Club".
 */
function mayFold(entry: Entry, link: Link): boolean {
  const type = typeOf(entry);
  const targetType = typeOf(link.entry);
  if (type === 'person' || targetType === 'person') {
    if (type !== targetType) return false;
    const parts = link.entry.key.split(' ');
    const surname = parts[parts.length - 1];
    if (entry.key === surname) return true;
    return entry.key === parts[0] && ![...link.entry.spellings.keys()].some((spelling) => nameKey(spelling, 'person') === surname);
  }
  if (type !== targetType && !isAcronym(commonSpelling(entry.spellings))) return false;
  return link.articles * 4 >= entry.articles.size;
}

/** A person goes by the full name most written; others by their most common spelling. */
function displayName(spellings: Map<string, number>, type: ActorType): string {
  if (type !== 'person') return commonSpelling(spellings);
  return commonSpelling(spellings, isFullName) || commonSpelling(spellings);
}

/** A person's name of several words, not in capitals: "Donald Trump", not "Trump" or "DONALD TRUMP". */
function isFullName(spelling: string): boolean {
  return countWords(spelling) > 1 && spelling !== spelling.toUpperCase();
}

/**
 * The spellings worth matching as the actor's names: not a given name alone when the surname is
 * used ("Tony" for Tony Blair), nor an acronym in other case ("Us" for "US").
 */
function aliasesOf(name: string, type: ActorType, spellings: Map<string, number>): string[] {
  const all = [...spellings.keys()];
  const parts = words(name);
  const givenName = type === 'person' && parts.length > 1 && all.includes(parts[parts.length - 1]) ? parts[0] : undefined;
  const acronyms = new Set(all.filter(isAcronym).map((spelling) => spelling.toLowerCase()));
  return all.filter(
    (spelling) => spelling !== givenName && !(acronyms.has(spelling.toLowerCase()) && !isAcronym(spelling)),
  );
}

/** The actor a group of entries makes, under a fresh id; none for a group without mentions (unless curated). */
function makeActor(root: string, group: readonly Entry[], curated: Curation['actors'][number] | undefined, byId: Map<string, Actor>): MergedActor | undefined {
  const { votes, spellings, mentionCount, articleCount } = combine(group);
  if (mentionCount === 0 && !curated) return undefined;
  const rootEntry = group.find((entry) => entry.key === root);
  const type = curated?.type ?? wellKnownType(root) ?? typeOf({ typeVotes: votes });
  const name = curated?.name ?? wellKnownName(root) ?? displayName(rootEntry?.spellings ?? spellings, type);
  const aliases = new Set(aliasesOf(name, type, spellings));
  for (const alias of curated?.aliases ?? []) aliases.add(alias);
  aliases.delete(name);
  const sortedAliases = aliases.size > 1 ? [...aliases].sort() : [...aliases];
  return new MergedActor(uniqueId(root, byId), name, type, sortedAliases, mentionCount, articleCount, curated !== undefined, group);
}

function sameEntries(old: BuiltActor, group: readonly Entry[]): boolean {
  if (old.entries.length !== group.length) return false;
  for (let i = 0; i < group.length; i++) if (old.entries[i] !== group[i] || old.versions[i] !== group[i].version) return false;
  return true;
}

/** The actors in order: those kept from the previous snapshot stay in its order, new ones are put in place. */
function keepOrder(previous: readonly Actor[], actors: readonly Actor[], byId: Map<string, Actor>): Actor[] {
  const sorted = previous.filter((actor) => byId.get(actor.id) === actor);
  const kept = new Set(sorted);
  for (const actor of actors) {
    if (kept.has(actor)) continue;
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (byMentionsThenName(sorted[mid], actor) <= 0) low = mid + 1;
      else high = mid;
    }
    sorted.splice(low, 0, actor);
  }
  return sorted;
}

const collator = new Intl.Collator();

function byMentionsThenName(a: Actor, b: Actor): number {
  return b.mentionCount - a.mentionCount || collator.compare(a.name, b.name);
}

/** An actor of a snapshot; its mentions (most of a snapshot's weight) are gathered from its entries when first asked for. */
class MergedActor implements Actor {
  private gathered: Mention[] | undefined;
  /** Name keys of the aliases, under which the actor is found when no entry has them. */
  readonly aliasKeys: string[];

  constructor(
    readonly id: string,
    readonly name: string,
    readonly type: ActorType,
    readonly aliases: string[],
    readonly mentionCount: number,
    readonly articleCount: number,
    readonly curated: boolean,
    private readonly entries: readonly Entry[],
  ) {
    this.aliasKeys = aliases.map((alias) => nameKey(alias, type));
  }

  get mentions(): Mention[] {
    if (!this.gathered) {
      const mentions: Mention[] = [];
      for (const entry of this.entries) {
        for (const [path, entity] of entry.articles) {
          const m = entity.mentions;
          for (let i = 0; i < m.length; i += 3) mentions.push({ path, start: m[i], end: m[i + 1], sentence: m[i + 2] });
        }
      }
      this.gathered = inOrder(mentions) ? mentions : mentions.sort(compareMentions);
    }
    return this.gathered;
  }

  forgetMentions(): void {
    this.gathered = undefined;
  }
}

/** After an article's mentions moved (same names, same counts): the actor gathers its mentions again when asked. */
export function forgetMentions(actor: Actor): void {
  if (actor instanceof MergedActor) actor.forgetMentions();
}

/** Votes, spellings, mention and article counts of the entries that make one actor. */
function combine(group: readonly Entry[]): { votes: number[]; spellings: Map<string, number>; mentionCount: number; articleCount: number } {
  let mentions = 0;
  for (const entry of group) for (const entity of entry.articles.values()) mentions += mentionCount(entity);
  // Most actors have one entry: its own counts serve as they are (they are only read).
  if (group.length === 1) return { votes: group[0].typeVotes, spellings: group[0].spellings, mentionCount: mentions, articleCount: group[0].articles.size };
  const votes = [0, 0, 0];
  const spellings = new Map<string, number>();
  const paths = new Set<string>();
  for (const entry of group) {
    for (let i = 0; i < 3; i++) votes[i] += entry.typeVotes[i];
    for (const [spelling, count] of entry.spellings) spellings.set(spelling, (spellings.get(spelling) ?? 0) + count);
    for (const path of entry.articles.keys()) paths.add(path);
  }
  return { votes, spellings, mentionCount: mentions, articleCount: paths.size };
}

function compareMentions(a: Mention, b: Mention): number {
  return a.path === b.path ? a.start - b.start : a.path < b.path ? -1 : 1;
}

/** Whether mentions are already sorted (sorting allocates, and most actors' mentions are). */
function inOrder(mentions: readonly Mention[]): boolean {
  for (let i = 1; i < mentions.length; i++) if (compareMentions(mentions[i - 1], mentions[i]) > 0) return false;
  return true;
}

function setRedirect(redirects: Map<string, string>, from: string, to: string): void {
  if (from !== to) redirects.set(from, to);
}

function resolve(key: string, redirects: Map<string, string>): string {
  let current = key;
  for (let hops = 0; hops < 8; hops++) {
    const next = redirects.get(current);
    if (next === undefined) return current;
    current = next;
  }
  return current;
}

const notLetterOrDigit = /[^\p{L}\p{N}]+/gu;

function uniqueId(key: string, taken: Map<string, unknown>): string {
  const base = key.replace(notLetterOrDigit, '-').replace(/^-|-$/g, '') || 'actor';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

