// An inverted index of words that finds candidates for a fuzzy query fast, even with typos,
// so fuse.js only has to rank a few hundred items instead of every sentence in the workspace.

const wordPattern = /[\p{L}\p{N}]+/gu;
/** Words so common that they say nothing about which item is meant. */
const commonWords = new Set('the a an of to in and or for on at by is was are were be it its as with from that this said'.split(' '));

const maxItemsPerQueryWord = 10_000;
/** Lists at least this long are kept as 32-bit arrays: half the memory of a list of numbers. */
const compactLength = 32;

export class WordIndex {
  /** Ids of the items that have each word, in the order they were added. */
  private readonly postings = new Map<string, number[] | Int32Array>();
  /** Words whose lists have grown long enough to be compacted at the next search. */
  private readonly grown = new Set<string>();
  private readonly removed = new Set<number>();
  private words: string[] | undefined;
  /** Per id, a query's score, and one query word's best weight (0 between searches). */
  private scores = new Float64Array(1024);
  private best = new Float64Array(1024);

  /** Indexes an item's text; ids are added in increasing order. */
  add(id: number, text: string): void {
    if (id >= this.scores.length) {
      const size = Math.max(id + 1, this.scores.length * 2);
      this.scores = new Float64Array(size);
      this.best = new Float64Array(size);
    }
    forEachIndexWord(text, (word) => {
      let list = this.postings.get(word);
      if (!list) {
        this.postings.set(word, [id]);
        this.words = undefined;
        return;
      }
      if (list[list.length - 1] === id) return; // a word the item has already named
      if (!Array.isArray(list)) {
        list = Array.from(list);
        this.postings.set(word, list);
        this.grown.add(word);
      } else if (list.length + 1 === compactLength) this.grown.add(word);
      list.push(id);
    });
  }

  /** Forgets an item; its id must not be added again. */
  remove(id: number): void {
    this.removed.add(id);
  }

  /** Ids of the items that best match the query's words (exactly, as a prefix, or within a typo or two), best first. */
  candidates(query: string, limit: number): number[] {
    this.prepare();
    const queryWords = (query.toLowerCase().match(wordPattern) ?? []).filter((w, i, all) => all.indexOf(w) === i);
    const meaningful = queryWords.filter((w) => !commonWords.has(w));
    // Scores live in arrays indexed by id, reused between keystrokes; only the ids touched are read and reset.
    const scores = this.scores;
    const best = this.best;
    const scored: number[] = []; // ids with a score, in the order they got one
    for (const queryWord of meaningful.length ? meaningful : queryWords) {
      const matched: number[] = []; // ids this query word matches, in the order they were met
      // Closest words first, and no more items than a budget: a short prefix of a large index ("in")
      // would otherwise score most of it on every keystroke.
      let budget = maxItemsPerQueryWord;
      for (const [word, similarity] of this.similarWords(queryWord).sort((a, b) => b[1] - a[1])) {
        const ids = this.postings.get(word)!;
        const weight = similarity * Math.log(1 + 100000 / (ids.length + 1)); // always > 0, so 0 means "not yet"
        const count = Math.min(ids.length, budget);
        for (let i = 0; i < count; i++) {
          const id = ids[i];
          if (best[id] === 0) matched.push(id);
          if (best[id] < weight) best[id] = weight;
        }
        budget -= count;
        if (budget === 0) break;
      }
      for (const id of matched) {
        if (scores[id] === 0) scored.push(id);
        scores[id] += best[id];
        best[id] = 0;
      }
    }
    const kept = this.removed.size > 0 ? scored.filter((id) => !this.removed.has(id)) : scored;
    const top = topIds(kept, scores, limit);
    for (const id of scored) scores[id] = 0;
    return top;
  }

  /** Gets ready for searches (long lists compacted, the vocabulary listed), so that the next search need not. */
  prepare(): void {
    this.compact();
    this.words ??= [...this.postings.keys()];
  }

  private compact(): void {
    for (const word of this.grown) {
      const list = this.postings.get(word)!;
      if (Array.isArray(list) && list.length >= compactLength) this.postings.set(word, Int32Array.from(list));
    }
    this.grown.clear();
  }

  /** Vocabulary words close to a query word, with a similarity from 0 to 1. */
  private similarWords(queryWord: string): [string, number][] {
    this.words ??= [...this.postings.keys()];
    const allowed = queryWord.length <= 3 ? 0 : queryWord.length <= 6 ? 1 : 2;
    const found: [string, number][] = [];
    for (const word of this.words) {
      if (word === queryWord) found.push([word, 1]);
      else if (word.startsWith(queryWord)) found.push([word, 0.8]);
      else if (allowed > 0 && Math.abs(word.length - queryWord.length) <= allowed) {
        const distance = allowed === 1 ? (oneEditApart(queryWord, word) ? 1 : 2) : boundedEditDistance(queryWord, word, allowed);
        if (distance <= allowed) found.push([word, 0.7 - 0.15 * distance]);
      } else if (allowed > 0 && word.length > queryWord.length && startsWithOneTypo(word, queryWord)) {
        found.push([word, 0.5]); // a typo in a word still being typed
      }
    }
    return found;
  }
}

/**
 * Whether the word starts with the query but for one character: the edit distance of the two, over the
 * query's length, is at most 1 (of two strings of one length, only by one substitution).
 */
function startsWithOneTypo(word: string, query: string): boolean {
  let typos = 0;
  for (let i = 0; i < query.length; i++) if (word.charCodeAt(i) !== query.charCodeAt(i) && ++typos > 1) return false;
  return true;
}

/** Whether two different words of lengths at most one apart are one edit apart (their edit distance is 1). */
function oneEditApart(a: string, b: string): boolean {
  if (a.length === b.length) return startsWithOneTypo(a, b);
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && short.charCodeAt(i) === long.charCodeAt(i)) i++;
  return short.slice(i) === long.slice(i + 1);
}

/** Lower-case words, and the parts of words written in camel case: "ByteDance" → bytedance, byte, dance. */
function forEachIndexWord(text: string, use: (word: string) => void): void {
  for (const match of text.matchAll(wordPattern)) {
    const word = match[0];
    use(word.toLowerCase());
    if (isPlainWord(word)) continue; // one part: the word itself
    const parts = word.match(/\p{Lu}?\p{Ll}+|\p{Lu}+(?!\p{Ll})|\p{N}+/gu);
    if (parts && parts.length > 1) for (const part of parts) if (part.length > 2) use(part.toLowerCase());
  }
}

/** An ASCII word of lower-case letters, perhaps capitalized: most words, and never more than one part. */
function isPlainWord(word: string): boolean {
  const first = word.charCodeAt(0) | 32;
  if (first < 97 || first > 122) return false;
  for (let i = 1; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code < 97 || code > 122) return false;
  }
  return true;
}

/** The `limit` best-scored ids, best first, without sorting every score. */
function topIds(ids: number[], scores: Float64Array, limit: number): number[] {
  let kept = ids;
  if (ids.length > limit * 4) {
    // Keep roughly the best share first: a threshold from a sample avoids sorting thousands of scores.
    const sample = ids.filter((_, i) => i % Math.ceil(ids.length / 1000) === 0).map((id) => scores[id]).sort((a, b) => b - a);
    const threshold = sample[Math.min(sample.length - 1, Math.ceil((limit * 2 * sample.length) / ids.length))];
    const aboveThreshold = ids.filter((id) => scores[id] >= threshold);
    if (aboveThreshold.length >= limit) kept = aboveThreshold;
  }
  return kept.sort((a, b) => scores[b] - scores[a] || a - b).slice(0, limit); // sorted in place: the caller only resets what it lists
}

let previousRow = new Int32Array(64);
let currentRow = new Int32Array(64);

/** Levenshtein distance between `a` and the first `bLength` characters of `b`, or `bound + 1` as soon as it must exceed `bound`. */
export function boundedEditDistance(a: string, b: string, bound: number, bLength = b.length): number {
  if (Math.abs(a.length - bLength) > bound) return bound + 1;
  if (previousRow.length <= bLength) {
    previousRow = new Int32Array(bLength * 2);
    currentRow = new Int32Array(bLength * 2);
  }
  let previous = previousRow;
  let current = currentRow;
  for (let j = 0; j <= bLength; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= bLength; j++) {
      const cost = ai === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > bound) return bound + 1;
    [previous, current] = [current, previous];
  }
  return previous[bLength];
}
