// Merges the entities of all articles into actors, one per real-world person, organization or place.
import { commonSpelling, type LocalEntity, typeOf } from './articleActors';
import type { Curation } from './curation';
import { initials, isAcronym, nameKey, wellKnownName } from './names';
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
        entry = { key: entity.key, typeVotes: [0, 0, 0], spellings: new Map(), articles: new Map(), fullNameArticles: 0 };
        this.entries.set(entity.key, entry);
      }
      for (let i = 0; i < 3; i++) entry.typeVotes[i] += entity.typeVotes[i];
      for (const [spelling, count] of entity.spellings) entry.spellings.set(spelling, (entry.spellings.get(spelling) ?? 0) + count);
      entry.articles.set(path, entity);
      if (!entity.surnameOnly) entry.fullNameArticles++;
    }
  }

  removeArticle(path: string, entities: readonly LocalEntity[]): void {
    for (const entity of entities) {
      const entry = this.entries.get(entity.key);
      if (!entry || entry.articles.get(path) !== entity) continue;
      for (let i = 0; i < 3; i++) entry.typeVotes[i] -= entity.typeVotes[i];
      for (const [spelling, count] of entity.spellings) {
        const left = (entry.spellings.get(spelling) ?? 0) - count;
        if (left > 0) entry.spellings.set(spelling, left);
        else entry.spellings.delete(spelling);
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
      const votes = [0, 0, 0];
      const spellings = new Map<string, number>();
      const mentions: Mention[] = [];
      const paths = new Set<string>();
      for (const entry of group) {
        for (let i = 0; i < 3; i++) votes[i] += entry.typeVotes[i];
        for (const [spelling, count] of entry.spellings) spellings.set(spelling, (spellings.get(spelling) ?? 0) + count);
        for (const [path, entity] of entry.articles) {
          paths.add(path);
          for (const m of entity.mentions) mentions.push({ path, start: m.start, end: m.end, sentence: m.sentence });
        }
      }
      if (mentions.length === 0 && !curated) continue;
      const rootEntry = group.find((entry) => entry.key === root);
      const name = curated?.name ?? wellKnownName(root) ?? commonSpelling(rootEntry?.spellings ?? spellings);
      const aliases = new Set([...spellings.keys(), ...(curated?.aliases ?? [])]);
      aliases.delete(name);
      mentions.sort((a, b) => (a.path === b.path ? a.start - b.start : a.path < b.path ? -1 : 1));
      const actor: Actor = {
        id: uniqueId(root, byId),
        name,
        type: curated?.type ?? typeOf({ typeVotes: votes }),
        aliases: [...aliases].sort(),
        mentions,
        articleCount: paths.size,
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
    const fullPeopleBySurname = new Map<string, Entry>();
    const fullPeopleByFirstName = new Map<string, Entry>(); // family name first, as in "Zhao Lijian"
    const organizationsByInitials = new Map<string, Entry>();
    for (const entry of this.entries.values()) {
      const type = typeOf(entry);
      const space = entry.key.lastIndexOf(' ');
      if (space < 0) continue;
      if (type === 'person') {
        keepLarger(fullPeopleBySurname, entry.key.slice(space + 1), entry);
        keepLarger(fullPeopleByFirstName, entry.key.slice(0, entry.key.indexOf(' ')), entry);
      }
      else if (type === 'organization') keepLarger(organizationsByInitials, initials(commonSpelling(entry.spellings)), entry);
    }
    for (const entry of this.entries.values()) {
      if (redirects.has(entry.key) || entry.key.includes(' ')) continue;
      const spelling = commonSpelling(entry.spellings);
      const type = typeOf(entry);
      const target =
        type === 'person' && entry.fullNameArticles === 0
          ? (fullPeopleBySurname.get(entry.key) ?? fullPeopleByFirstName.get(entry.key))
          : type !== 'person' && isAcronym(spelling)
            ? organizationsByInitials.get(spelling.replace(/\./g, ''))
            : undefined;
      if (target) redirects.set(entry.key, target.key);
    }
    return redirects;
  }
}

function setRedirect(redirects: Map<string, string>, from: string, to: string): void {
  if (from !== to) redirects.set(from, to);
}

function keepLarger(map: Map<string, Entry>, key: string, entry: Entry): void {
  const current = map.get(key);
  if (!current || mentionCount(entry) > mentionCount(current)) map.set(key, entry);
}

function mentionCount(entry: Entry): number {
  let count = 0;
  for (const entity of entry.articles.values()) count += entity.mentions.length;
  return count;
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

function uniqueId(key: string, taken: Map<string, unknown>): string {
  const base = key.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'actor';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

