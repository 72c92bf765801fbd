// What one news text says, independent of every other text: structure, sentences, names found, events.
// Plain data, so it can be computed in a worker thread and kept in a cache.
import { type Dateline, readArticle } from '../text';
import { actorTypes, type EntityMention, firstNotBefore, NumberList, type Recognizer, type Span, toIsoDate } from '../base';
import { definedTerms, groupArticleEntities, type LocalEntity, partyKey, trimName, wellKnownAcronyms } from '../actors';
import { actorMentionsOf, type ArticleEvent, findEvents } from '../events';
import { knownType } from '../ner';

export interface ArticleAnalysis {
  title: string;
  byline?: string;
  /** YYYY-MM-DD, when the text says when it was published. */
  published?: string;
  /** Start and end of each sentence, one after the other (flat: 20k articles hold 400k sentences). */
  sentences: NumberList;
  events: ArticleEvent[];
  /** Names the recognizer found (site chrome blanked out): start, end and type index of each (compact: 20k articles hold many). */
  found: NumberList;
  /** Lines that belong to the site, not the story. */
  chrome: Span[];
  /** The names found, grouped into the article's entities (before any curation). */
  entities: LocalEntity[];
}

export function analyzeArticle(path: string, text: string, recognizer: Recognizer): ArticleAnalysis {
  const structure = readArticle(text, path);
  const published = structure.published;
  const dateline = structure.dateline;
  const other: Span[] = [];
  const story = blankOut(text, dateline ? structure.chrome.filter((c) => c !== dateline.span) : structure.chrome);
  const terms = definedTerms(story);
  const recognized = splitAtJoins(story, recognizer.recognize(story, other)).filter((m) => terms.size === 0 || !terms.has(m.text.replace(/s$/, '')));
  const known = withKnownOrganizations(text, recognized, recognizer);
  const withAcronyms = withRepeatedNames(story, withPartyNames(text, withWellKnownAcronyms(text, known, other), other), other);
  const found = dateline ? withDatelineNames(text, withAcronyms, dateline) : withAcronyms;
  const sentences = sentenceSpans(structure.sentences);
  const entities = groupArticleEntities(text, found, sentenceFinder(sentences));
  return {
    title: structure.title,
    byline: structure.byline,
    published: published && toIsoDate(published),
    sentences: NumberList.of(sentences),
    events: findEvents(text, structure.sentences, published, actorMentionsOf(entities)),
    found: packMentions(found),
    chrome: structure.chrome,
    entities,
  };
}

/** Names written together with a slash or a comma and no space are two: "Swindon/Notts Co", "White,Mackie". */
function splitAtJoins(text: string, found: EntityMention[]): EntityMention[] {
  if (!found.some((m) => joinAt(text, m) > 0)) return found;
  return found.flatMap((m) => {
    const parts: EntityMention[] = [];
    let start = m.start;
    for (let at = joinAt(text, { start, end: m.end }); at > 0; at = joinAt(text, { start, end: m.end })) {
      parts.push({ ...m, start, end: at, text: text.slice(start, at) });
      start = at + 1;
    }
    parts.push({ ...m, start, end: m.end, text: text.slice(start, m.end) });
    return parts;
  });
}

/** The offset of a slash or comma after a word's end and before a capital, inside a span ("n/N", not "AC/DC"), or -1. */
function joinAt(text: string, span: Span): number {
  for (let i = span.start + 1; i < span.end - 1; i++) {
    const code = text.charCodeAt(i);
    if ((code === 47 || code === 44) && lowerCase.test(text[i - 1]) && startsUpper.test(text[i + 1])) return i;
  }
  return -1;
}

/**
 * A name world knowledge knows as an organization's (a company, a band) is one where the recognizer
 * read a person: "Bosch said", "Yahoo shares". Not where it read a place (organizations are named
 * after places: the West Bank is no bank), and knowledge of places and people overrides nothing.
 */
function withKnownOrganizations(text: string, found: EntityMention[], recognizer: Recognizer): EntityMention[] {
  return found.map((m) => {
    if (m.type !== 'person') return m;
    const span = trimName(text, m.start, m.end, m.type);
    return knownType(recognizer, text.slice(span.start, span.end)) === 'organization' ? { ...m, type: 'organization' } : m;
  });
}

/**
 * A name the article writes again where the recognizer missed it is a mention too: "Trump" in "the
 * Trump administration" once "Donald Trump" is read elsewhere in the article (one sense per article).
 * Not inside another name, not in a line in capitals, and not a month or a day, which are names of people too.
 */
function withRepeatedNames(text: string, found: EntityMention[], other: readonly Span[]): EntityMention[] {
  const spellings = new Map<string, EntityMention['type']>();
  for (const m of found) {
    const span = trimName(text, m.start, m.end, m.type);
    const spelling = text.slice(span.start, span.end);
    // A person's surname too: "Donald Trump" … "the Trump administration".
    const surname = m.type === 'person' ? /\s(\p{Lu}[\p{L}'’-]+)$/u.exec(spelling)?.[1] : undefined;
    for (const name of surname ? [spelling, surname] : [spelling]) {
      if (name.length > 1 && startsUpper.test(name) && !calendarWord.test(name) && !spellings.has(name)) spellings.set(name, m.type);
    }
  }
  // Taken: the names found, and other kinds of names longer than a name alone ("The Last Sunny Corner of the Internet").
  const taken = [...found, ...other.filter((span) => !spellings.has(text.slice(span.start, span.end)))].sort((a, b) => a.start - b.start);
  const extra: EntityMention[] = [];
  for (const [spelling, type] of spellings) {
    for (let at = text.indexOf(spelling); at >= 0; at = text.indexOf(spelling, at + 1)) {
      const end = at + spelling.length;
      if (isNameCharacter(text.charCodeAt(at - 1)) || isNameCharacter(text.charCodeAt(end)) || overlapsAny(taken, at, end) || inCapitals(text, at)) continue;
      extra.push({ start: at, end, type, text: spelling });
    }
  }
  if (extra.length === 0) return found;
  // A longer spelling wins where two found the same place ("Donald Trump" over "Trump").
  extra.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept = extra.filter((m, i) => i === 0 || m.start >= extra[i - 1].end);
  return [...found, ...kept].sort((a, b) => a.start - b.start);
}

const startsUpper = /^\p{Lu}/u;
const lowerCase = /\p{Ll}/u;

/** Whether the line at an offset is in capitals (a headline, a table), where a name may be a word. */
function inCapitals(text: string, offset: number): boolean {
  const start = text.lastIndexOf('\n', offset) + 1;
  const end = text.indexOf('\n', offset);
  return !lowerCase.test(text.slice(start, end < 0 ? text.length : end));
}
const calendarWord = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

function isNameCharacter(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 38 || (code > 127 && /[\p{L}\p{N}]/u.test(String.fromCharCode(code)));
}

/** Whether [start, end) overlaps a span of a list sorted by start. */
function overlapsAny(spans: readonly Span[], start: number, end: number): boolean {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (spans[mid].start < end) low = mid + 1;
    else high = mid;
  }
  for (let i = low - 1; i >= 0 && i >= low - 8; i--) if (spans[i].end > start) return true;
  return false;
}

/** The recognizer's mentions, plus well-known acronyms ("US", "EU") it missed or took for another kind of name, but not inside one ("U.S. Open"), in text order. */
function withWellKnownAcronyms(text: string, recognized: EntityMention[], other: readonly Span[]): EntityMention[] {
  const extra: EntityMention[] = [];
  for (const acronym of wellKnownAcronyms(text)) {
    const overlaps = (m: Span) => m.start < acronym.end && acronym.start < m.end;
    const inLongerName = (m: Span) => overlaps(m) && m.end - m.start > acronym.end - acronym.start;
    if (!recognized.some(overlaps) && !other.some(inLongerName)) extra.push(acronym);
  }
  if (extra.length === 0) return recognized;
  return [...recognized, ...extra].sort((a, b) => a.start - b.start);
}

/**
 * Party forms the recognizer took for other kinds of names (CoNLL calls "Tories" and "Democrats" MISC),
 * or missed, are organizations: "the Tories", "anti-Tory", "Lib Dems".
 */
function withPartyNames(text: string, found: EntityMention[], other: readonly Span[]): EntityMention[] {
  const parties: EntityMention[] = [];
  const add = (start: number, end: number) => parties.push({ start, end, type: 'organization', text: text.slice(start, end) });
  for (const span of other) {
    const name = text.slice(span.start, span.end);
    const prefix = /^\p{Ll}+-/u.exec(name)?.[0].length ?? 0; // "anti-Tory"
    const end = span.end - (/['’]s?$/.exec(name)?.[0].length ?? 0);
    // Not an adjective of a political family alone ("a Democratic senator" is MISC), but a party's name, members or nickname.
    if (partyKey(text.slice(span.start + prefix, end).toLowerCase(), false)) add(span.start + prefix, end);
  }
  for (const match of text.matchAll(partyNicknames)) {
    const [start, end] = [match.index, match.index + match[0].length];
    const overlaps = (m: Span) => m.start < end && start < m.end;
    if (!found.some(overlaps) && !other.some(overlaps)) add(start, end);
  }
  if (parties.length === 0) return found;
  return [...found, ...parties].sort((a, b) => a.start - b.start);
}

const partyNicknames = /(?<![\p{L}-])(?:Tory|Tories|Lib Dems?)(?![\p{L}-])/gu;

/** The dateline's places are places and its agency an organization, whatever the recognizer read there. */
function withDatelineNames(text: string, found: EntityMention[], dateline: Dateline): EntityMention[] {
  const names: EntityMention[] = dateline.places.map((span) => ({ ...span, type: 'place', text: text.slice(span.start, span.end) }));
  if (dateline.agency) names.push({ ...dateline.agency, type: 'organization', text: text.slice(dateline.agency.start, dateline.agency.end) });
  const outside = found.filter((m) => m.end <= dateline.span.start || m.start >= dateline.span.end);
  return [...outside, ...names].sort((a, b) => a.start - b.start);
}

export function sentenceSpans(sentences: readonly Span[]): number[] {
  const spans: number[] = [];
  for (const sentence of sentences) spans.push(sentence.start, sentence.end);
  return spans;
}

/** Spans from a flat list of starts and ends, one after the other. */
export function spansOfPairs(flat: readonly number[]): Span[] {
  const spans: Span[] = [];
  for (let i = 0; i + 1 < flat.length; i += 2) spans.push({ start: flat[i], end: flat[i + 1] });
  return spans;
}

/** The index of the sentence an offset falls in, given the sentences' flat spans. */
export function sentenceFinder(spans: readonly number[]): (offset: number) => number {
  return (offset) => firstNotBefore(1, spans.length / 2, (i) => spans[i * 2] <= offset) - 1;
}

/** The text with the given spans replaced by spaces (newlines kept), so offsets stay the same. */
export function blankOut(text: string, spans: readonly Span[]): string {
  if (spans.length === 0) return text;
  let result = '';
  let cursor = 0;
  for (const span of spans) {
    result += text.slice(cursor, span.start) + text.slice(span.start, span.end).replace(/[^\n]/g, ' ');
    cursor = span.end;
  }
  return result + text.slice(cursor);
}

/** An entity as stored: its spellings with counts as a list when there are several. */
type StoredEntity = Omit<LocalEntity, 'spellings'> & { spellings: string | [string, number][] };

/** A compact JSON form of an analysis: spans as flat number lists, mention texts left out (they are slices of the text). */
export interface StoredAnalysis {
  t: string;
  b?: string;
  p?: string;
  /** start, end per sentence, as comma-separated text (read when first needed). */
  s: string;
  e: ArticleEvent[];
  /** start, end, type index per name found, as comma-separated text (read when first needed). */
  f: string;
  /** start, end per chrome line. */
  c: number[];
  /** The entities as the analysis keeps them (restored in place, without a copy). */
  n: StoredEntity[];
}

export function storeAnalysis(analysis: ArticleAnalysis): StoredAnalysis {
  return {
    t: analysis.title,
    b: analysis.byline,
    p: analysis.published,
    s: analysis.sentences.toJSON(),
    e: analysis.events,
    f: analysis.found.toJSON(),
    c: analysis.chrome.flatMap((c) => [c.start, c.end]),
    n: analysis.entities.map((e) => ({ ...e, spellings: typeof e.spellings === 'string' ? e.spellings : [...e.spellings] })),
  };
}

/** The analysis back from its stored form; throws on malformed data. */
export function restoreAnalysis(stored: StoredAnalysis): ArticleAnalysis {
  if (typeof stored?.t !== 'string' || !isNumbers(stored.c, 2) || !Array.isArray(stored.e) || !Array.isArray(stored.n)) {
    throw new Error('malformed analysis');
  }
  const chrome = spansOfPairs(stored.c);
  // The stored entities become the analysis's own (in place: 20k articles hold 280k of them).
  const entities = stored.n as unknown as LocalEntity[];
  for (const entity of stored.n) {
    const { key, typeVotes, spellings, mentions } = entity;
    const valid = typeof key === 'string' && isNumbers(typeVotes, 3) && typeVotes.length === 3 && isNumbers(mentions, 3) && mentions.length > 0;
    if (!valid || !(typeof spellings === 'string' || (Array.isArray(spellings) && spellings.every((p) => typeof p?.[0] === 'string' && typeof p[1] === 'number')))) {
      throw new Error('malformed analysis');
    }
    if (typeof spellings !== 'string') (entity as unknown as LocalEntity).spellings = new Map(spellings);
    entity.typeVotes = sharedVotes(typeVotes);
  }
  return { title: stored.t, byline: stored.b, published: stored.p, sentences: NumberList.fromText(stored.s), events: stored.e, found: NumberList.fromText(stored.f), chrome, entities };
}

function packMentions(mentions: readonly EntityMention[]): NumberList {
  const packed: number[] = [];
  for (const m of mentions) packed.push(m.start, m.end, actorTypes.indexOf(m.type));
  return NumberList.of(packed);
}

/** The names found, back as mentions (any malformed one left out). */
export function unpackMentions(found: NumberList, text: string): EntityMention[] {
  const packed = found.list();
  const mentions: EntityMention[] = [];
  for (let i = 0; i + 2 < packed.length; i += 3) {
    const [start, end, type] = [packed[i], packed[i + 1], actorTypes[packed[i + 2]]];
    if (type && start < end && end <= text.length) mentions.push({ start, end, type, text: text.slice(start, end) });
  }
  return mentions;
}

/**
 * Restored vote counts are never changed, and few differ ([1, 0, 0] is most): one frozen list per value
 * (each count under 64, so at most 64³ lists) is shared, which spares an array per entity (20k articles hold 280k).
 */
const votesByValue = new Map<number, number[]>();

function sharedVotes(votes: number[]): number[] {
  if (votes.some((count) => !(count >= 0 && count < 64 && Number.isInteger(count)))) return votes;
  const value = votes[0] + votes[1] * 64 + votes[2] * 64 * 64;
  let shared = votesByValue.get(value);
  if (!shared) votesByValue.set(value, (shared = Object.freeze([...votes]) as number[]));
  return shared;
}

function isNumbers(value: unknown, stride: number): value is number[] {
  return Array.isArray(value) && value.length % stride === 0 && value.every((n) => typeof n === 'number');
}

/** Analyses news texts, perhaps elsewhere: worker threads answer the stored form as JSON text (cheap to
 * pass between threads, and what the cache keeps), this thread the analysis itself. */
export interface ArticleAnalyzer<Answer = string | ArticleAnalysis> {
  analyze(path: string, text: string): Promise<Answer>;
  dispose(): void;
}

/** Analyses in this thread. */
export function localAnalyzer(recognizer: () => Recognizer): ArticleAnalyzer<ArticleAnalysis> {
  return {
    analyze: async (path, text) => analyzeArticle(path, text, recognizer()),
    dispose: () => undefined,
  };
}

/** Uses `primary` (worker threads) and, when it fails, `fallback` (this thread). */
export function withFallback(primary: ArticleAnalyzer, fallback: ArticleAnalyzer): ArticleAnalyzer {
  return {
    analyze: (path, text) => primary.analyze(path, text).catch(() => fallback.analyze(path, text)),
    dispose() {
      primary.dispose();
      fallback.dispose();
    },
  };
}
