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

/** Gazetteer bits of word forms from labelled documents: class × (first word | later word). */
export function gazetteerOf(documents: LabelledDocument[]): Map<string, number> {
  const bits = new Map<string, number>();
  const tokens = new Tokens();
  for (const document of documents) {
    tokenize(document.text, tokens);
    let t = 0;
    for (const entity of document.entities) {
      while (t < tokens.count && tokens.starts[t] < entity.start) t++;
      for (let u = t; u < tokens.count && tokens.starts[u] < entity.end; u++) {
        const word = document.text.slice(tokens.starts[u], tokens.ends[u]);
        const bit = 1 << (entity.entityClass * 2 + (u === t ? 0 : 1));
        bits.set(word, (bits.get(word) ?? 0) | bit);
      }
    }
  }
  return bits;
}

/** A copy of the lexicon with the given gazetteer (adding words it lacks). */
export function withGazetteer(base: Lexicon, gazetteer: Map<string, number>): Lexicon {
  const extra = [...gazetteer.keys()].filter((word) => !base.index.has(word)).sort();
  const lexicon = createLexicon([...base.words, ...extra]);
  lexicon.clusters.set(base.clusters);
  lexicon.casing.set(base.casing);
  for (const [word, bits] of gazetteer) lexicon.gazetteer[lexicon.index.get(word) ?? -1] = bits & ((1 << gazetteerBits) - 1);
  return lexicon;
}
