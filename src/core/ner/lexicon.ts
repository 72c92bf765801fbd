// Word knowledge learned from text (shipped in the model): cluster paths, capitalization habits
// and gazetteer memberships, looked up by word form.

/** Gazetteer bits: the word occurs in training-data names of a class, first or later in the name. */
export const gazetteerBits = 8; // (PER, ORG, LOC, MISC) x (first word, later word)

export interface Lexicon {
  /** Word form → entry index. */
  index: Map<string, number>;
  words: string[];
  /** Brown cluster path per entry as (1 << length) | bits; 0 when the word was not clustered. */
  clusters: Uint32Array;
  /** Capitalization habit of the (lower-case) form: 0 unknown, else a bucket (see caseBucket). */
  casing: Uint8Array;
  /** Gazetteer bit set per entry. */
  gazetteer: Uint8Array;
}

export function createLexicon(words: string[]): Lexicon {
  const index = new Map<string, number>();
  words.forEach((word, i) => index.set(word, i));
  return {
    index,
    words,
    clusters: new Uint32Array(words.length),
    casing: new Uint8Array(words.length),
    gazetteer: new Uint8Array(words.length),
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
