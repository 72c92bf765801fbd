// Interns the words of a text as integer type ids without allocating a string per token: a hash
// table over the characters of the text. A new word type gets its features computed once.
import { coarseShape, isCapitalized } from './wordShape';
import { normalizeWord } from './features';

export class WordTypes {
  words: string[] = [];
  shapes = new Uint8Array(1024);
  capitalized = new Uint8Array(1024);
  /** Id of the lower-case, normalized form (shared by "Trump", "TRUMP" and "trump"). */
  lowerIds = new Int32Array(1024);
  private lowerIndex = new Map<string, number>();
  private hashes = new Int32Array(1024);
  private table = new Int32Array(2048).fill(-1);
  private mask = 2047;

  /** Called with each new type id after its attributes are set. */
  constructor(private readonly onNewType: (id: number, word: string) => void = () => undefined) {}

  get size(): number {
    return this.words.length;
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
    let slot = h & this.mask;
    for (;;) {
      const id = this.table[slot];
      if (id < 0) break;
      if (this.hashes[id] === h) {
        const word = this.words[id];
        if (word.length === length) {
          let same = true;
          for (let i = 0; i < length; i++) {
            if (word.charCodeAt(i) !== text.charCodeAt(start + i)) {
              same = false;
              break;
            }
          }
          if (same) return id;
        }
      }
      slot = (slot + 1) & this.mask;
    }
    return this.add(text.slice(start, end), h, slot);
  }

  /** Type id of a whole word. */
  internWord(word: string): number {
    return this.intern(word, 0, word.length);
  }

  private add(word: string, hash: number, slot: number): number {
    const id = this.words.length;
    if (id === this.shapes.length) this.growArrays();
    this.words.push(word);
    this.hashes[id] = hash;
    this.shapes[id] = coarseShape(word);
    this.capitalized[id] = isCapitalized(word) ? 1 : 0;
    const lower = normalizeWord(word).toLowerCase();
    let lowerId = this.lowerIndex.get(lower);
    if (lowerId === undefined) {
      lowerId = this.lowerIndex.size;
      this.lowerIndex.set(lower, lowerId);
    }
    this.lowerIds[id] = lowerId;
    this.table[slot] = id;
    if ((id + 1) * 2 > this.mask) this.rehash();
    this.onNewType(id, word);
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
    this.lowerIds = grow(this.lowerIds, (n) => new Int32Array(n));
    this.hashes = grow(this.hashes, (n) => new Int32Array(n));
  }

  private rehash(): void {
    const size = (this.mask + 1) * 2;
    this.table = new Int32Array(size).fill(-1);
    this.mask = size - 1;
    for (let id = 0; id < this.words.length; id++) {
      let slot = this.hashes[id] & this.mask;
      while (this.table[slot] >= 0) slot = (slot + 1) & this.mask;
      this.table[slot] = id;
    }
  }
}
