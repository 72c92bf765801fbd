// Which one-word names (surnames, short forms, acronyms) fold into which longer names: "Trump" into
// "Donald Trump", "AFP" into "Agence France-Presse". Kept up to date entry by entry, so an edit
// looks only at the names it touches, not at every name of the workspace.
import { commonSpelling, type Spellings, typeOf } from './articleActors';
import { baseKey, isAcronym, nameKey, typedKey } from './names';
import { actorTypes } from '../base';

/** What the folds read of an entry of the actor table. */
export interface NameEntry {
  key: string;
  /**
   * Order of creation: the actor table lists a group's entries in it, so a merge does not depend on
   * the edit history; here, ties between longer names go to the older.
   */
  serial: number;
  typeVotes: number[];
  spellings: Map<string, number>;
  articles: Map<string, unknown>;
  /** For a name of several words: each one-word spelling its articles write for it, with the number of such articles. */
  oneWordSpellings?: Map<string, number>;
  /** Those spellings by name key (not the entry's own), as last worked out: null when none. */
  links?: Map<string, number> | null;
}

interface Link {
  entry: NameEntry;
  /** Articles in which the one-word name stands for `entry`. */
  articles: number;
}

export class ShortForms {
  /** Per one-word name key, the longer names whose articles write it. */
  private readonly candidates = new Map<string, Set<NameEntry>>();
  private readonly folds = new Map<string, string>();
  /** The number of articles that link each folded name to its longer name. */
  private readonly linked = new Map<string, number>();
  private readonly dirty = new Set<NameEntry>();

  /** An entry was made, changed or emptied since the last update. */
  changed(entry: NameEntry): void {
    this.dirty.add(entry);
  }

  /** Short name key → the long name key it folds into, after the changes (`all`: every entry is new). */
  update(entries: ReadonlyMap<string, NameEntry>, all: boolean): ReadonlyMap<string, string> {
    const touched = new Set<string>();
    for (const entry of all ? entries.values() : this.dirty) {
      if (!entry.oneWordSpellings) {
        touched.add(entry.key);
        continue;
      }
      const before = entry.links;
      entry.links = entries.get(entry.key) === entry ? oneWordNames(entry) : null;
      for (const key of before?.keys() ?? []) {
        touched.add(key);
        this.candidates.get(key)?.delete(entry);
      }
      for (const key of entry.links?.keys() ?? []) {
        touched.add(key);
        let set = this.candidates.get(key);
        if (!set) this.candidates.set(key, (set = new Set()));
        set.add(entry);
      }
    }
    this.dirty.clear();
    for (const key of touched) {
      const entry = entries.get(key);
      const link = this.bestLink(key);
      if (entry && !entry.oneWordSpellings && link && mayFold(entry, link)) {
        this.folds.set(key, link.entry.key);
        this.linked.set(key, link.articles);
      } else {
        this.folds.delete(key);
        this.linked.delete(key);
      }
      if (this.candidates.get(key)?.size === 0) this.candidates.delete(key);
    }
    return this.folds;
  }

  /** The longer name a one-word name folds into, and how many articles link them. */
  foldOf(key: string): { into: string; articles: number } | undefined {
    const into = this.folds.get(key);
    return into === undefined ? undefined : { into, articles: this.linked.get(key)! };
  }

  /** The longer name most articles link a one-word name to (the older on a tie). */
  private bestLink(key: string): Link | undefined {
    let best: Link | undefined;
    for (const entry of this.candidates.get(key) ?? []) {
      const articles = entry.links!.get(key)!;
      if (!best || articles > best.articles || (articles === best.articles && entry.serial < best.entry.serial)) best = { entry, articles };
    }
    return best;
  }
}

/** Adds (sign 1) or takes away (sign -1) one article's one-word spellings. */
export function countOneWordSpellings(into: Map<string, number>, spellings: Spellings, sign: 1 | -1): void {
  const add = (spelling: string) => {
    if (spelling.includes(' ')) return;
    const total = (into.get(spelling) ?? 0) + sign;
    if (total > 0) into.set(spelling, total);
    else into.delete(spelling);
  };
  if (typeof spellings === 'string') add(spellings);
  else for (const spelling of spellings.keys()) add(spelling);
}

/** The one-word names a long name's articles also write (by name key), with the number of such articles; none for most. */
function oneWordNames(entry: NameEntry): Map<string, number> | null {
  const type = typeOf(entry);
  let counts: Map<string, number> | null = null;
  for (const [spelling, articles] of entry.oneWordSpellings!) {
    // An acronym may fold across types ("AFP" read as a person elsewhere), so it is linked under each.
    for (const as of isAcronym(spelling) ? actorTypes : [type]) {
      const key = typedKey(nameKey(spelling, as), as);
      if (key === entry.key) continue;
      counts ??= new Map();
      counts.set(key, (counts.get(key) ?? 0) + articles);
    }
  }
  return counts;
}

/**
 * A person's one-word name folds by surname (or a family name written first, when the surname is
 * never used alone); another name only into one of its type (acronyms excepted) and when articles
 * link it at least a quarter as often as they use it alone — "Labour" joins "Labour Party", but "PC" in tech news does not join "Paris Club".
 */
function mayFold(entry: NameEntry, link: Link): boolean {
  const type = typeOf(entry);
  const targetType = typeOf(link.entry);
  if (type === 'person' || targetType === 'person') {
    if (type !== targetType) return false;
    const parts = baseKey(link.entry.key).split(' ');
    const surname = parts[parts.length - 1];
    const key = baseKey(entry.key);
    if (key === surname) return true;
    return key === parts[0] && ![...link.entry.spellings.keys()].some((spelling) => nameKey(spelling, 'person') === surname);
  }
  if (type !== targetType && !isAcronym(commonSpelling(entry.spellings))) return false;
  return link.articles * 4 >= entry.articles.size;
}
