// Word knowledge learned from text (shipped in the model): cluster paths, capitalization habits,
// gazetteer memberships and what world-knowledge lists say of the word, looked up by word form.
import { StringTable } from './stringTable';

/** Gazetteer bits: the word occurs in training-data names of a class, as the whole name or its first, inner or last word. */
export const gazetteerBits = 16; // (PER, ORG, LOC, MISC) x (whole name, first, inside, last word)

export interface Lexicon {
  /** Word form → entry index. */
  index: StringTable;
  words: string[];
  /** Brown cluster path per entry as (1 << length) | bits; 0 when the word was not clustered. */
  clusters: Uint32Array;
  /** Capitalization habit of the (lower-case) form: 0 unknown, else a bucket (see caseBucket). */
  casing: Uint8Array;
  /** Gazetteer bit set per entry. */
  gazetteer: Uint16Array;
  /**
   * For words of training names: (1 + the class they most often name) * 4 + how often the word
   * is part of a name at all (0: under 10%, 1: under 50%, 2: under 90%, 3: more); else 0.
   */
  nameClass: Uint8Array;
  /** What world-knowledge lists say of the word form (bits of knowledgeBits). */
  knowledge: Uint16Array;
}

export function createLexicon(words: string[]): Lexicon {
  const index = new StringTable(words);
  if (index.size !== words.length) throw new Error('Lexicon words must be distinct');
  return {
    index,
    words,
    clusters: new Uint32Array(words.length),
    casing: new Uint8Array(words.length),
    gazetteer: new Uint16Array(words.length),
    nameClass: new Uint8Array(words.length),
    knowledge: new Uint16Array(words.length),
  };
}

/**
 * Bucket for how often a lower-case form is written capitalized inside sentences of ordinary text:
 * 1..5 by share capitalized (rare words get 6..10), 0 unknown.
 */
export function caseBucket(capitalized: number, lowercase: number): number {
  const total = capitalized + lowercase;
  if (total === 0) return 0;
  const share = capitalized / total;
  const bucket = share < 0.05 ? 1 : share < 0.3 ? 2 : share < 0.7 ? 3 : share < 0.95 ? 4 : 5;
  return total < 4 ? bucket + 5 : bucket;
}
