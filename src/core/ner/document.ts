// Document-level context shared by training and recognition: sentence order, what the document
// says about a word's capitalization elsewhere, and how the tagger labelled the word before
// (a name tagged once keeps its type later in the article), whether it reports match scores, and
// where else each capitalized word occurs. Also the per-token "dynamic" feature rows that depend
// on this context rather than on the word alone.
import { CAPS_LINE, SENTENCE_START, type Tokens } from './tokenizer';
import { classOfTag, entityClasses } from './tags';
import { isWordShape, SHAPE_BOUNDARY, SHAPE_LOWER, shapeCount } from './wordShape';
import type { WordTypes } from './wordTypes';

const classes = entityClasses.length;
/** Values of DocumentMemory.history. */
export const historyValues = 2 + 2 * classes;

/** Row offsets of the dynamic feature blocks (rows of the weight matrix after the word features). */
export const dynamicBlock = {
  shapeLeft: 0,
  shapeRight: shapeCount * shapeCount,
  documentCase: 2 * shapeCount * shapeCount,
  history: 2 * shapeCount * shapeCount + 32,
  historyPrevious: 2 * shapeCount * shapeCount + 32 + historyValues * 4,
  historyNext: 2 * shapeCount * shapeCount + 32 + historyValues * 5,
};
export const dynamicRowCount = dynamicBlock.historyNext + historyValues;
export const dynamicRowsPerToken = 6;

/** Sentences as [start, end) token ranges in the order to tag them: headlines in capitals last. */
export function sentenceOrder(tokens: Tokens, out: number[] = []): number[] {
  out.length = 0;
  const deferred: number[] = [];
  let start = 0;
  for (let t = 1; t <= tokens.count; t++) {
    if (t === tokens.count || tokens.flags[t] & SENTENCE_START) {
      if (tokens.flags[start] & CAPS_LINE) deferred.push(start, t);
      else out.push(start, t);
      start = t;
    }
  }
  for (const x of deferred) out.push(x);
  return out;
}

/** Ints per word in DocumentMemory: document stamp, case bits, then counts per class and outside. */
const STRIDE = 8;
const CASE = 1;
const COUNTS = 2;

/**
 * Per-document memory keyed by lower-case word id; reset cheaply between documents. What it
 * knows of one word sits together in one array, so a rare word costs one cache miss, not three.
 */
export class DocumentMemory {
  private document = 0;
  private words = new Int32Array(1024 * STRIDE);
  private histories = new Int32Array(256);
  /** Whether the current document reports match scores, as sports results do (see WordTypes.scores). */
  isSports = false;

  /** Starts a document: records how each word is capitalized where capitals carry meaning. */
  begin(types: WordTypes, typeIds: Int32Array, tokens: Tokens): void {
    this.document++;
    if (this.words.length < types.lowerCount * STRIDE) this.grow(types.lowerCount);
    const words = this.words;
    let scores = 0;
    for (let t = 0; t < tokens.count; t++) {
      const type = typeIds[t];
      scores += types.scores[type];
      const at = types.lowerIds[type] * STRIDE;
      if (words[at] !== this.document) {
        words[at] = this.document;
        for (let i = 1; i < STRIDE; i++) words[at + i] = 0;
      }
      const shape = types.shapes[type];
      if (tokens.flags[t] & (SENTENCE_START | CAPS_LINE) || !isWordShape(shape)) continue;
      words[at + CASE] |= shape === SHAPE_LOWER ? 2 : 1;
    }
    this.isSports = scores > 0;
  }

  /** Remembers the tags given to tokens [from, to). */
  record(types: WordTypes, typeIds: Int32Array, tags: Uint8Array, from: number, to: number): void {
    for (let t = from; t < to; t++) {
      const c = classOfTag(tags[t]);
      this.words[types.lowerIds[typeIds[t]] * STRIDE + COUNTS + (c < 0 ? classes : c)]++;
    }
  }

  /** 0 unseen, 1 only outside names, 2+c mostly class c, 2+classes+c sometimes class c. */
  history(lower: number): number {
    const base = lower * STRIDE + COUNTS;
    const words = this.words;
    let best = -1;
    let bestCount = 0;
    for (let c = 0; c < classes; c++) {
      if (words[base + c] > bestCount) {
        bestCount = words[base + c];
        best = c;
      }
    }
    const outside = words[base + classes];
    if (best < 0) return outside > 0 ? 1 : 0;
    return bestCount >= outside ? 2 + best : 2 + classes + best;
  }

  /** Fills `rows` with dynamicRowsPerToken rows for each token of the sentence [from, to). */
  sentenceRows(types: WordTypes, typeIds: Int32Array, tokens: Tokens, from: number, to: number, rows: Int32Array): void {
    const length = to - from;
    if (this.histories.length < length) this.histories = new Int32Array(length * 2);
    const histories = this.histories;
    for (let t = from; t < to; t++) histories[t - from] = this.history(types.lowerIds[typeIds[t]]);
    const shapes = types.shapes;
    let previousShape = SHAPE_BOUNDARY;
    let shape = shapes[typeIds[from]];
    for (let t = from; t < to; t++) {
      const type = typeIds[t];
      const nextShape = t + 1 < to ? shapes[typeIds[t + 1]] : SHAPE_BOUNDARY;
      const flags = tokens.flags[t];
      const caps = flags & CAPS_LINE ? 1 : 0;
      const context = (flags & SENTENCE_START ? 1 : 0) | (caps << 1);
      const capitalized = types.capitalized[type];
      const caseBits = isWordShape(shape) ? this.words[types.lowerIds[type] * STRIDE + CASE] : 0;
      const i = t - from;
      const at = i * dynamicRowsPerToken;
      rows[at] = dynamicBlock.shapeLeft + previousShape * shapeCount + shape;
      rows[at + 1] = dynamicBlock.shapeRight + shape * shapeCount + nextShape;
      rows[at + 2] = dynamicBlock.documentCase + ((caseBits * 4 + context) << 1) + capitalized;
      rows[at + 3] = dynamicBlock.history + ((histories[i] * 2 + capitalized) << 1) + caps;
      rows[at + 4] = dynamicBlock.historyPrevious + (i > 0 ? histories[i - 1] : 0);
      rows[at + 5] = dynamicBlock.historyNext + (t + 1 < to ? histories[i + 1] : 0);
      previousShape = shape;
      shape = nextShape;
    }
  }

  private grow(size: number): void {
    const words = new Int32Array(Math.max(size, (this.words.length / STRIDE) * 2) * STRIDE);
    words.set(this.words);
    this.words = words;
  }
}

/**
 * Where else a capitalized word occurs in the document: tokens whose type is capitalized are
 * grouped by lower-case form, and each occurrence lists its neighbours' types. A word's
 * neighbours anywhere in the article ("giant Pirelli", "Pirelli said") then count for every
 * occurrence of it (Ratinov & Roth's context aggregation).
 */
export class ContextGroups {
  /** Group of each token, -1 for tokens that are not capitalized words. */
  groupOf = new Int32Array(1024);
  count = 0;
  /** Occurrences of group g: occurrences[starts[g] .. starts[g + 1]) as token indexes. */
  starts = new Int32Array(256);
  occurrences = new Int32Array(1024);
  /** Type ids before and after each listed occurrence (sentence boundaries as pseudo-words). */
  previousTypes = new Int32Array(1024);
  nextTypes = new Int32Array(1024);
  private groupOfLower = new Int32Array(1024).fill(-1);
  private fill = new Int32Array(256);

  build(types: WordTypes, typeIds: Int32Array, tokens: Tokens, before: number, after: number): void {
    const n = tokens.count;
    if (this.groupOf.length < n) {
      this.groupOf = new Int32Array(n * 2);
      this.occurrences = new Int32Array(n * 2);
      this.previousTypes = new Int32Array(n * 2);
      this.nextTypes = new Int32Array(n * 2);
    }
    if (this.groupOfLower.length < types.lowerCount) this.groupOfLower = new Int32Array(types.lowerCount * 2).fill(-1);
    if (this.starts.length < n + 2) {
      this.starts = new Int32Array(n * 2 + 2);
      this.fill = new Int32Array(n * 2 + 2);
    }
    const groupOf = this.groupOf;
    const groupOfLower = this.groupOfLower;
    const starts = this.starts;
    let count = 0;
    for (let t = 0; t < n; t++) {
      const type = typeIds[t];
      if (!types.capitalized[type]) {
        groupOf[t] = -1;
        continue;
      }
      const lower = types.lowerIds[type];
      let g = groupOfLower[lower];
      if (g < 0) {
        g = count++;
        groupOfLower[lower] = g;
        starts[g + 1] = 0;
      }
      groupOf[t] = g;
      starts[g + 1]++;
    }
    starts[0] = 0;
    for (let g = 0; g < count; g++) {
      starts[g + 1] += starts[g];
      this.fill[g] = starts[g];
    }
    const flags = tokens.flags;
    for (let t = 0; t < n; t++) {
      const g = groupOf[t];
      if (g < 0) continue;
      groupOfLower[types.lowerIds[typeIds[t]]] = -1;
      const at = this.fill[g]++;
      this.occurrences[at] = t;
      this.previousTypes[at] = t > 0 && !(flags[t] & SENTENCE_START) ? typeIds[t - 1] : before;
      this.nextTypes[at] = t + 1 < n && !(flags[t + 1] & SENTENCE_START) ? typeIds[t + 1] : after;
    }
    this.count = count;
  }
}
