// Interns strings, or stretches of a text, as indexes 0, 1, 2 ... without allocating a string per
// look-up: open addressing over the characters, kept in one pool, so a look-up touches one slot
// and the pooled characters (a Map would hash each new string in the runtime and chase objects).

/** Ints per slot: hash, index + 1 (0 = empty), pool offset, length. */
const SLOT = 4;

export class StringTable {
  private table = new Int32Array(1024 * SLOT);
  private mask = 1023;
  private pool = new Uint16Array(4096);
  private poolLength = 0;
  private offsets = new Int32Array(256);
  private count = 0;

  constructor(words: Iterable<string> = []) {
    for (const word of words) this.add(word);
  }

  get size(): number {
    return this.count;
  }

  /** Index of `word`, or undefined. */
  get(word: string): number | undefined {
    const i = this.find(word, 0, word.length);
    return i < 0 ? undefined : i;
  }

  has(word: string): boolean {
    return this.find(word, 0, word.length) >= 0;
  }

  /** Index of `word`, which gets the next index when new. */
  add(word: string): number {
    return this.addRange(word, 0, word.length);
  }

  /** Index of text.slice(start, end), or -1. */
  find(text: string, start: number, end: number): number {
    const h = hash(text, start, end);
    const table = this.table;
    const pool = this.pool;
    let slot = h & this.mask;
    for (;;) {
      const at = slot * SLOT;
      const index = table[at + 1] - 1;
      if (index < 0) return -1;
      if (table[at] === h && table[at + 3] === end - start) {
        const offset = table[at + 2] - start;
        let i = start;
        while (i < end && pool[offset + i] === text.charCodeAt(i)) i++;
        if (i === end) return index;
      }
      slot = (slot + 1) & this.mask;
    }
  }

  /** Index of text.slice(start, end), which gets the next index when new. */
  addRange(text: string, start: number, end: number): number {
    const found = this.find(text, start, end);
    if (found >= 0) return found;
    const length = end - start;
    if (this.poolLength + length > this.pool.length) this.pool = grown(this.pool, this.poolLength + length);
    for (let i = 0; i < length; i++) this.pool[this.poolLength + i] = text.charCodeAt(start + i);
    if (this.count + 2 > this.offsets.length) this.offsets = grown(this.offsets, this.count + 2);
    this.offsets[this.count] = this.poolLength;
    this.offsets[this.count + 1] = this.poolLength + length;
    if ((this.count + 1) * 2 > this.mask) this.rehash();
    const h = hash(text, start, end);
    let slot = h & this.mask;
    while (this.table[slot * SLOT + 1] !== 0) slot = (slot + 1) & this.mask;
    const at = slot * SLOT;
    this.table[at] = h;
    this.table[at + 1] = this.count + 1;
    this.table[at + 2] = this.poolLength;
    this.table[at + 3] = length;
    this.poolLength += length;
    return this.count++;
  }

  /** The string of an index, built from the pool (so it keeps no larger text alive). */
  word(index: number): string {
    const from = this.offsets[index];
    const to = index + 1 < this.count ? this.offsets[index + 1] : this.poolLength;
    let word = '';
    for (let i = from; i < to; i += 4096) {
      word += String.fromCharCode.apply(null, this.pool.subarray(i, Math.min(to, i + 4096)) as unknown as number[]);
    }
    return word;
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

function hash(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h ^ (h >>> 15)) | 0;
}

function grown<A extends Uint16Array | Int32Array>(array: A, needed: number): A {
  const next = new (array.constructor as new (n: number) => A)(Math.max(array.length * 2, needed));
  next.set(array);
  return next;
}
