// Groups the names found in one article into the entities they stand for:
// "Donald Trump" … "Trump", "Agence France-Presse" … "AFP", "Sequoia Capital" … "Sequoia".
import { countWords, hasLetter, hasOrganizationHead, initials, isAcronym, isCommonNoun, isWebName, nameKey, trimName, wellKnownAcronyms, words } from './names';
import { type ActorType, actorTypes, type EntityMention } from '../base';

export interface LocalEntity {
  /** Key under which the entity merges with the same entity in other articles. */
  key: string;
  /** Mentions per type, in the order of `actorTypes`. */
  typeVotes: number[];
  /** Spellings as written (possessives and titles removed), with counts. */
  spellings: Spellings;
  /** Start, end and sentence of each mention, in text order (flat: 20k articles hold half a million). */
  mentions: number[];
  /** A one-word name of a person that the article never gives in full, like "Trump". */
  surnameOnly: boolean;
}

/**
 * Spellings with their counts. Most entities are written one way: that spelling is kept as the string
 * itself (its count is the number of mentions), which spares a Map per entity — 20k articles hold 280k.
 */
export type Spellings = string | Map<string, number>;

/** Each spelling with its count; `mentions` is the count of a lone spelling. */
function spellingCounts(spellings: Spellings, mentions: number): Map<string, number> | [string, number][] {
  return typeof spellings === 'string' ? [[spellings, mentions]] : spellings;
}

export function mentionCount(entity: LocalEntity): number {
  return entity.mentions.length / 3;
}

/** Counts a spelling, before the mentions it counts are added to the entity. */
function addSpelling(entity: LocalEntity, spelling: string, count: number): void {
  if (entity.mentions.length === 0) entity.spellings = spelling;
  else if (entity.spellings !== spelling) {
    if (typeof entity.spellings === 'string') entity.spellings = new Map([[entity.spellings, mentionCount(entity)]]);
    entity.spellings.set(spelling, (entity.spellings.get(spelling) ?? 0) + count);
  }
}

export function groupArticleEntities(text: string, recognized: readonly EntityMention[], sentenceAt: (offset: number) => number): LocalEntity[] {
  const found = withWellKnownAcronyms(text, recognized);
  const groups = new Map<string, LocalEntity>();
  const introduced = new Map<string, string>(); // short key → long key, from "Long Name (ABC)"
  for (const mention of found) {
    const span = trimName(text, mention.start, mention.end, mention.type);
    const spelling = text.slice(span.start, span.end);
    if (!hasLetter(spelling) || isCommonNoun(spelling)) continue;
    const type = isWebName(spelling) || (mention.type === 'person' && hasOrganizationHead(spelling)) ? 'organization' : mention.type;
    const key = nameKey(spelling, type);
    let group = groups.get(key);
    if (!group) {
      group = { key, typeVotes: [0, 0, 0], spellings: spelling, mentions: [], surnameOnly: false };
      groups.set(key, group);
    }
    group.typeVotes[actorTypes.indexOf(type)]++;
    addSpelling(group, spelling, 1);
    group.mentions.push(span.start, span.end, sentenceAt(span.start));
    const abbreviation = abbreviationAfter(text, span.end);
    if (abbreviation && countWords(spelling) > 1) introduced.set(nameKey(abbreviation, type), key);
  }
  for (const [shortKey, longKey] of introduced) mergeInto(groups, shortKey, longKey);
  linkShortForms(groups);
  for (const group of groups.values()) {
    group.surnameOnly = typeOf(group) === 'person' && !group.key.includes(' ');
    if (!inOrder(group.mentions)) group.mentions = sortMentions(group.mentions);
  }
  return [...groups.values()];
}

/** Whether mentions are already in text order (sorting allocates, and most groups are). */
function inOrder(mentions: readonly number[]): boolean {
  for (let i = 3; i < mentions.length; i += 3) if (mentions[i - 3] > mentions[i]) return false;
  return true;
}

function sortMentions(mentions: readonly number[]): number[] {
  const order = Array.from({ length: mentions.length / 3 }, (_, i) => i * 3).sort((a, b) => mentions[a] - mentions[b]);
  return order.flatMap((i) => [mentions[i], mentions[i + 1], mentions[i + 2]]);
}

const introducedAbbreviation = /^\s*\((\p{Lu}[\p{L}.&]{1,9})\)/u;

/** The short form a name introduces right after it: "Agence France-Presse (AFP)" → "AFP". */
function abbreviationAfter(text: string, end: number): string | undefined {
  if (!hasParenthesis(text, end, Math.min(end + 14, text.length))) return undefined; // the pattern needs one
  return introducedAbbreviation.exec(text.slice(end, end + 14))?.[1];
}

function hasParenthesis(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 40) return true;
  return false;
}

/** The recognizer's mentions, plus well-known acronyms ("US", "EU") it missed, in text order. */
function withWellKnownAcronyms(text: string, recognized: readonly EntityMention[]): readonly EntityMention[] {
  const extra: EntityMention[] = [];
  let next = 0; // recognized mentions come in text order
  for (const acronym of wellKnownAcronyms(text)) {
    while (next < recognized.length && recognized[next].end <= acronym.start) next++;
    if (next === recognized.length || recognized[next].start >= acronym.end) extra.push(acronym);
  }
  if (extra.length === 0) return recognized;
  return [...recognized, ...extra].sort((a, b) => a.start - b.start);
}

export function typeOf(entity: { typeVotes: number[] }): ActorType {
  const votes = entity.typeVotes;
  const best = votes[0] >= votes[1] && votes[0] >= votes[2] ? 0 : votes[1] >= votes[2] ? 1 : 2;
  return actorTypes[best];
}

/**
 * The type of an actor merged across articles. A one-word name that is never a person's full name and
 * that the recognizer takes for an organization in one mention of five (and twice at least) is an
 * organization: "Google said…" reads like a person to a tagger, but people are named in full somewhere.
 */
export function mergedTypeOf(name: string, votes: number[]): ActorType {
  const type = typeOf({ typeVotes: votes });
  if (type !== 'person' || name.includes(' ')) return type;
  return votes[1] >= 2 && votes[1] * 5 >= votes[0] + votes[1] + votes[2] ? 'organization' : type;
}

/** The spelling written most often, preferring mixed case over ALL CAPS; '' when `accept` takes none. */
export function commonSpelling(spellings: Spellings, accept?: (spelling: string) => boolean): string {
  if (typeof spellings === 'string') return !accept || accept(spellings) ? spellings : '';
  let best = '';
  let bestScore = -1;
  for (const [spelling, count] of spellings) {
    if (accept && !accept(spelling)) continue;
    const score = count * 2 + (spelling !== spelling.toUpperCase() || isAcronym(spelling) ? 1000 : 0) + countWords(spelling) * 100;
    if (score > bestScore) {
      best = spelling;
      bestScore = score;
    }
  }
  return best;
}

/** A name of several words that shorter names may stand for, with its type and initials kept at hand. */
interface LongForm {
  entity: LocalEntity;
  type: ActorType;
  /** Initials of its common spelling, worked out when first needed. */
  initials?: string;
}

function linkShortForms(groups: Map<string, LocalEntity>): void {
  const long: LongForm[] = [];
  const byLastWord = new Map<string, LongForm[]>();
  const byFirstWord = new Map<string, LongForm[]>();
  for (const group of groups.values()) {
    if (!group.key.includes(' ')) continue;
    const form: LongForm = { entity: group, type: typeOf(group) };
    long.push(form);
    addTo(byLastWord, lastWord(group.key), form);
    addTo(byFirstWord, group.key.slice(0, group.key.indexOf(' ')), form);
  }
  for (const group of [...groups.values()]) {
    if (group.key.includes(' ')) continue;
    const type = typeOf(group);
    const spelling = commonSpelling(group.spellings);
    let target: LongForm | undefined;
    if (isAcronym(spelling)) {
      const letters = spelling.replace(/\./g, '');
      target = mostMentioned(long, (form) => form.type !== 'place' && initialsOf(form) === letters);
    }
    if (!target && type !== 'place') {
      // A surname: "Trump" → "Donald Trump", "Zhao" → "Zhao Lijian" (family name first);
      // an organization's first word: "Sequoia" → "Sequoia Capital".
      const endingWith = byLastWord.get(group.key) ?? [];
      const startingWith = byFirstWord.get(group.key) ?? [];
      target =
        mostMentioned(endingWith, (form) => form.type === 'person') ?? mostMentioned(startingWith, (form) => form.type === 'person');
      if (!target && type === 'organization') {
        // Only a long form written before the short one introduces it: "Labour … Labour MPs" stays apart.
        const first = firstStart(group);
        target = mostMentioned(startingWith, (form) => form.type === 'organization' && firstStart(form.entity) < first);
      }
    }
    if (target) {
      mergeInto(groups, group.key, target.entity.key);
      // The merged mentions may change the long form's type, spelling and count.
      target.type = typeOf(target.entity);
      target.initials = undefined;
    }
  }
}

function addTo(map: Map<string, LongForm[]>, key: string, form: LongForm): void {
  const list = map.get(key);
  if (list) list.push(form);
  else map.set(key, [form]);
}

/** Initials of its common spelling; none when a word is itself an acronym ("BBC Three" is not "BT"). */
function initialsOf(form: LongForm): string {
  if (form.initials === undefined) {
    const spelling = commonSpelling(form.entity.spellings);
    form.initials = words(spelling).some(isAcronym) ? '' : initials(spelling);
  }
  return form.initials;
}

function firstStart(entity: LocalEntity): number {
  let first = Infinity;
  for (let i = 0; i < entity.mentions.length; i += 3) first = Math.min(first, entity.mentions[i]);
  return first;
}

/** The first of the matching forms with the most mentions. */
function mostMentioned(forms: LongForm[], matches: (form: LongForm) => boolean): LongForm | undefined {
  let best: LongForm | undefined;
  for (const form of forms) {
    if (matches(form) && (!best || form.entity.mentions.length > best.entity.mentions.length)) best = form;
  }
  return best;
}

function lastWord(key: string): string {
  return key.slice(key.lastIndexOf(' ') + 1);
}

function mergeInto(groups: Map<string, LocalEntity>, fromKey: string, intoKey: string): void {
  const from = groups.get(fromKey);
  const into = groups.get(intoKey);
  if (!from || !into || from === into) return;
  for (let i = 0; i < into.typeVotes.length; i++) into.typeVotes[i] += from.typeVotes[i];
  for (const [spelling, count] of spellingCounts(from.spellings, mentionCount(from))) addSpelling(into, spelling, count);
  into.mentions.push(...from.mentions);
  groups.delete(fromKey);
}
