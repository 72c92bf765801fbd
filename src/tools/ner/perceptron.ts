// Averaged structured perceptron for the first-order tagger. Documents are tagged in the same
// order and with the same document memory as at recognition time; the memory is fed with the
// tagger's own predictions, as it will be later. Exactly reproducible for a given seed.
import { ContextGroups, DocumentMemory, dynamicRowCount, dynamicRowsPerToken, sentenceOrder } from '../../core/ner/document';
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
  FeatureExtractor,
  slotCount,
} from '../../core/ner/features';
import type { Lexicon } from '../../core/ner/lexicon';
import type { NerModel } from '../../core/ner/modelFormat';
import { tagCount } from '../../core/ner/tags';
import { CAPS_LINE, SENTENCE_START, Tokens, tokenize } from '../../core/ner/tokenizer';
import { prepareTransitions, Viterbi } from '../../core/ner/viterbi';
import { WordTypes } from '../../core/ner/wordTypes';
import { goldTags, type LabelledDocument } from './conll';

const T = tagCount;

interface PreparedDocument {
  fold: number;
  tokens: Tokens;
  typeIds: Int32Array;
  gold: Uint8Array;
  predicted: Uint8Array;
}

/** Word types of one fold (its own lexicon) with their feature rows per slot. */
class FoldTypes {
  readonly types: WordTypes;
  readonly rows: Int32Array[][] = [];
  readonly before: number;
  readonly after: number;

  constructor(lexicon: Lexicon, rowOf: (key: number) => number) {
    const extractor = new FeatureExtractor(lexicon);
    this.types = new WordTypes((id, word) => {
      extractor.extract(word);
      this.rows[id] = Array.from({ length: slotCount }, (_, slot) => Int32Array.from(extractor.slotKeys(slot), rowOf));
    });
    this.before = this.types.internWord(BEFORE_SENTENCE);
    this.after = this.types.internWord(AFTER_SENTENCE);
  }
}

/** Mulberry32: a small seeded random generator. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class PerceptronTrainer {
  private readonly keyRows = new Map<number, number>();
  private readonly keys: number[] = [];
  private readonly folds: FoldTypes[];
  private readonly documents: PreparedDocument[] = [];
  private weights = new Float64Array(0);
  private sums = new Float64Array(0);
  private readonly dynamicWeights = new Float64Array(dynamicRowCount * T);
  private readonly dynamicSums = new Float64Array(dynamicRowCount * T);
  private readonly transitions = new Float64Array((T + 1) * T);
  private readonly transitionSums = new Float64Array((T + 1) * T);
  private readonly endScores = new Float64Array(T);
  private readonly endSums = new Float64Array(T);
  private step = 1;
  private readonly memory = new DocumentMemory();
  private readonly groups = new ContextGroups();
  /** Per context group of the current document: its neighbours' feature rows and their weight. */
  private groupRows: Int32Array[] = [];
  private groupShares: number[] = [];
  private readonly viterbi = new Viterbi();
  private emissions = new Float32Array(256 * T);
  private dynamic = new Int32Array(256 * dynamicRowsPerToken);
  private scratch = new Int32Array(1024);

  /** `lexicons[f]` is used for documents of fold f (its gazetteer leaves that fold out). */
  constructor(lexicons: Lexicon[], documents: { document: LabelledDocument; fold: number }[]) {
    const rowOf = (key: number) => {
      let row = this.keyRows.get(key);
      if (row === undefined) {
        row = this.keys.length;
        this.keyRows.set(key, row);
        this.keys.push(key);
      }
      return row;
    };
    this.folds = lexicons.map((lexicon) => new FoldTypes(lexicon, rowOf));
    for (const { document, fold } of documents) {
      const tokens = tokenize(document.text, new Tokens());
      const types = this.folds[fold].types;
      const typeIds = new Int32Array(tokens.count);
      for (let t = 0; t < tokens.count; t++) typeIds[t] = types.intern(document.text, tokens.starts[t], tokens.ends[t]);
      const gold = new Uint8Array(tokens.count);
      goldTags(tokens, document.entities, gold);
      this.documents.push({ fold, tokens, typeIds, gold, predicted: new Uint8Array(tokens.count) });
    }
    this.weights = new Float64Array(this.keys.length * T);
    this.sums = new Float64Array(this.keys.length * T);
  }

  get featureCount(): number {
    return this.keys.length;
  }

  train(epochs: number, seed: number, log: (message: string) => void): void {
    const next = random(seed);
    const order = this.documents.map((_, i) => i);
    for (let epoch = 0; epoch < epochs; epoch++) {
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [order[i], order[j]] = [order[j], order[i]];
      }
      let errors = 0;
      let tokens = 0;
      for (const d of order) {
        const document = this.documents[d];
        errors += this.trainDocument(document);
        tokens += document.tokens.count;
      }
      log(`  epoch ${epoch + 1}: ${errors} token errors of ${tokens}`);
    }
  }

  /** Tags one document with the current weights, updating on each wrong sentence. */
  private trainDocument(document: PreparedDocument): number {
    const fold = this.folds[document.fold];
    const { tokens, typeIds, gold, predicted } = document;
    this.memory.begin(fold.types, typeIds, tokens);
    this.collectGroups(fold, document);
    let transitions = prepareTransitions(this.transitions);
    const endScores = new Float32Array(this.endScores);
    let errors = 0;
    for (const [from, to] of pairs(sentenceOrder(tokens))) {
      const length = to - from;
      if (this.emissions.length < length * T) {
        this.emissions = new Float32Array(length * 2 * T);
        this.dynamic = new Int32Array(length * 2 * dynamicRowsPerToken);
      }
      this.memory.sentenceRows(fold.types, typeIds, tokens, from, to, this.dynamic);
      for (let t = from; t < to; t++) this.scoreToken(fold, document, t, from, to);
      this.viterbi.decode(this.emissions, length, transitions, endScores, predicted, from);
      let wrong = false;
      for (let t = from; t < to; t++) {
        if (predicted[t] === gold[t]) continue;
        wrong = true;
        errors++;
        this.updateToken(fold, document, t, from, to, gold[t], predicted[t]);
      }
      if (wrong) {
        for (let t = from; t < to; t++) {
          const previousGold = t === from ? T : gold[t - 1];
          const previousPredicted = t === from ? T : predicted[t - 1];
          if (previousGold === previousPredicted && gold[t] === predicted[t]) continue;
          this.add(this.transitions, this.transitionSums, previousGold * T + gold[t], 1);
          this.add(this.transitions, this.transitionSums, previousPredicted * T + predicted[t], -1);
        }
        if (gold[to - 1] !== predicted[to - 1]) {
          this.add(this.endScores, this.endSums, gold[to - 1], 1);
          this.add(this.endScores, this.endSums, predicted[to - 1], -1);
        }
        transitions = prepareTransitions(this.transitions);
        endScores.set(this.endScores);
      }
      this.step++;
      this.memory.record(fold.types, typeIds, predicted, from, to);
    }
    return errors;
  }

  private collectGroups(fold: FoldTypes, document: PreparedDocument): void {
    const groups = this.groups;
    groups.build(fold.types, document.typeIds, document.tokens, fold.before, fold.after);
    this.groupRows.length = 0;
    this.groupShares.length = 0;
    for (let g = 0; g < groups.count; g++) {
      const rows: number[] = [];
      for (let o = groups.starts[g]; o < groups.starts[g + 1]; o++) {
        for (const row of fold.rows[groups.previousTypes[o]][SLOT_AGGREGATE_PREVIOUS]) rows.push(row);
        for (const row of fold.rows[groups.nextTypes[o]][SLOT_AGGREGATE_NEXT]) rows.push(row);
      }
      this.groupRows.push(Int32Array.from(rows));
      this.groupShares.push(1 / (groups.starts[g + 1] - groups.starts[g]));
    }
  }

  private add(weights: Float64Array, sums: Float64Array, index: number, amount: number): void {
    weights[index] += amount;
    sums[index] += this.step * amount;
  }

  /** Rows of the word features that fire for token t; returns how many were written to scratch. */
  private gather(fold: FoldTypes, document: PreparedDocument, t: number, from: number, to: number): number {
    const { typeIds, tokens } = document;
    const rows = fold.rows;
    let n = 0;
    const put = (list: Int32Array) => {
      if (n + list.length > this.scratch.length) {
        const grown = new Int32Array(this.scratch.length * 2 + list.length);
        grown.set(this.scratch);
        this.scratch = grown;
      }
      this.scratch.set(list, n);
      n += list.length;
    };
    put(rows[typeIds[t]][SLOT_SELF]);
    put(rows[t > from ? typeIds[t - 1] : fold.before][SLOT_PREVIOUS]);
    put(rows[t + 1 < to ? typeIds[t + 1] : fold.after][SLOT_NEXT]);
    put(rows[t > from + 1 ? typeIds[t - 2] : fold.before][SLOT_PREVIOUS_2]);
    put(rows[t + 2 < to ? typeIds[t + 2] : fold.after][SLOT_NEXT_2]);
    if (tokens.flags[t] & CAPS_LINE) put(rows[typeIds[t]][SLOT_CAPS_LINE]);
    if (tokens.flags[t] & SENTENCE_START) put(rows[typeIds[t]][SLOT_SENTENCE_START]);
    if (this.memory.isSports) put(rows[typeIds[t]][SLOT_SPORTS]);
    return n;
  }

  private scoreToken(fold: FoldTypes, document: PreparedDocument, t: number, from: number, to: number): void {
    const n = this.gather(fold, document, t, from, to);
    const e = (t - from) * T;
    const emissions = this.emissions;
    const weights = this.weights;
    for (let k = 0; k < T; k++) emissions[e + k] = 0;
    for (let i = 0; i < n; i++) {
      const w = this.scratch[i] * T;
      for (let k = 0; k < T; k++) emissions[e + k] += weights[w + k];
    }
    const r = (t - from) * dynamicRowsPerToken;
    for (let d = 0; d < dynamicRowsPerToken; d++) {
      const w = this.dynamic[r + d] * T;
      for (let k = 0; k < T; k++) emissions[e + k] += this.dynamicWeights[w + k];
    }
    const group = this.groups.groupOf[t];
    if (group >= 0) {
      const share = this.groupShares[group];
      for (const row of this.groupRows[group]) {
        const w = row * T;
        for (let k = 0; k < T; k++) emissions[e + k] += share * weights[w + k];
      }
    }
  }

  private updateToken(
    fold: FoldTypes,
    document: PreparedDocument,
    t: number,
    from: number,
    to: number,
    gold: number,
    predicted: number,
  ): void {
    const n = this.gather(fold, document, t, from, to);
    for (let i = 0; i < n; i++) {
      const w = this.scratch[i] * T;
      this.add(this.weights, this.sums, w + gold, 1);
      this.add(this.weights, this.sums, w + predicted, -1);
    }
    const r = (t - from) * dynamicRowsPerToken;
    for (let d = 0; d < dynamicRowsPerToken; d++) {
      const w = this.dynamic[r + d] * T;
      this.add(this.dynamicWeights, this.dynamicSums, w + gold, 1);
      this.add(this.dynamicWeights, this.dynamicSums, w + predicted, -1);
    }
    const group = this.groups.groupOf[t];
    if (group >= 0) {
      const share = this.groupShares[group];
      for (const row of this.groupRows[group]) {
        this.add(this.weights, this.sums, row * T + gold, share);
        this.add(this.weights, this.sums, row * T + predicted, -share);
      }
    }
  }

  /** The averaged model; rows whose weights all stay below `prune` are dropped. */
  model(lexicon: Lexicon, names: NerModel['names'], prune: number): NerModel {
    const average = (weights: Float64Array, sums: Float64Array, i: number) => weights[i] - sums[i] / this.step;
    const kept: number[] = [];
    for (let row = 0; row < this.keys.length; row++) {
      let max = 0;
      for (let k = 0; k < T; k++) max = Math.max(max, Math.abs(average(this.weights, this.sums, row * T + k)));
      if (max >= prune) kept.push(row);
    }
    kept.sort((a, b) => this.keys[a] - this.keys[b]);
    const keys = Uint32Array.from(kept, (row) => this.keys[row]);
    const weights = new Float32Array((kept.length + dynamicRowCount) * T);
    kept.forEach((row, i) => {
      for (let k = 0; k < T; k++) weights[i * T + k] = average(this.weights, this.sums, row * T + k);
    });
    for (let i = 0; i < dynamicRowCount * T; i++) {
      weights[kept.length * T + i] = average(this.dynamicWeights, this.dynamicSums, i);
    }
    const transitions = Float32Array.from(this.transitions, (_, i) => average(this.transitions, this.transitionSums, i));
    const endScores = Float32Array.from(this.endScores, (_, i) => average(this.endScores, this.endSums, i));
    return { lexicon, names, keys, weights, transitions, endScores };
  }
}

/** The mean of models that share lexicon and layout (keys are merged; a missing key weighs 0). */
export function averageModels(models: NerModel[]): NerModel {
  if (models.length === 1) return models[0];
  const keys = Uint32Array.from(new Set(models.flatMap((m) => [...m.keys]))).sort();
  const rowOf = new Map<number, number>();
  keys.forEach((key, row) => rowOf.set(key, row));
  const dynamicStart = keys.length * T;
  const weights = new Float32Array((keys.length + dynamicRowCount) * T);
  const transitions = new Float32Array((T + 1) * T);
  const endScores = new Float32Array(T);
  const share = 1 / models.length;
  for (const model of models) {
    model.keys.forEach((key, row) => {
      const target = (rowOf.get(key) ?? 0) * T;
      for (let k = 0; k < T; k++) weights[target + k] += share * model.weights[row * T + k];
    });
    const ownDynamic = model.keys.length * T;
    for (let i = 0; i < dynamicRowCount * T; i++) weights[dynamicStart + i] += share * model.weights[ownDynamic + i];
    for (let i = 0; i < transitions.length; i++) transitions[i] += share * model.transitions[i];
    for (let i = 0; i < T; i++) endScores[i] += share * model.endScores[i];
  }
  return { lexicon: models[0].lexicon, names: models[0].names, keys, weights, transitions, endScores };
}

function* pairs(flat: number[]): Generator<[number, number]> {
  for (let i = 0; i < flat.length; i += 2) yield [flat[i], flat[i + 1]];
}
