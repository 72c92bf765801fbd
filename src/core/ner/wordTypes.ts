// Interns the words of a text as integer type ids without allocating a string per token (see
// StringTable), with a few attributes per type. A new word type gets its features computed once.
import { coarseShape, isCapitalized, SHAPE_NUMBER } from './wordShape';
import { normalizeWord } from './features';
import { StringTable } from './stringTable';

const scorePattern = /^[0-9]{1,3}-[0-9]{1,3}$/;

export class WordTypes {
  shapes = new Uint8Array(1024);
  capitalized = new Uint8Array(1024);
  /** 1 for a match score such as "2-1" (a hint that the article reports sports results). */
  scores = new Uint8Array(1024);
  /** Id of the lower-case, normalized form (shared by "Trump", "TRUMP" and "trump"). */
  lowerIds = new Int32Array(1024);
  private readonly words = new StringTable();
  private readonly lowerIndex = new StringTable();

  /** Called with each new type id after its attributes are set (lower: normalized lower case). */
  constructor(
    private readonly onNewType: (id: number, word: string, lower: string, shape: number) => void = () => undefined,
  ) {}

  get size(): number {
    return this.words.size;
  }

  get lowerCount(): number {
    return this.lowerIndex.size;
  }

  /** Type id of text.slice(start, end). */
  intern(text: string, start: number, end: number): number {
    const id = this.words.find(text, start, end);
    return id >= 0 ? id : this.add(text, start, end);
  }

  /** Type id of a whole word. */
  internWord(word: string): number {
    return this.intern(word, 0, word.length);
  }

  private add(text: string, start: number, end: number): number {
    const id = this.words.addRange(text, start, end);
    if (id === this.shapes.length) this.growArrays();
    // V8 copies short slices; a long one would keep the whole text alive, so it is built anew.
    const word = end - start < 13 ? text.slice(start, end) : this.words.word(id);
    const shape = coarseShape(word);
    this.shapes[id] = shape;
    this.capitalized[id] = isCapitalized(word) ? 1 : 0;
    this.scores[id] = shape === SHAPE_NUMBER && scorePattern.test(word) ? 1 : 0;
    const lower = normalizeWord(word).toLowerCase();
    this.lowerIds[id] = this.lowerIndex.add(lower);
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
}
