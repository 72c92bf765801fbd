// Interns the words of a text as integer type ids without allocating a string per token: a hash
// table over the characters of the text, whose slots hold hash, id, and where the word's
// characters sit in a pool, so a lookup touches one slot and the pooled characters. A new word
// type gets its features computed once.
import { coarseShape, isCapitalized, SHAPE_NUMBER } from './wordShape';
import { normalizeWord } from './features';

const scorePattern = /^[0-9]{1,3}-[0-9]{1,3}$/;

/** Ints per table slot: hash, id + 1 (0 = empty), pool offset, length. */
const SLOT = 4;

export class WordTypes {
  shapes = new Uint8Array(1024);
  capitalized = new Uint8Array(1024);
  /** 1 for a match score such as "2-1" (a hint that the article reports sports results). */
  scores = new Uint8Array(1024);
  /** Id of the lower-case, normalized form (shared by "Trump", "TRUMP" and "trump"). */
  lowerIds = new Int32Array(1024);
  private count = 0;
  private lowerIndex = new Map<string, number>();
  private pool = new Uint16Array(16384);
  private poolLength = 0;
  private table = new Int32Array(2048 * SLOT);
  private mask = 2047;

  /** Called with each new type id after its attributes are set (lower: normalized lower case). */
  constructor(
    private readonly onNewType: (id: number, word: string, lower: string, shape: number) => void = () => undefined,
  ) {}

  get size(): number {
    return this.count;
  }

  get lowerCount(): number {
    return this.lowerIndex.size;
  }

  /** Type id of text.slice(start, end). */
  intern(text: string, start: number, end: number): number {
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    h = (h ^ (h >>> 15)) | 0;
    const length = end - start;
    const table = this.table;
    const pool = this.pool;
    let slot = h & this.mask;
    for (;;) {
      const at = slot * SLOT;
      const id = table[at + 1] - 1;
      if (id < 0) break;
      if (table[at] === h && table[at + 3] === length) {
        const offset = table[at + 2] - start;
        let i = start;
        while (i < end && pool[offset + i] === text.charCodeAt(i)) i++;
        if (i === end) return id;
      }
      slot = (slot + 1) & this.mask;
    }
    return this.add(text, start, end, h, slot);
  }

  /** Type id of a whole word. */
  internWord(word: string): number {
    return this.intern(word, 0, word.length);
  }

  private add(text: string, start: number, end: number, hash: number, slot: number): number {
    const id = this.count++;
    if (id === this.shapes.length) this.growArrays();
    const length = end - start;
    if (this.poolLength + length > this.pool.length) {
      const pool = new Uint16Array(Math.max(this.pool.length * 2, this.poolLength + length));
      pool.set(this.pool);
      this.pool = pool;
    }
    for (let i = 0; i < length; i++) this.pool[this.poolLength + i] = text.charCodeAt(start + i);
    const at = slot * SLOT;
    this.table[at] = hash;
    this.table[at + 1] = id + 1;
    this.table[at + 2] = this.poolLength;
    this.table[at + 3] = length;
    this.poolLength += length;
    // V8 copies short slices; a long one would keep the whole text alive, so it is built anew.
    const word = length < 13 ? text.slice(start, end) : flatCopy(this.pool, this.poolLength - length, this.poolLength);
    const shape = coarseShape(word);
    this.shapes[id] = shape;
    this.capitalized[id] = isCapitalized(word) ? 1 : 0;
    this.scores[id] = shape === SHAPE_NUMBER && scorePattern.test(word) ? 1 : 0;
    const lower = normalizeWord(word).toLowerCase();
    let lowerId = this.lowerIndex.get(lower);
    if (lowerId === undefined) {
      lowerId = this.lowerIndex.size;
      this.lowerIndex.set(lower, lowerId);
    }
    this.lowerIds[id] = lowerId;
    if ((id + 1) * 2 > this.mask) this.rehash();
    this.onNewType(id, word, lower, shape);
    return id;
  }

  private growArrays(): void {
    const size = this.shapes.length * 2;
    const grow = <A extends Uint8Array | Int32Array>(old: A, make: (n: number) => A): A => {
      const next = make(size);
      next.set(old);
      return next;
    };
    this.shapes = grow(this.shapes, (n) => new Uint8Array(n));
    this.capitalized = grow(this.capitalized, (n) => new Uint8Array(n));
    this.scores = grow(this.scores, (n) => new Uint8Array(n));
    this.lowerIds = grow(this.lowerIds, (n) => new Int32Array(n));
  }

  private rehash(): void {
    const old = this.table;
    const size = (this.mask + 1) * 2;
    this.table = new Int32Array(size * SLOT);
    this.mask = size - 1;
    for (let at = 0; at < old.length; at += SLOT) {
      if (old[at + 1] === 0) continue;
      let slot = old[at] & this.mask;
      while (this.table[slot * SLOT + 1] !== 0) slot = (slot + 1) & this.mask;
      for (let i = 0; i < SLOT; i++) this.table[slot * SLOT + i] = old[at + i];
    }
  }
}

/** The string of pool[from, to), built anew so that it does not keep a whole text alive. */
function flatCopy(pool: Uint16Array, from: number, to: number): string {
  let word = '';
  for (let i = from; i < to; i += 4096) {
    word += String.fromCharCode.apply(null, pool.subarray(i, Math.min(to, i + 4096)) as unknown as number[]);
  }
  return word;
}
