// Merges the entities of all articles into actors, one per real-world person, organization or place.
import { commonSpelling, type LocalEntity, mentionCount, mergedTypeOf, type Spellings } from './articleActors';
import { type Doubt, doubtsOf, type WeakName } from './confidence';
import type { Curation } from './curation';
import { baseKey, countWords, hasOrganizationHead, initials, isAcronym, keyType, nameKey, typedKey, wellKnownName, wellKnownType, words } from './names';
import { countOneWordSpellings, type NameEntry, ShortForms } from './shortForms';
import { type ActorType, actorTypes, withChanges } from '../base';

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
  /** Mentions read as each type, in the order of `actorTypes`. */
  typeVotes: readonly number[];
  /** Why Dossier is unsure of it: none for most actors, and for curated and well-known ones. */
  readonly doubts: readonly Doubt[];
}

interface Entry extends NameEntry {
  articles: Map<string, LocalEntity>;
  /** Mentions in all its articles. */
  mentionCount: number;
}

export interface ActorSnapshot {
  /** Most mentioned first. */
  actors: Actor[];
  byId: Map<string, Actor>;
  /** The actor each name key of an entry belongs to (aliases aside). */
  actorOfKey: Map<string, Actor>;
  /** Actors the snapshot has that the one it was made from has not, and those it dropped. */
  added: Actor[];
  removed: Actor[];
  /** Whether made from the previous snapshot (otherwise from scratch). */
  fromPrevious: boolean;
  /** Name keys whose actor has another id (or none) than in the snapshot this one was made from. */
  changedKeys: Set<string>;
  /** What the next snapshot may reuse. */
  reuse: Reusable;
}

interface Reusable {
  curation: Curation;
  redirects: Map<string, string>;
  /** Each actor by its root key, with the entries it was made of. */
  built: Map<string, { actor: MergedActor; entries: readonly Entry[] }>;
  /** The root of each entry's actor. */
  rootOf: Map<string, string>;
  /** Curated actors no source names yet, under their keys: made afresh by every build. */
  unmentioned: { key: string; actor: MergedActor }[];
}

export class ActorTable {
  private readonly entries = new Map<string, Entry>();
  /** The entries of each name key as every type it is read as (most names: one). */
  private readonly variants = new Map<string, Entry[]>();
  private readonly shortForms = new ShortForms();
  /** Keys of the entries added, changed or removed since the last build. */
  private readonly dirty = new Set<string>();
  private serials = 0;
  private builds = 0;

  addArticle(path: string, entities: readonly LocalEntity[]): void {
    for (const entity of entities) {
      let entry = this.entries.get(entity.key);
      if (!entry) {
        entry = { key: entity.key, serial: this.serials++, typeVotes: [0, 0, 0], spellings: new Map(), articles: new Map(), mentionCount: 0 };
        this.entries.set(entity.key, entry);
        const base = baseKey(entity.key);
        const variants = this.variants.get(base);
        if (variants) variants.push(entry);
        else this.variants.set(base, [entry]);
        if (entity.key.includes(' ')) entry.oneWordSpellings = new Map();
      }
      entity.key = entry.key; // one string for all articles: lookups by key compare it by reference, and the copies go
      this.changed(entry);
      addCounts(entry.spellings, entity.spellings, mentionCount(entity), 1);
      entry.mentionCount += mentionCount(entity);
      if (entry.oneWordSpellings) countOneWordSpellings(entry.oneWordSpellings, entity.spellings, 1);
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
      this.changed(entry);
      for (let i = 0; i < 3; i++) entry.typeVotes[i] -= entity.typeVotes[i];
      addCounts(entry.spellings, entity.spellings, mentionCount(entity), -1);
      entry.mentionCount -= mentionCount(entity);
      if (entry.oneWordSpellings) countOneWordSpellings(entry.oneWordSpellings, entity.spellings, -1);
      entry.articles.delete(path);
      if (entry.articles.size === 0) {
        this.entries.delete(entity.key);
        const base = baseKey(entity.key);
        const variants = this.variants.get(base)!.filter((other) => other !== entry);
        if (variants.length > 0) this.variants.set(base, variants);
        else this.variants.delete(base);
      }
    }
  }

  /**
   * Merges the entries into actors. Made from the previous snapshot, only the actors whose entries
   * changed (or whose one-word names now fold elsewhere) are made again; the rest are kept as they
   * were, so an edit costs what it touches, not what the workspace holds.
   */
  build(curation: Curation, previous?: ActorSnapshot): ActorSnapshot {
    const redirects = this.redirects(curation);
    const rejected = new Set(curation.rejects.flatMap(typedKeys));
    const curatedByKey = new Map(curation.actors.map((actor) => [this.keyOf(actor.name, actor.type), actor]));
    const base = previous && this.reusable(previous.reuse, curation, redirects) ? previous : undefined;
    const changed = base ? new Set([...this.dirty, ...foldsChanged(base.reuse.redirects, redirects)]) : new Set(this.entries.keys());
    this.dirty.clear();
    this.builds++;
    // The previous snapshot is not used again: its maps are changed in place.
    const reuse: Reusable = { curation, redirects, built: base?.reuse.built ?? new Map(), rootOf: base?.reuse.rootOf ?? new Map(), unmentioned: [] };
    const byId = base?.byId ?? new Map<string, Actor>();
    const actorOfKey = base?.actorOfKey ?? new Map<string, Actor>();
    const idsBefore = new Map<string, string | undefined>(); // with a previous snapshot: the actor ids of the keys made again
    const removed: MergedActor[] = [];
    for (const { key, actor } of base?.reuse.unmentioned ?? []) {
      removed.push(actor);
      byId.delete(actor.id);
      idsBefore.set(key, actor.id);
      actorOfKey.delete(key);
    }
    // The groups to make again: those that had or now have a changed key.
    const groups = new Map<string, Entry[]>();
    const groupOf = (root: string) => {
      let group = groups.get(root);
      if (!group) {
        const old = reuse.built.get(root);
        groups.set(root, (group = old ? old.entries.filter((entry) => !changed.has(entry.key)) : []));
      }
      return group;
    };
    for (const key of changed) {
      const oldRoot = reuse.rootOf.get(key);
      if (oldRoot !== undefined) groupOf(oldRoot);
      const entry = this.entries.get(key);
      const root = entry && resolve(key, redirects);
      if (entry && root !== undefined && !rejected.has(root) && !rejected.has(key)) groupOf(root).push(entry);
    }
    for (const root of groups.keys()) {
      const old = reuse.built.get(root);
      if (!old) continue;
      removed.push(old.actor);
      reuse.built.delete(root);
      byId.delete(old.actor.id);
      for (const key of [root, ...old.actor.entryKeys]) {
        if (actorOfKey.get(key) === old.actor) {
          idsBefore.set(key, old.actor.id);
          actorOfKey.delete(key);
        }
        if (reuse.rootOf.get(key) === root) reuse.rootOf.delete(key);
      }
    }
    const added: MergedActor[] = [];
    const weakName = (entry: Entry) => this.weakName(entry, redirects);
    for (const [root, group] of groups) {
      if (group.length > 1) group.sort((a, b) => a.serial - b.serial); // as the table lists them, whatever the history
      const actor = makeActor(root, group, curatedByKey.get(root), byId, weakName);
      if (!actor) continue;
      added.push(actor);
      byId.set(actor.id, actor);
      reuse.built.set(root, { actor, entries: group });
      for (const key of [root, ...actor.entryKeys]) {
        if (base && !idsBefore.has(key)) idsBefore.set(key, actorOfKey.get(key)?.id);
        actorOfKey.set(key, actor);
        reuse.rootOf.set(key, root);
      }
    }
    for (const curated of curation.actors) {
      const key = this.keyOf(curated.name, curated.type);
      if (actorOfKey.has(key) || rejected.has(key)) continue;
      const actor = new MergedActor(uniqueId(baseKey(key), byId), curated.name, curated.type ?? 'person', [...curated.aliases], 0, 0, true, [], [0, 0, 0], undefined);
      added.push(actor);
      byId.set(actor.id, actor);
      if (base && !idsBefore.has(key)) idsBefore.set(key, undefined);
      actorOfKey.set(key, actor);
      reuse.unmentioned.push({ key, actor });
    }
    const actors = withChanges(base?.actors ?? [], removed, added, byMentionsThenName);
    const changedKeys = new Set([...idsBefore].filter(([key, id]) => actorOfKey.get(key)?.id !== id).map(([key]) => key));
    return { actors, byId, actorOfKey, added, removed, fromPrevious: base !== undefined, changedKeys, reuse };
  }

  /** Whether a snapshot's actors can be reused: same curation, and no changed fold that others lead through. */
  private reusable(reuse: Reusable, curation: Curation, redirects: Map<string, string>): boolean {
    if (reuse.curation !== curation) return false;
    const targets = new Set([...redirects.values(), ...reuse.redirects.values()]);
    return !foldsChanged(reuse.redirects, redirects).some((key) => targets.has(key));
  }

  /** The entry as a name that joined its actor by a short form on weak evidence: linked to it in fewer than half its articles. */
  private weakName(entry: Entry, redirects: Map<string, string>): WeakName | undefined {
    const fold = this.shortForms.foldOf(entry.key);
    if (!fold || redirects.get(entry.key) !== fold.into || fold.articles * 2 >= entry.articles.size) return undefined;
    return { name: commonSpelling(entry.spellings), linked: fold.articles, articles: entry.articles.size };
  }

  private changed(entry: Entry): void {
    if (this.builds === 0) return; // before the first build, everything is new anyway
    this.dirty.add(entry.key);
    this.shortForms.changed(entry);
  }

  /** The key a name has as a type, or as the type it is read as most (a person when no article names it). */
  private keyOf(name: string, type?: ActorType): string {
    if (type) return typedKey(nameKey(name, type), type);
    return this.present(name).reduce<Entry | undefined>((best, entry) => (!best || entry.mentionCount > best.mentionCount ? entry : best), undefined)?.key ?? typedKey(nameKey(name, 'person'), 'person');
  }

  /** The entries of a name as any type. */
  private present(name: string): Entry[] {
    return typedKeys(name).flatMap((key) => this.entries.get(key) ?? []);
  }

  /**
   * Which name keys fold into which: the user's merges, aliases and types first (a curated actor takes
   * its name as every type), then surnames and acronyms, then a name read as two types where one is not
   * well attested.
   */
  private redirects(curation: Curation): Map<string, string> {
    const redirects = new Map<string, string>();
    const foldNames = (names: readonly string[], root: string) => {
      for (const name of names) for (const entry of this.present(name)) setRedirect(redirects, entry.key, root);
    };
    for (const actor of curation.actors) foldNames([actor.name, ...actor.aliases], this.keyOf(actor.name, actor.type));
    for (const merge of curation.merges) foldNames(merge.names, this.keyOf(merge.into));
    // A one-word name joins the longer name that articles link it to ("Trump" in "Donald Trump … Trump",
    // "AFP" in "Agence France-Presse (AFP)"), never one that merely shares initials or a first name.
    // A curated name is an actor of its own: "Sony" made one stays apart from "Sony PlayStation".
    const curatedKeys = new Set(curation.actors.map((actor) => this.keyOf(actor.name, actor.type)));
    for (const [key, target] of this.shortForms.update(this.entries, this.builds === 0)) if (!redirects.has(key) && !curatedKeys.has(key)) redirects.set(key, target);
    for (const [base, variants] of this.variants) {
      if (variants.length < 2) continue;
      const open = variants.filter((entry) => !redirects.has(entry.key));
      if (open.length < 2) continue;
      const main = open.reduce((best, entry) => (entry.mentionCount > best.mentionCount || (entry.mentionCount === best.mentionCount && entry.serial < best.serial) ? entry : best));
      for (const entry of open) if (entry !== main && !wellAttested(entry, main, base)) redirects.set(entry.key, main.key);
    }
    return redirects;
  }
}

/**
 * Whether a name read as another type than its main one is an actor of its own. An organization and a
 * place of one name are often both real (Chicago the team and the city, a country and its team): apart
 * from two mentions on, or one beside a name not much more written. A person beside another type is more often misread: one word never stands
 * apart (people are named in full), a longer name in two articles and three mentions, a fifth as often.
 */
function wellAttested(entry: Entry, main: Entry, base: string): boolean {
  const people = keyType(entry.key) === 'person' || keyType(main.key) === 'person';
  if (!people) return entry.mentionCount >= 2 || entry.mentionCount * 20 >= main.mentionCount;
  if (!base.includes(' ')) return false;
  return entry.articles.size >= 2 && entry.mentionCount >= 3 && entry.mentionCount * 5 >= main.mentionCount;
}

/** The keys of a name as each type. */
function typedKeys(name: string): string[] {
  return actorTypes.map((type) => typedKey(nameKey(name, type), type));
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
function makeActor(
  root: string,
  group: readonly Entry[],
  curated: Curation['actors'][number] | undefined,
  byId: Map<string, Actor>,
  weakName: (entry: Entry) => WeakName | undefined,
): MergedActor | undefined {
  const { votes, spellings, mentionCount, articleCount } = combine(group);
  if (mentionCount === 0 && !curated) return undefined;
  const rootEntry = group.find((entry) => entry.key === root);
  const base = baseKey(root);
  const type = curated?.type ?? wellKnownType(base) ?? (spelledAsOrganization(spellings) ? 'organization' : mergedTypeOf(base, votes));
  const name = curated?.name ?? wellKnownName(base) ?? displayName(rootEntry?.spellings ?? spellings, type);
  const aliases = new Set(aliasesOf(name, type, spellings));
  for (const alias of curated?.aliases ?? []) aliases.add(alias);
  aliases.delete(name);
  const sortedAliases = aliases.size > 1 ? [...aliases].sort() : [...aliases];
  const sure = curated !== undefined || wellKnownType(base) !== undefined;
  const weakNames = sure ? undefined : weakNamesOf(name, group, weakName);
  return new MergedActor(uniqueId(base, byId), name, type, sortedAliases, mentionCount, articleCount, curated !== undefined, group, votes, weakNames);
}

/** The names that joined an actor on weak evidence, each once; an acronym of its name is none, however often it stands alone ("IAAF"). */
function weakNamesOf(name: string, group: readonly Entry[], weakName: (entry: Entry) => WeakName | undefined): WeakName[] {
  const found = new Map<string, WeakName>();
  if (group.length === 1) return [];
  for (const entry of group) {
    const weak = weakName(entry);
    if (weak && !found.has(weak.name) && initials(name) !== weak.name.replace(/\W/g, '')) found.set(weak.name, weak);
  }
  return [...found.values()];
}

/** Whether one of the spellings ends like an organization's ("Apic Yamada Corp" beside "Apic Yamada"). */
function spelledAsOrganization(spellings: Map<string, number>): boolean {
  if (spellings.size < 2) return false;
  for (const spelling of spellings.keys()) if (hasOrganizationHead(spelling)) return true;
  return false;
}

/** Keys that fold elsewhere than before (or no longer, or newly). */
function foldsChanged(before: Map<string, string>, now: Map<string, string>): string[] {
  const changed: string[] = [];
  for (const [key, root] of now) if (before.get(key) !== root) changed.push(key);
  for (const [key, root] of before) if (now.get(key) !== root) changed.push(key);
  return changed;
}

/** The actor each alias's name key stands for, where no entry has that key; a name shared by two actors goes to the more mentioned. */
export function actorsByAlias(snapshot: ActorSnapshot): Map<string, Actor> {
  const byAlias = new Map<string, Actor>();
  for (const actor of snapshot.actors as MergedActor[]) {
    for (const key of actor.aliasKeys) if (!snapshot.actorOfKey.has(key) && !byAlias.has(key)) byAlias.set(key, actor);
  }
  return byAlias;
}

function byMentionsThenName(a: Actor, b: Actor): number {
  if (a.mentionCount !== b.mentionCount) return b.mentionCount - a.mentionCount;
  const [x, y] = [(a as MergedActor).sortKey, (b as MergedActor).sortKey];
  return x < y ? -1 : x > y ? 1 : 0;
}

/** An actor of a snapshot; its mentions (most of a snapshot's weight) are gathered from its entries when first asked for. */
class MergedActor implements Actor {
  private gathered: Mention[] | undefined;
  private doubtList: readonly Doubt[] | undefined;
  /** Name keys of the aliases, under which the actor is found when no entry has them. */
  readonly aliasKeys: string[];
  readonly entryKeys: string[];
  /** The name without case or accents, to sort by (a collator is ten times slower on 12k actors). */
  readonly sortKey: string;

  constructor(
    readonly id: string,
    readonly name: string,
    readonly type: ActorType,
    readonly aliases: string[],
    readonly mentionCount: number,
    readonly articleCount: number,
    readonly curated: boolean,
    private readonly entries: readonly Entry[],
    readonly typeVotes: readonly number[],
    /** Undefined for a sure actor (curated or well known), which has no doubts. */
    private readonly weakNames: readonly WeakName[] | undefined,
  ) {
    this.aliasKeys = aliases.map((alias) => typedKey(nameKey(alias, type), type));
    this.entryKeys = entries.map((entry) => entry.key);
    this.sortKey = name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  }

  get doubts(): readonly Doubt[] {
    if (!this.weakNames) return [];
    return (this.doubtList ??= doubtsOf({ name: this.name, type: this.type, typeVotes: this.typeVotes, mentionCount: this.mentionCount, weakNames: this.weakNames }));
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
  for (const entry of group) mentions += entry.mentionCount;
  // Most actors have one entry: its own counts serve as they are (they are only read).
  if (group.length === 1) return { votes: group[0].typeVotes, spellings: group[0].spellings, mentionCount: mentions, articleCount: group[0].articles.size };
  const votes = [0, 0, 0];
  const spellings = new Map<string, number>();
  for (const entry of group) {
    for (let i = 0; i < 3; i++) votes[i] += entry.typeVotes[i];
    for (const [spelling, count] of entry.spellings) spellings.set(spelling, (spellings.get(spelling) ?? 0) + count);
  }
  return { votes, spellings, mentionCount: mentions, articleCount: articlesOf(group) };
}

/** The number of articles that name any of the entries: those of the most named one, and the others' not among them. */
function articlesOf(group: readonly Entry[]): number {
  if (group.length === 0) return 0;
  const largest = group.reduce((a, b) => (b.articles.size > a.articles.size ? b : a));
  const others = new Set<string>();
  for (const entry of group) {
    if (entry === largest) continue;
    for (const path of entry.articles.keys()) if (!largest.articles.has(path)) others.add(path);
  }
  return largest.articles.size + others.size;
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

