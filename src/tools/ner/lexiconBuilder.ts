// Builds the lexicon (derived word knowledge) from unlabelled text and the training entities:
// word clusters, capitalization habits and gazetteer bits.
import { caseBucket, createLexicon, gazetteerBits, type Lexicon } from '../../core/ner/lexicon';
import { normalizeWord } from '../../core/ner/features';
import { CAPS_LINE, SENTENCE_START, Tokens, tokenize } from '../../core/ner/tokenizer';
import { coarseShape, isWordShape, SHAPE_LOWER } from '../../core/ner/wordShape';
import { clusterWords } from './clusters';
import type { LabelledDocument } from './conll';

export interface LexiconOptions {
  minCount: number;
  classes: number;
  passes: number;
  log: (message: string) => void;
}

/** Word forms and sentences of unlabelled text. */
export function buildLexicon(texts: string[], options: LexiconOptions): Lexicon {
  const tokens = new Tokens();
  const counts = new Map<string, number>();
  const capitalized = new Map<string, number>();
  const lowercase = new Map<string, number>();
  const sentences: string[][] = [];
  for (const text of texts) {
    tokenize(text, tokens);
    let sentence: string[] = [];
    for (let t = 0; t < tokens.count; t++) {
      const flags = tokens.flags[t];
      if (flags & SENTENCE_START && sentence.length > 0) {
        sentences.push(sentence);
        sentence = [];
      }
      const word = text.slice(tokens.starts[t], tokens.ends[t]);
      sentence.push(word);
      counts.set(word, (counts.get(word) ?? 0) + 1);
      if (flags & (SENTENCE_START | CAPS_LINE)) continue;
      const shape = coarseShape(word);
      if (!isWordShape(shape)) continue;
      const lower = normalizeWord(word).toLowerCase();
      const habit = shape === SHAPE_LOWER ? lowercase : capitalized;
      habit.set(lower, (habit.get(lower) ?? 0) + 1);
    }
    if (sentence.length > 0) sentences.push(sentence);
  }
  const vocabulary = [...counts.entries()]
    .filter(([, count]) => count >= options.minCount)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([word]) => word);
  const ids = new Map(vocabulary.map((word, i) => [word, i]));
  options.log(`  ${sentences.length} sentences, ${counts.size} word forms, ${vocabulary.length} clustered`);
  const idSentences = sentences.map((s) => Int32Array.from(s, (word) => ids.get(word) ?? -1));
  const paths = clusterWords(idSentences, vocabulary.length, options);

  const casingForms = [...new Set([...capitalized.keys(), ...lowercase.keys()])]
    .filter((lower) => (capitalized.get(lower) ?? 0) + (lowercase.get(lower) ?? 0) >= options.minCount && !ids.has(lower))
    .sort();
  const lexicon = createLexicon([...vocabulary, ...casingForms]);
  lexicon.clusters.set(paths);
  lexicon.words.forEach((word, i) => {
    lexicon.casing[i] = caseBucket(capitalized.get(word) ?? 0, lowercase.get(word) ?? 0);
  });
  return lexicon;
}

/**
 * Gazetteer entries of word forms from labelled documents: bits class × (whole name | first | inner
 * | last word), and above them (<< 16) the word's name class (see Lexicon.nameClass).
 */
export function gazetteerOf(documents: LabelledDocument[]): Map<string, number> {
  const bits = new Map<string, number>();
  const counts = new Map<string, number[]>(); // per class, then all occurrences
  const classes = gazetteerBits / 4;
  const tokens = new Tokens();
  for (const document of documents) {
    tokenize(document.text, tokens);
    const classOf = new Int8Array(tokens.count).fill(-1);
    let t = 0;
    for (const entity of document.entities) {
      while (t < tokens.count && tokens.starts[t] < entity.start) t++;
      for (let u = t; u < tokens.count && tokens.starts[u] < entity.end; u++) {
        const word = document.text.slice(tokens.starts[u], tokens.ends[u]);
        const last = u + 1 >= tokens.count || tokens.starts[u + 1] >= entity.end;
        const role = u === t ? (last ? 0 : 1) : last ? 3 : 2;
        const bit = 1 << (entity.entityClass * 4 + role);
        bits.set(word, (bits.get(word) ?? 0) | bit);
        classOf[u] = entity.entityClass;
      }
    }
    for (let u = 0; u < tokens.count; u++) {
      const word = document.text.slice(tokens.starts[u], tokens.ends[u]);
      let count = counts.get(word);
      if (!count) counts.set(word, (count = new Array<number>(classes + 1).fill(0)));
      if (classOf[u] >= 0) count[classOf[u]]++;
      count[classes]++;
    }
  }
  for (const [word, wordBits] of bits) {
    const count = counts.get(word) ?? [];
    let best = 0;
    for (let c = 1; c < classes; c++) if (count[c] > count[best]) best = c;
    const inNames = count.slice(0, classes).reduce((a, b) => a + b, 0) / count[classes];
    const share = inNames < 0.1 ? 0 : inNames < 0.5 ? 1 : inNames < 0.9 ? 2 : 3;
    bits.set(word, wordBits | (((1 + best) * 4 + share) << 16));
  }
  return bits;
}

/** A copy of the lexicon with the given gazetteer (adding words it lacks). */
export function withGazetteer(base: Lexicon, gazetteer: Map<string, number>): Lexicon {
  const extra = [...gazetteer.keys()].filter((word) => !base.index.has(word)).sort();
  const lexicon = createLexicon([...base.words, ...extra]);
  lexicon.clusters.set(base.clusters);
  lexicon.casing.set(base.casing);
  lexicon.knowledge.set(base.knowledge);
  for (const [word, value] of gazetteer) {
    const entry = lexicon.index.get(word) ?? -1;
    lexicon.gazetteer[entry] = value & ((1 << gazetteerBits) - 1);
    lexicon.nameClass[entry] = value >>> 16;
  }
  return lexicon;
}

/** A copy of the lexicon with world-knowledge bits (adding the words it lacks). */
export function withKnowledge(base: Lexicon, words: Map<string, number>): Lexicon {
  const extra = [...words.keys()].filter((word) => !base.index.has(word)).sort();
  const lexicon = createLexicon([...base.words, ...extra]);
  lexicon.clusters.set(base.clusters);
  lexicon.casing.set(base.casing);
  for (const [word, bits] of words) lexicon.knowledge[lexicon.index.get(word)!] = bits;
  return lexicon;
}
