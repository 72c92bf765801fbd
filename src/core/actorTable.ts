// Merges the entities of all articles into actors, one per real-world person, organization or place.
import { commonSpelling, type LocalEntity, typeOf } from './articleActors';
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
  /** Every mention in the sources, by article path and offset. */
  mentions: Mention[];
  articleCount: number;
  /** Named or corrected in the curation file. */
  curated: boolean;
}

interface Entry {
  key: string;
  typeVotes: number[];
  spellings: Map<string, number>;
  /**
   * Whether `spellings` is still the map of the first article's entity (most names occur in one
   * article): it is copied before the entry changes it.
   */
  sharesSpellings: boolean;
  articles: Map<string, LocalEntity>;
  /** Articles in which the name is written in full (not a surname alone). */
  fullNameArticles: number;
}

export interface ActorSnapshot {
  actors: Actor[];
  byId: Map<string, Actor>;
  /** The actor each name key belongs to. */
  actorOfKey: Map<string, Actor>;
}

export class ActorTable {
  private readonly entries = new Map<string, Entry>();

  addArticle(path: string, entities: readonly LocalEntity[]): void {
    for (const entity of entities) {
      let entry = this.entries.get(entity.key);
      if (!entry) {
        const spellings = entity.spellings;
        entry = { key: entity.key, typeVotes: [0, 0, 0], spellings, sharesSpellings: true, articles: new Map(), fullNameArticles: 0 };
        this.entries.set(entity.key, entry);
      } else {
        const spellings = ownSpellings(entry);
        for (const [spelling, count] of entity.spellings) spellings.set(spelling, (spellings.get(spelling) ?? 0) + count);
      }
      for (let i = 0; i < 3; i++) entry.typeVotes[i] += entity.typeVotes[i];
      entry.articles.set(path, entity);
      if (!entity.surnameOnly) entry.fullNameArticles++;
    }
  }

  removeArticle(path: string, entities: readonly LocalEntity[]): void {
    for (const entity of entities) {
      const entry = this.entries.get(entity.key);
      if (!entry || entry.articles.get(path) !== entity) continue;
      for (let i = 0; i < 3; i++) entry.typeVotes[i] -= entity.typeVotes[i];
      const spellings = ownSpellings(entry);
      for (const [spelling, count] of entity.spellings) {
        const left = (spellings.get(spelling) ?? 0) - count;
        if (left > 0) spellings.set(spelling, left);
        else spellings.delete(spelling);
      }
      entry.articles.delete(path);
      if (!entity.surnameOnly) entry.fullNameArticles--;
      if (entry.articles.size === 0) this.entries.delete(entity.key);
    }
  }

  build(curation: Curation): ActorSnapshot {
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
    const actors: Actor[] = [];
    const byId = new Map<string, Actor>();
    const actorOfKey = new Map<string, Actor>();
    for (const [root, group] of groups) {
      const curated = curatedByKey.get(root);
      const { votes, spellings, mentions, articleCount } = combine(group);
      if (mentions.length === 0 && !curated) continue;
      const rootEntry = group.find((entry) => entry.key === root);
      const type = curated?.type ?? wellKnownType(root) ?? typeOf({ typeVotes: votes });
      const name = curated?.name ?? wellKnownName(root) ?? displayName(rootEntry?.spellings ?? spellings, type);
      const aliases = new Set(aliasesOf(name, type, spellings));
      for (const alias of curated?.aliases ?? []) aliases.add(alias);
      aliases.delete(name);
      if (!inOrder(mentions)) mentions.sort(compareMentions);
      const actor: Actor = {
        id: uniqueId(root, byId),
        name,
        type,
        aliases: aliases.size > 1 ? [...aliases].sort() : [...aliases],
        mentions,
        articleCount,
        curated: curated !== undefined,
      };
      actors.push(actor);
      byId.set(actor.id, actor);
      for (const entry of group) actorOfKey.set(entry.key, actor);
      actorOfKey.set(root, actor);
    }
    for (const curated of curation.actors) this.addCuratedWithoutMentions(curated, actorOfKey, actors, byId, rejected);
    for (const actor of actors) {
      for (const alias of actor.aliases) {
        const key = nameKey(alias, actor.type);
        if (!actorOfKey.has(key)) actorOfKey.set(key, actor);
      }
    }
    actors.sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
    return { actors, byId, actorOfKey };
  }

  private addCuratedWithoutMentions(
    curated: Curation['actors'][number],
    actorOfKey: Map<string, Actor>,
    actors: Actor[],
    byId: Map<string, Actor>,
    rejected: Set<string>,
  ): void {
    const key = nameKey(curated.name, curated.type);
    if (actorOfKey.has(key) || rejected.has(key)) return;
    const actor: Actor = {
      id: uniqueId(key, byId),
      name: curated.name,
      type: curated.type ?? 'person',
      aliases: [...curated.aliases],
      mentions: [],
      articleCount: 0,
      curated: true,
    };
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

/** The entry's spellings as a map of its own, ready to change. */
function ownSpellings(entry: Entry): Map<string, number> {
  if (entry.sharesSpellings) {
    entry.spellings = new Map(entry.spellings);
    entry.sharesSpellings = false;
  }
  return entry.spellings;
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
    const type = typeOf(entry);
    let counts: Map<string, number> | undefined; // made when a one-word spelling turns up (most long names have none)
    for (const entity of entry.articles.values()) {
      for (const spelling of entity.spellings.keys()) {
        if (spelling.includes(' ')) continue;
        const key = nameKey(spelling, type);
        if (key === entry.key) continue;
        counts ??= new Map();
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
    if (!counts) continue;
    for (const [key, articles] of counts) {
      const current = links.get(key);
      if (!current || articles > current.articles) links.set(key, { entry, articles });
    }
  }
  return links;
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

/** Votes, spellings, mentions and article count of the entries that make one actor. */
function combine(group: readonly Entry[]): { votes: number[]; spellings: Map<string, number>; mentions: Mention[]; articleCount: number } {
  const mentions: Mention[] = [];
  for (const entry of group) {
    for (const [path, entity] of entry.articles) {
      for (const m of entity.mentions) mentions.push({ path, start: m.start, end: m.end, sentence: m.sentence });
    }
  }
  // Most actors have one entry: its own counts serve as they are (they are only read).
  if (group.length === 1) return { votes: group[0].typeVotes, spellings: group[0].spellings, mentions, articleCount: group[0].articles.size };
  const votes = [0, 0, 0];
  const spellings = new Map<string, number>();
  const paths = new Set<string>();
  for (const entry of group) {
    for (let i = 0; i < 3; i++) votes[i] += entry.typeVotes[i];
    for (const [spelling, count] of entry.spellings) spellings.set(spelling, (spellings.get(spelling) ?? 0) + count);
    for (const path of entry.articles.keys()) paths.add(path);
  }
  return { votes, spellings, mentions, articleCount: paths.size };
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

