// The recognizer: tokenizes raw text, scores each token from per-word-type vectors cached once per
// distinct word (plus a few context rows, and for capitalized words the mean context of their
// other occurrences in the article), decodes each sentence with constrained Viterbi and turns
// PER/ORG/LOC entities into mentions. MISC is tagged but not reported. It also answers what the
// model's world knowledge says a whole name is (knownType).
import type { ActorType, EntityMention, Recognizer, Span } from '../base';
import { ContextGroups, DocumentMemory, dynamicBlock, dynamicRowsPerToken, historyValues, sentenceOrder } from './document';
import { SHAPE_DIGITS, shapeCount } from './wordShape';
import {
  AFTER_SENTENCE,
  BEFORE_SENTENCE,
  SLOT_AGGREGATE_NEXT,
  SLOT_AGGREGATE_PREVIOUS,
  SLOT_CAPS_LINE,
  SLOT_NEXT,
  SLOT_NEXT_2,
  SLOT_PREVIOUS,
  SLOT_PREVIOUS_2,
  SLOT_SELF,
  SLOT_SPORTS,
  SLOT_SENTENCE_START,
  slotCount,
  FeatureExtractor,
  CLUSTER_KEYS,
  GAZETTEER_KEYS,
  KNOWLEDGE_KEYS,
  SPELLING_KEYS,
  WORD_KEYS,
} from './features';
import { KeyIndex } from './keyIndex';
import { KnownNames } from './knowledge';
import { quantize, type NerModel } from './modelFormat';
import { classOfTag, isInside, tagCount } from './tags';
import { CAPS_LINE, LINE_START, SENTENCE_START, Tokens, tokenize } from './tokenizer';
import { prepareTransitions, type Transitions, Viterbi } from './viterbi';
import { WordTypes } from './wordTypes';

const T = tagCount;
const actorTypes: (ActorType | undefined)[] = ['person', 'organization', 'place', undefined];
/** Word types cached before the cache is started afresh (bounds memory on huge inputs). */
const maxCachedTypes = 400_000;
/** Slots SELF, PREVIOUS, NEXT, PREVIOUS_2 and NEXT_2: those read for every token. */
const hotSlots = 5;
const hotStride = hotSlots * T;
const extraStride = (slotCount - hotSlots) * T;

export class NerRecognizer implements Recognizer {
  private readonly keyIndex: KeyIndex;
  /** Keyed weights as stored (int8 per tag, a scale per row): a quarter of the memory to touch. */
  private readonly quantized: Int8Array;
  private readonly scales: Float32Array;
  private readonly dynamicBase: number;
  private readonly transitions: Transitions;
  private types!: WordTypes;
  /**
   * Per type and slot: the summed weights of that word's features, T floats. The slots every
   * token reads (the word and its four neighbours) are kept apart from the occasional ones, so
   * that the hot part stays small in the cache.
   */
  private vectors = new Float32Array(0);
  private extraVectors = new Float32Array(0);
  private readonly scratch = new Float32Array(slotCount * T);
  private before = 0;
  private after = 0;
  private readonly tokens = new Tokens();
  private typeIds = new Int32Array(1024);
  private tags = new Uint8Array(1024);
  private emissions = new Float32Array(256 * T);
  private rows = new Int32Array(256 * dynamicRowsPerToken);
  private readonly order: number[] = [];
  private readonly memory = new DocumentMemory();
  private readonly groups = new ContextGroups();
  /** Per context group, the mean of its occurrences' neighbour vectors. */
  private aggregates = new Float32Array(256 * T);
  private readonly viterbi = new Viterbi();
  private readonly extractor: FeatureExtractor;
  private readonly clusterSums = classSums();
  private readonly gazetteerSums = classSums();
  private readonly spellingSums = classSums();
  private readonly knowledgeSums = classSums();
  /** Dynamic rows summed in pairs: shape trigram, document case × history, neighbours' history. */
  private readonly shapeTriples: Float32Array;
  private readonly caseHistory: Float32Array;
  private readonly neighbourHistory: Float32Array;
  private readonly known: KnownNames;

  constructor(private readonly model: NerModel) {
    this.keyIndex = new KeyIndex(model.keys);
    const stored = model.quantized && model.scales ? { quantized: model.quantized, scales: model.scales } : quantize(model.weights);
    this.quantized = stored.quantized;
    this.scales = stored.scales;
    this.dynamicBase = model.keys.length * T;
    this.transitions = prepareTransitions(model.transitions);
    this.extractor = new FeatureExtractor(model.lexicon);
    const row = (r: number) => model.weights.subarray(this.dynamicBase + r * T, this.dynamicBase + (r + 1) * T);
    this.shapeTriples = combine(shapeCount * shapeCount, shapeCount, (i, j) => [
      row(dynamicBlock.shapeLeft + i),
      row(dynamicBlock.shapeRight + (i % shapeCount) * shapeCount + j),
    ]);
    this.caseHistory = combine(32, historyValues * 4, (i, j) => [row(dynamicBlock.documentCase + i), row(dynamicBlock.history + j)]);
    this.neighbourHistory = combine(historyValues, historyValues, (i, j) => [
      row(dynamicBlock.historyPrevious + i),
      row(dynamicBlock.historyNext + j),
    ]);
    this.known = new KnownNames(model.names);
    this.resetTypes();
  }

  /** See KnownNames.knownType: "Bosch" → organization, "Sheffield" → place, unknown → undefined. */
  knownType(name: string): ActorType | undefined {
    return this.known.knownType(name);
  }

  recognize(text: string, other?: Span[]): EntityMention[] {
    if (this.types.size > maxCachedTypes) this.resetTypes();
    const tokens = tokenize(text, this.tokens);
    const n = tokens.count;
    if (this.typeIds.length < n) {
      this.typeIds = new Int32Array(n * 2);
      this.tags = new Uint8Array(n * 2);
    }
    const typeIds = this.typeIds;
    for (let t = 0; t < n; t++) typeIds[t] = this.types.intern(text, tokens.starts[t], tokens.ends[t]);
    this.memory.begin(this.types, typeIds, tokens);
    this.aggregate();
    const order = sentenceOrder(tokens, this.order);
    for (let s = 0; s < order.length; s += 2) {
      const from = order[s];
      const to = order[s + 1];
      this.score(from, to);
      this.viterbi.decode(this.emissions, to - from, this.transitions, this.model.endScores, this.tags, from);
      this.memory.record(this.types, typeIds, this.tags, from, to);
    }
    return this.mentions(text, n, other);
  }

  /** PER, ORG and LOC entities of the tagged text as mentions (MISC ones into `other`). */
  private mentions(text: string, n: number, other: Span[] | undefined): EntityMention[] {
    const mentions: EntityMention[] = [];
    const tags = this.tags;
    let t = 0;
    while (t < n) {
      const entityClass = classOfTag(tags[t]);
      if (entityClass < 0) {
        t++;
        continue;
      }
      let next = t + 1;
      while (next < n && isInside(tags[next]) && classOfTag(tags[next]) === entityClass) next++;
      let last = next - 1;
      const caps = (this.tokens.flags[t] & CAPS_LINE) !== 0;
      // In a table in capitals ("HARTFORD 12 7 6 77"), the figures after a name are not part of it.
      if (caps) while (last > t && this.types.shapes[this.typeIds[last]] === SHAPE_DIGITS) last--;
      const type = actorTypes[entityClass];
      const start = this.tokens.starts[t];
      const end = this.tokens.ends[last];
      if (!caps || !this.isTableHeader(t, n)) {
        if (type) mentions.push({ start, end, type, text: text.slice(start, end) });
        else other?.push({ start, end });
      }
      t = next;
    }
    return mentions;
  }

  /** Whether token t is on a line of four or more short words in capitals, the head of a table ("P W D L PF PA PTS"). */
  private isTableHeader(t: number, n: number): boolean {
    const { starts, ends, flags } = this.tokens;
    let first = t;
    while (first > 0 && !(flags[first] & LINE_START)) first--;
    let end = first + 1;
    while (end < n && !(flags[end] & LINE_START)) end++;
    if (end - first < 4) return false;
    for (let u = first; u < end; u++) if (ends[u] - starts[u] > 3) return false;
    return true;
  }

  /** Sums, per group of a capitalized word, its neighbours' vectors over its occurrences. */
  private aggregate(): void {
    const groups = this.groups;
    groups.build(this.types, this.typeIds, this.tokens, this.before, this.after);
    if (this.aggregates.length < groups.count * T) this.aggregates = new Float32Array(groups.count * 2 * T);
    const aggregates = this.aggregates;
    const vectors = this.extraVectors;
    const stride = extraStride;
    for (let g = 0; g < groups.count; g++) {
      const a = g * T;
      for (let k = 0; k < T; k++) aggregates[a + k] = 0;
      const first = groups.starts[g];
      const last = groups.starts[g + 1];
      for (let o = first; o < last; o++) {
        const previous = groups.previousTypes[o] * stride + (SLOT_AGGREGATE_PREVIOUS - hotSlots) * T;
        const next = groups.nextTypes[o] * stride + (SLOT_AGGREGATE_NEXT - hotSlots) * T;
        for (let k = 0; k < T; k++) aggregates[a + k] += vectors[previous + k] + vectors[next + k];
      }
      const share = 1 / (last - first);
      for (let k = 0; k < T; k++) aggregates[a + k] *= share;
    }
  }

  /**
   * Emission scores of tokens [from, to) into this.emissions. Each tag's score is summed in a local
   * and rounded to float32 after each part, exactly as adding part by part into the Float32Array would.
   */
  private score(from: number, to: number): void {
    const length = to - from;
    if (this.emissions.length < length * T) {
      this.emissions = new Float32Array(length * 2 * T);
      this.rows = new Int32Array(length * 2 * dynamicRowsPerToken);
    }
    const emissions = this.emissions;
    const vectors = this.vectors;
    const extraVectors = this.extraVectors;
    const typeIds = this.typeIds;
    const flags = this.tokens.flags;
    const rows = this.rows;
    const groupOf = this.groups.groupOf;
    const aggregates = this.aggregates;
    const shapeTriples = this.shapeTriples;
    const caseHistory = this.caseHistory;
    const neighbourHistory = this.neighbourHistory;
    const before = this.before;
    const after = this.after;
    const isSports = this.memory.isSports;
    const fround = Math.fround;
    this.memory.sentenceRows(this.types, typeIds, this.tokens, from, to, rows);
    for (let t = from; t < to; t++) {
      const type = typeIds[t];
      const self = type * hotStride + SLOT_SELF * T;
      const previous = (t > from ? typeIds[t - 1] : before) * hotStride + SLOT_PREVIOUS * T;
      const next = (t + 1 < to ? typeIds[t + 1] : after) * hotStride + SLOT_NEXT * T;
      const previous2 = (t > from + 1 ? typeIds[t - 2] : before) * hotStride + SLOT_PREVIOUS_2 * T;
      const next2 = (t + 2 < to ? typeIds[t + 2] : after) * hotStride + SLOT_NEXT_2 * T;
      const f = flags[t];
      // Offsets of the occasional rows, -1 when they do not apply.
      const caps = f & CAPS_LINE ? type * extraStride + (SLOT_CAPS_LINE - hotSlots) * T : -1;
      const start = f & SENTENCE_START ? type * extraStride + (SLOT_SENTENCE_START - hotSlots) * T : -1;
      const inSports = isSports ? type * extraStride + (SLOT_SPORTS - hotSlots) * T : -1;
      const r = (t - from) * dynamicRowsPerToken;
      const nextShape = (rows[r + 1] - dynamicBlock.shapeRight) % shapeCount;
      const triple = ((rows[r] - dynamicBlock.shapeLeft) * shapeCount + nextShape) * T;
      const history = ((rows[r + 2] - dynamicBlock.documentCase) * historyValues * 4 + rows[r + 3] - dynamicBlock.history) * T;
      const neighbours = ((rows[r + 4] - dynamicBlock.historyPrevious) * historyValues + rows[r + 5] - dynamicBlock.historyNext) * T;
      const group = groupOf[t];
      const aggregate = group >= 0 ? group * T : -1;
      const e = (t - from) * T;
      for (let k = 0; k < T; k++) {
        let sum = fround(vectors[self + k] + vectors[previous + k] + vectors[next + k] + vectors[previous2 + k] + vectors[next2 + k]);
        if (caps >= 0) sum = fround(sum + extraVectors[caps + k]);
        if (start >= 0) sum = fround(sum + extraVectors[start + k]);
        if (inSports >= 0) sum = fround(sum + extraVectors[inSports + k]);
        sum = fround(sum + (shapeTriples[triple + k] + caseHistory[history + k] + neighbourHistory[neighbours + k]));
        if (aggregate >= 0) sum = fround(sum + aggregates[aggregate + k]);
        emissions[e + k] = sum;
      }
    }
  }

  private resetTypes(): void {
    this.vectors = new Float32Array(4096 * hotStride);
    this.extraVectors = new Float32Array(4096 * extraStride);
    this.types = new WordTypes((id, word, lower, shape) => this.cacheType(id, word, lower, shape));
    this.before = this.types.internWord(BEFORE_SENTENCE);
    this.after = this.types.internWord(AFTER_SENTENCE);
  }

  /** Sums the weights of a new word type's features, once per slot. */
  private cacheType(id: number, word: string, lower: string, shape: number): void {
    if ((id + 1) * hotStride > this.vectors.length) {
      this.vectors = grow(this.vectors);
      this.extraVectors = grow(this.extraVectors);
    }
    const extractor = this.extractor;
    const sum = this.scratch;
    sum.fill(0);
    extractor.extract(word, WORD_KEYS, lower, shape);
    this.sumKeys(sum, 0);
    if (extractor.cluster !== -1 || extractor.gazetteer !== -1) {
      this.addClass(this.clusterSums, CLUSTER_KEYS, extractor.cluster);
      this.addClass(this.gazetteerSums, GAZETTEER_KEYS, extractor.gazetteer);
      this.addClass(this.spellingSums, SPELLING_KEYS, extractor.spelling);
      this.addClass(this.knowledgeSums, KNOWLEDGE_KEYS, extractor.knowledge);
    }
    const vectors = this.vectors;
    const extraVectors = this.extraVectors;
    const hot = id * hotStride;
    const extra = id * extraStride - hotStride;
    for (let i = 0; i < hotStride; i++) vectors[hot + i] = sum[i];
    for (let i = hotStride; i < slotCount * T; i++) extraVectors[extra + i] = sum[i];
  }

  /** Adds the summed weights of one shared class value to the scratch sum (summed once, then kept). */
  private addClass(sums: ClassSums, part: number, value: number): void {
    let at = sums.offsets.get(value);
    if (at === undefined) {
      at = sums.offsets.size * slotCount * T;
      sums.offsets.set(value, at);
      if (sums.vectors.length < at + slotCount * T) {
        const grown = new Float32Array(Math.max(at + slotCount * T, sums.vectors.length * 2));
        grown.set(sums.vectors);
        sums.vectors = grown;
      }
      this.extractor.extractClass(part, value);
      this.sumKeys(sums.vectors, at);
    }
    const sum = this.scratch;
    const from = sums.vectors;
    for (let i = 0; i < slotCount * T; i++) sum[i] += from[at + i];
  }

  /** Adds the weights of the extractor's keys into target[base ...] slot by slot. */
  private sumKeys(target: Float32Array, base: number): void {
    const extractor = this.extractor;
    const quantized = this.quantized;
    for (let slot = 0; slot < slotCount; slot++) {
      const b = base + slot * T;
      for (let i = extractor.slotStarts[slot]; i < extractor.slotStarts[slot + 1]; i++) {
        const row = this.keyIndex.row(extractor.keys[i]);
        if (row < 0) continue;
        const scale = this.scales[row];
        // The same float32 weight decodeModel gives: quantized * scale, rounded to float32.
        for (let k = 0; k < T; k++) target[b + k] += Math.fround(quantized[row * T + k] * scale);
      }
    }
  }
}

/** Summed vectors (all slots) of the values of one shared class of keys, by value. */
interface ClassSums {
  offsets: Map<number, number>;
  vectors: Float32Array;
}

function classSums(): ClassSums {
  return { offsets: new Map(), vectors: new Float32Array(0) };
}

function grow(array: Float32Array) {
  const grown = new Float32Array(array.length * 2);
  grown.set(array);
  return grown;
}

/** A table of a × b rows of T weights: row (i, j) is the sum of the two rows pick(i, j) names. */
function combine(a: number, b: number, pick: (i: number, j: number) => [Float32Array, Float32Array]): Float32Array {
  const table = new Float32Array(a * b * T);
  for (let i = 0; i < a; i++) {
    for (let j = 0; j < b; j++) {
      const [x, y] = pick(i, j);
      for (let k = 0; k < T; k++) table[(i * b + j) * T + k] = x[k] + y[k];
    }
  }
  return table;
}
