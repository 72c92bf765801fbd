// Features of one word type, computed once per distinct word and cached by the tagger. Each feature
// is a 32-bit key hashed from (template, slot, value); a slot says where the word stands relative
// to the token being tagged, so one word contributes different features as itself and as context.
// Values are hashed straight from the characters, so extracting features builds no strings.
import { knowledgeBitCount } from './knowledge';
import { caseBucket, gazetteerBits, type Lexicon } from './lexicon';
import { coarseShape } from './wordShape';

export const SLOT_SELF = 0;
export const SLOT_PREVIOUS = 1;
export const SLOT_NEXT = 2;
export const SLOT_PREVIOUS_2 = 3;
export const SLOT_NEXT_2 = 4;
/** The word itself on a line in capitals (headline). */
export const SLOT_CAPS_LINE = 5;
/** The word itself as the first of a sentence. */
export const SLOT_SENTENCE_START = 6;
/** The word before / after another occurrence of a capitalized word (context aggregation). */
export const SLOT_AGGREGATE_PREVIOUS = 7;
export const SLOT_AGGREGATE_NEXT = 8;
/** The word itself in a report of sports results (an article with match scores). */
export const SLOT_SPORTS = 9;
export const slotCount = 10;

/** Pseudo-words standing before and after a sentence. */
export const BEFORE_SENTENCE = '<s>';
export const AFTER_SENTENCE = '</s>';

const enum Template {
  Word = 1,
  Lower,
  Shape,
  Coarse,
  Prefix,
  Suffix,
  Cluster,
  ClusterFull,
  NoCluster,
  Casing,
  Part,
  Gazetteer,
  Length,
  NameClass,
  Knowledge,
  KnowledgeSet,
}

const normalizable = /[’‘`“”–—0-9]/;
/** Quotes and dashes made plain, digits made 0: "’96" → "'00". */
export function normalizeWord(word: string): string {
  if (!normalizable.test(word)) return word;
  return word.replace(/[’‘`]/g, "'").replace(/[“”]/g, '"').replace(/[–—]/g, '--').replace(/[0-9]/g, '0');
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function hashChars(text: string, from: number, to: number): number {
  let h = FNV_OFFSET;
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

/** The feature key of a value hash (or small number) under a template and slot. */
function featureKey(template: number, slot: number, value: number): number {
  let h = (value ^ Math.imul(template * 16 + slot + 1, 0x9e3779b1)) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * Looks a word up: its own form, else (for words in capitals) its title-case form, else its
 * lower-case form, whose entry is given.
 */
function lookUp(word: string, lower: string, lowerEntry: number, lexicon: Lexicon): number {
  if (word === lower) return lowerEntry;
  const exact = lexicon.index.get(word);
  if (exact !== undefined) return exact;
  if (word.length > 1 && word === word.toUpperCase()) {
    const title = lexicon.index.get(word[0] + lower.slice(1));
    if (title !== undefined) return title;
  }
  return lowerEntry;
}

/**
 * The capitalization habit of a lower-case form; for an unknown hyphenated word, that of its most
 * often capitalized part ("skiing-women" is written in lower case, "anglo-dutch" capitalized).
 */
function casingHabit(lower: string, lowerEntry: number, lexicon: Lexicon): number {
  if (lowerEntry >= 0) return lexicon.casing[lowerEntry];
  let best = caseBucket(0, 0);
  if (lower.length < 3 || !lower.includes('-')) return best;
  let start = 0;
  for (let i = 0; i <= lower.length; i++) {
    if (i < lower.length && lower.charCodeAt(i) !== 45) continue;
    const part = i > start ? lexicon.index.get(lower.slice(start, i)) : undefined;
    const bucket = part === undefined ? 0 : lexicon.casing[part];
    if (bucket > 0 && (best === 0 || (bucket - 1) % 5 > (best - 1) % 5)) best = bucket;
    start = i + 1;
  }
  return best;
}

function clusterPrefix(path: number, length: number): number {
  const pathLength = 31 - Math.clz32(path);
  return pathLength <= length ? path : path >>> (pathLength - length);
}

/** Hash of the collapsed shape ("Xx", "X.X.", "d-d"), computed without building it. */
function shapeHash(word: string): number {
  let h = FNV_OFFSET;
  let last = -1;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    let c: number;
    if (code >= 48 && code <= 57) c = 100; // d
    else if (code >= 97 && code <= 122) c = 120; // x
    else if (code >= 65 && code <= 90) c = 88; // X
    else if (code < 128) c = code;
    else {
      const ch = word[i];
      c = ch !== ch.toLowerCase() ? 88 : ch !== ch.toUpperCase() ? 120 : code;
    }
    if (c !== last) h = Math.imul(h ^ c, FNV_PRIME);
    last = c;
  }
  return h >>> 0;
}

/** Which templates fire in each slot. */
interface SlotLayout {
  /** Word (exact form), collapsed shape, prefixes and suffixes 1-4, hyphen parts. */
  whole?: boolean;
  shape?: boolean;
  suffix3?: boolean;
  /** Cluster path prefix lengths (plus the full path when there are any). */
  clusters: readonly number[];
  casing?: boolean;
  coarse?: boolean;
  gazetteer?: boolean;
}

const slotLayouts: readonly SlotLayout[] = [
  { whole: true, shape: true, clusters: [2, 4, 6, 8, 10, 12], casing: true, coarse: true, gazetteer: true }, // self
  { shape: true, suffix3: true, clusters: [4, 8], casing: true, gazetteer: true }, // previous
  { shape: true, suffix3: true, clusters: [4, 8], casing: true, gazetteer: true }, // next
  { clusters: [6], coarse: true }, // previous 2
  { clusters: [6], coarse: true }, // next 2
  { suffix3: true, clusters: [4, 8], casing: true, coarse: true, gazetteer: true }, // caps line
  { clusters: [6], casing: true }, // sentence start
  { shape: true, clusters: [4, 8], casing: true, gazetteer: true }, // aggregate previous
  { shape: true, clusters: [4, 8], casing: true, gazetteer: true }, // aggregate next
  { suffix3: true, clusters: [4, 8], casing: true, gazetteer: true }, // sports
];

const IN_LEXICON = 1 << 16;

/** Parts of a word's keys (extract's `parts`): those of the word itself and three shared classes. */
export const WORD_KEYS = 1;
/** Keys that depend only on the cluster path (or the shape of a word without one). */
export const CLUSTER_KEYS = 2;
/** Keys that depend only on the gazetteer bits and whether the word is in the lexicon. */
export const GAZETTEER_KEYS = 4;
/** Keys that depend only on casing habit, shape and length. */
export const SPELLING_KEYS = 8;
/** Keys that depend only on the knowledge bits. */
export const KNOWLEDGE_KEYS = 16;
export const ALL_KEYS = 31;

/**
 * Extracts the feature keys of word types into a reusable buffer. Keys shared by many words
 * (clusters, gazetteer, spelling) can be extracted apart, from the class values the last
 * extract() left in `cluster`, `gazetteer` and `spelling`, so that callers can cache their sums.
 */
export class FeatureExtractor {
  /** Keys of the last word; slot s owns keys[slotStarts[s] .. slotStarts[s + 1]). */
  keys = new Uint32Array(256);
  readonly slotStarts = new Int32Array(slotCount + 1);
  /** Class values of the last word; -1 for the sentence boundary pseudo-words. */
  cluster = 0;
  gazetteer = 0;
  spelling = 0;
  knowledge = 0;
  private count = 0;

  constructor(private readonly lexicon: Lexicon) {}

  private add(template: number, slot: number, value: number): void {
    if (this.count === this.keys.length) {
      const grown = new Uint32Array(this.keys.length * 2);
      grown.set(this.keys);
      this.keys = grown;
    }
    this.keys[this.count++] = featureKey(template, slot, value);
  }

  /** Cluster keys of a slot: `cluster` is a path, or -1 - shape for a word without one. */
  private addClusters(slot: number, cluster: number): void {
    const lengths = slotLayouts[slot].clusters;
    if (lengths.length === 0) return;
    if (cluster < 0) {
      this.add(Template.NoCluster, slot, -1 - cluster);
      return;
    }
    for (const length of lengths) this.add(Template.Cluster, slot, clusterPrefix(cluster, length) * 32 + length);
    this.add(Template.ClusterFull, slot, cluster);
  }

  /**
   * Gazetteer keys of a slot: `value` is the bit set, plus IN_LEXICON when the word is in the
   * lexicon, plus its name class << 17.
   */
  private addGazetteer(slot: number, value: number): void {
    if (!slotLayouts[slot].gazetteer) return;
    for (let bit = 0; bit < gazetteerBits; bit++) if (value & (1 << bit)) this.add(Template.Gazetteer, slot, bit);
    if (slot === SLOT_SELF && value === IN_LEXICON) this.add(Template.Gazetteer, slot, 255);
    if (value >>> 17) this.add(Template.NameClass, slot, value >>> 17);
  }

  /** Knowledge keys of a slot: one per bit, and for the word itself one for the whole set. */
  private addKnowledge(slot: number, value: number): void {
    if (!slotLayouts[slot].gazetteer || value <= 0) return;
    for (let bit = 0; bit < knowledgeBitCount; bit++) if (value & (1 << bit)) this.add(Template.Knowledge, slot, bit);
    if (slot === SLOT_SELF) this.add(Template.KnowledgeSet, slot, value);
  }

  /** Spelling keys of a slot: `value` is casing * 16 + length (casing = habit bucket * 32 + shape). */
  private addSpelling(slot: number, value: number): void {
    const layout = slotLayouts[slot];
    const casing = value >>> 4;
    if (layout.casing) this.add(Template.Casing, slot, casing);
    if (layout.coarse) this.add(Template.Coarse, slot, casing & 31);
    if (slot === SLOT_SELF) this.add(Template.Length, slot, value & 15);
  }

  /**
   * Computes the keys of `word` for every slot; `parts` picks which (WORD_KEYS | CLUSTER_KEYS ...).
   * Callers that know the word's normalized lower-case form and shape may pass them.
   */
  extract(word: string, parts = ALL_KEYS, lower?: string, shape?: number): void {
    this.count = 0;
    if (word === BEFORE_SENTENCE || word === AFTER_SENTENCE) {
      this.cluster = this.gazetteer = this.spelling = this.knowledge = -1;
      const value = hashChars(word, 0, word.length);
      for (let slot = 0; slot < slotCount; slot++) {
        this.slotStarts[slot] = this.count;
        if (parts & WORD_KEYS) this.add(Template.Word, slot, value);
      }
      this.slotStarts[slotCount] = this.count;
      return;
    }
    const lexicon = this.lexicon;
    const normal = normalizeWord(word);
    lower ??= normal.toLowerCase();
    shape ??= coarseShape(word);
    const lowerEntry = lexicon.index.get(lower) ?? -1;
    const entry = lookUp(word, lower, lowerEntry, lexicon);
    const path = entry >= 0 ? lexicon.clusters[entry] : 0;
    this.cluster = path === 0 ? -1 - shape : path;
    this.gazetteer = entry >= 0 ? lexicon.gazetteer[entry] | IN_LEXICON | (lexicon.nameClass[entry] << 17) : 0;
    this.knowledge = entry >= 0 ? lexicon.knowledge[entry] : 0;
    if (this.knowledge === 0 && word.length > 1 && word !== lower && word === word.toUpperCase()) {
      // Knowledge is kept for the form names are written in: "PARIS" reads as "Paris", "paris" not.
      const title = lexicon.index.get(word[0] + lower.slice(1));
      if (title !== undefined) this.knowledge = lexicon.knowledge[title];
    }
    const casing = casingHabit(lower, lowerEntry, lexicon) * 32 + shape;
    this.spelling = casing * 16 + Math.min(word.length, 8);
    const lowerHash = hashChars(lower, 0, lower.length);
    const wordHash = normal === lower ? lowerHash : hashChars(normal, 0, normal.length);
    const collapsed = shapeHash(word);
    const suffix3 = hashChars(lower, Math.max(0, lower.length - 3), lower.length);

    for (let slot = 0; slot < slotCount; slot++) {
      this.slotStarts[slot] = this.count;
      const layout = slotLayouts[slot];
      if (parts & WORD_KEYS) {
        this.add(Template.Lower, slot, lowerHash);
        if (layout.shape) this.add(Template.Shape, slot, collapsed);
        if (layout.suffix3) this.add(Template.Suffix, slot, suffix3);
        if (layout.whole) {
          this.add(Template.Word, slot, wordHash);
          const affixes = Math.min(4, lower.length);
          for (let n = 1; n <= affixes; n++) {
            this.add(Template.Prefix, slot, hashChars(lower, 0, n));
            this.add(Template.Suffix, slot, hashChars(lower, lower.length - n, lower.length));
          }
          if (lower.length > 2 && lower.includes('-')) {
            let start = 0;
            for (let i = 0; i <= lower.length; i++) {
              if (i < lower.length && lower.charCodeAt(i) !== 45) continue;
              if (i > start) this.add(Template.Part, slot, hashChars(lower, start, i));
              start = i + 1;
            }
          }
        }
      }
      if (parts & CLUSTER_KEYS) this.addClusters(slot, this.cluster);
      if (parts & GAZETTEER_KEYS) this.addGazetteer(slot, this.gazetteer);
      if (parts & SPELLING_KEYS) this.addSpelling(slot, this.spelling);
      if (parts & KNOWLEDGE_KEYS) this.addKnowledge(slot, this.knowledge);
    }
    this.slotStarts[slotCount] = this.count;
  }

  /** Computes, for every slot, the keys of one shared class value (CLUSTER_KEYS, ... and its value). */
  extractClass(part: number, value: number): void {
    this.count = 0;
    for (let slot = 0; slot < slotCount; slot++) {
      this.slotStarts[slot] = this.count;
      if (part === CLUSTER_KEYS) this.addClusters(slot, value);
      else if (part === GAZETTEER_KEYS) this.addGazetteer(slot, value);
      else if (part === KNOWLEDGE_KEYS) this.addKnowledge(slot, value);
      else this.addSpelling(slot, value);
    }
    this.slotStarts[slotCount] = this.count;
  }

  /** Keys of one slot of the last word (a view into the buffer). */
  slotKeys(slot: number): Uint32Array {
    return this.keys.subarray(this.slotStarts[slot], this.slotStarts[slot + 1]);
  }
}
