// Groups the names found in one article into the entities they stand for:
// "Donald Trump" … "Trump", "Agence France-Presse" … "AFP", "Sequoia Capital" … "Sequoia".
import { countWords, hasLetter, hasOrganizationHead, initials, isAcronym, isCommonNoun, isWebName, nameKey, trimName, typedKey, baseKey, wellKnownType, words } from './names';
import { type ActorType, actorTypes, type EntityMention } from '../base';

export interface LocalEntity {
  /** Key under which the entity merges with the same entity in other articles: its name key and type (typedKey). */
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

/** An honorific and a name (at the end of the text given): "Lord Ashcroft", "Mr Smith". */
const honorific = /\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Dame|Baroness|Baron)\.?(?: \p{Lu}[\p{L}'’-]+){1,3}$/u;
const leadingThe = /^the\s/i;

export function groupArticleEntities(text: string, recognized: readonly EntityMention[], sentenceAt: (offset: number) => number): LocalEntity[] {
  const found = recognized;
  const groups = new Map<string, LocalEntity>();
  const introduced = new Map<string, string>(); // short key → long key, from "Long Name (ABC)"
  for (const mention of found) {
    // An honorific makes a name a person's, whatever the recognizer read: "Lord Ashcroft".
    const titled = mention.type !== 'person' && honorific.test(text.slice(Math.max(0, mention.start - 12), mention.end));
    const span = trimName(text, mention.start, mention.end, titled ? 'person' : mention.type);
    const spelling = text.slice(span.start, span.end);
    if (!hasLetter(spelling) || isCommonNoun(spelling)) continue;
    const read = isWebName(spelling) || (mention.type === 'person' && hasOrganizationHead(spelling)) ? 'organization' : titled ? 'person' : mention.type;
    const base = nameKey(spelling, read);
    // Each type a name is read as is an entity of its own (the team and its city); the actor table folds misreadings.
    const type = wellKnownType(base) ?? read;
    const key = typedKey(base, type);
    let group = groups.get(key);
    if (!group) {
      group = { key, typeVotes: [0, 0, 0], spellings: spelling, mentions: [], surnameOnly: false };
      groups.set(key, group);
    }
    group.typeVotes[actorTypes.indexOf(type)]++;
    addSpelling(group, spelling, 1);
    group.mentions.push(span.start, span.end, sentenceAt(span.start));
    const abbreviation = abbreviationAfter(text, span.end);
    if (abbreviation && countWords(spelling) > 1 && isShortFormOf(abbreviation, spelling)) {
      for (const as of actorTypes) introduced.set(typedKey(nameKey(abbreviation, as), as), key);
    }
  }
  for (const [shortKey, longKey] of introduced) mergeInto(groups, shortKey, longKey);
  foldMisreadTypes(groups);
  linkShortForms(text, groups);
  for (const group of groups.values()) {
    group.surnameOnly = typeOf(group) === 'person' && !group.key.includes(' ');
    if (!inOrder(group.mentions)) group.mentions = sortMentions(group.mentions);
  }
  return [...groups.values()];
}

/**
 * A one-word name the article reads as a person and as another type is the other type's ("Cadbury"
 * in a headline beside Cadbury the company): people are named in full. Other readings stay apart (the
 * team and its city in one table); the actor table folds those that are not well attested.
 */
function foldMisreadTypes(groups: Map<string, LocalEntity>): void {
  const byBase = new Map<string, LocalEntity[]>();
  for (const group of groups.values()) {
    const base = baseKey(group.key);
    const list = byBase.get(base);
    if (list) list.push(group);
    else byBase.set(base, [group]);
  }
  for (const [base, list] of byBase) {
    if (list.length < 2) continue;
    const main = list.reduce((a, b) => (b.mentions.length > a.mentions.length ? b : a));
    for (const group of list) {
      if (group !== main && !base.includes(' ') && typeOf(group) === 'person') mergeInto(groups, group.key, main.key);
    }
  }
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

/**
 * Whether a short form in parentheses can stand for a name (after Schwartz & Hearst 2003): its letters
 * appear in the name in order, the first at the start of a word. "Agence France-Presse (AFP)" and
 * "Office of Communications (Ofcom)" are; "Jesper Ronnback (Sweden)" is a name and its country.
 */
export function isShortFormOf(short: string, name: string): boolean {
  const letters = short.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  const long = name.toLowerCase();
  let at = long.length;
  for (let i = letters.length - 1; i >= 0; i--) {
    if (at === 0) return false;
    at = long.lastIndexOf(letters[i], at - 1);
    while (i === 0 && at > 0 && /[\p{L}\p{N}]/u.test(long[at - 1])) at = long.lastIndexOf(letters[i], at - 1);
    if (at < 0) return false;
  }
  return letters.length > 0;
}

function hasParenthesis(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 40) return true;
  return false;
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
    const score = count * 2 + (spelling !== spelling.toUpperCase() || isAcronym(spelling) ? 1000 : 0) + (countWords(spelling) - (leadingThe.test(spelling) ? 1 : 0)) * 100;
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

function linkShortForms(text: string, groups: Map<string, LocalEntity>): void {
  const long: LongForm[] = [];
  const byLastWord = new Map<string, LongForm[]>();
  const byFirstWord = new Map<string, LongForm[]>();
  for (const group of groups.values()) {
    if (!group.key.includes(' ')) continue;
    const form: LongForm = { entity: group, type: typeOf(group) };
    const base = baseKey(group.key);
    long.push(form);
    addTo(byLastWord, lastWord(base), form);
    addTo(byFirstWord, base.slice(0, base.indexOf(' ')), form);
  }
  for (const group of [...groups.values()]) {
    if (group.key.includes(' ')) continue;
    const type = typeOf(group);
    const spelling = commonSpelling(group.spellings);
    let target: LongForm | undefined;
    if (isAcronym(spelling)) {
      // Initials stand for an organization's name, not a person's: "GM" is General Motors, not Giuseppe Morchio.
      const letters = spelling.replace(/\./g, '');
      target = mostMentioned(long, (form) => form.type === 'organization' && initialsOf(form) === letters);
    }
    if (!target && type !== 'place') {
      // A surname: "Trump" → "Donald Trump", "Zhao" → "Zhao Lijian" (family name first); a name read as
      // an organization only when the person is named more often ("Disney" the company stays apart from Roy Disney).
      const endingWith = byLastWord.get(baseKey(group.key)) ?? [];
      const startingWith = byFirstWord.get(baseKey(group.key)) ?? [];
      const person = (form: LongForm) => form.type === 'person' && (type === 'person' || form.entity.mentions.length >= group.mentions.length);
      target = mostMentioned(endingWith, person) ?? mostMentioned(startingWith, person);
      if (!target && type === 'organization') {
        // An organization's first word, when the long form came first: "Sequoia Capital" … "Sequoia";
        // "Fiat" … "Fiat Powertrain" … "Fiat" stay apart, and so does "Labour" … "Labour MPs".
        const first = firstWritten(text, spelling);
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

/**
 * Where a word is first written alone below the headline (which uses short forms), found by the
 * recognizer or not; not where a capitalized word follows it, as in the longer name.
 */
function firstWritten(text: string, word: string): number {
  for (let at = text.indexOf(word, text.indexOf('\n') + 1); at >= 0; at = text.indexOf(word, at + 1)) {
    const after = at + word.length;
    if (isWordCharacter(text.charCodeAt(at - 1)) || isWordCharacter(text.charCodeAt(after))) continue;
    if (!(text[after] === ' ' && isUpperCase(text.charCodeAt(after + 1)))) return at;
  }
  return Infinity;
}

function isUpperCase(code: number): boolean {
  return code >= 65 && code <= 90;
}

function isWordCharacter(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code > 127;
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
