import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ContextGroups } from '../../src/core/ner/document';
import { createLexicon } from '../../src/core/ner/lexicon';
import { decodeModel, encodeModel, ModelFormatError, type NerModel } from '../../src/core/ner/modelFormat';
import { dynamicRowCount } from '../../src/core/ner/document';
import { allowedTransition, tagCount } from '../../src/core/ner/tags';
import { Tokens, tokenize } from '../../src/core/ner/tokenizer';
import { prepareTransitions, Viterbi } from '../../src/core/ner/viterbi';
import { WordTypes } from '../../src/core/ner/wordTypes';
import { createRecognizer } from '../../src/core/ner';

const T = tagCount;

/** Mulberry32, for reproducible random scores. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The best allowed tag sequence by trying them all (small n only). */
function bruteForce(emissions: Float32Array, n: number, transitions: Float32Array, endScores: Float32Array): number[] {
  let best = -Infinity;
  let bestTags: number[] = [];
  const tags = new Array<number>(n).fill(0);
  const visit = (i: number, score: number) => {
    if (i === n) {
      const total = score + endScores[tags[n - 1]];
      if (total > best) {
        best = total;
        bestTags = [...tags];
      }
      return;
    }
    for (let t = 0; t < T; t++) {
      const previous = i === 0 ? -1 : tags[i - 1];
      if (!allowedTransition(previous, t)) continue;
      tags[i] = t;
      visit(i + 1, score + transitions[(previous < 0 ? T : previous) * T + t] + emissions[i * T + t]);
    }
  };
  visit(0, 0);
  return bestTags;
}

describe('NER core', () => {
  it('Viterbi finds the best allowed tag sequence', () => {
    const next = random(7);
    const viterbi = new Viterbi();
    for (let round = 0; round < 40; round++) {
      const n = 1 + (round % 4);
      // Peaked emissions (the usual case) and flat ones (where the shortcut rarely applies).
      const spread = round % 2 === 0 ? 10 : 1;
      const emissions = Float32Array.from({ length: n * T }, () => (next() - 0.5) * spread);
      const transitions = prepareTransitions(Float32Array.from({ length: (T + 1) * T }, () => next() - 0.5));
      const endScores = Float32Array.from({ length: T }, () => next() - 0.5);
      const out = new Uint8Array(n + 2);
      viterbi.decode(emissions, n, transitions, endScores, out, 1);
      assert.deepEqual([...out.subarray(1, n + 1)], bruteForce(emissions, n, transitions.scores, endScores));
    }
  });

  it('interns words by their characters, in any text', () => {
    const seen: string[] = [];
    const types = new WordTypes((_, word) => seen.push(word));
    const a = 'Trump met TRUMP fans; trump';
    const long = 'an internationalisation-minded internationalisation-minded';
    const id = (text: string, word: string, from = 0) => types.intern(text, text.indexOf(word, from), text.indexOf(word, from) + word.length);
    const trump = id(a, 'Trump');
    assert.equal(types.internWord('Trump'), trump);
    assert.notEqual(id(a, 'TRUMP'), trump);
    assert.equal(types.lowerIds[id(a, 'TRUMP')], types.lowerIds[trump]);
    assert.equal(types.lowerIds[id(a, 'trump')], types.lowerIds[trump]);
    const first = id(long, 'internationalisation-minded');
    assert.equal(id(long, 'internationalisation-minded', 5), first);
    assert.deepEqual(seen, ['Trump', 'TRUMP', 'trump', 'internationalisation-minded']);
    for (let i = 0; i < 5000; i++) types.internWord(`w${i}`);
    assert.equal(types.internWord('Trump'), trump);
    assert.equal(types.size, 4 + 5000);
  });

  it('groups the occurrences of a capitalized word with their neighbours', () => {
    const text = 'Pirelli said on Friday.\nShares in Pirelli rose, said PIRELLI.\n';
    const tokens = tokenize(text, new Tokens());
    const types = new WordTypes();
    const typeIds = Int32Array.from({ length: tokens.count }, (_, t) => types.intern(text, tokens.starts[t], tokens.ends[t]));
    const before = types.internWord('<s>');
    const after = types.internWord('</s>');
    const groups = new ContextGroups();
    groups.build(types, typeIds, tokens, before, after);
    const word = (t: number) => text.slice(tokens.starts[t], tokens.ends[t]);
    const pirelli = groups.groupOf[0];
    const occurrences = [...groups.occurrences.subarray(groups.starts[pirelli], groups.starts[pirelli + 1])];
    assert.deepEqual(occurrences.map(word), ['Pirelli', 'Pirelli', 'PIRELLI']);
    const name = (id: number) => (id === before ? '<s>' : id === after ? '</s>' : word(typeIds.indexOf(id)));
    const from = groups.starts[pirelli];
    assert.deepEqual(
      occurrences.map((_, i) => [name(groups.previousTypes[from + i]), name(groups.nextTypes[from + i])]),
      [['<s>', 'said'], ['in', 'rose'], ['said', '.']],
    );
    assert.equal(groups.groupOf[1], -1, 'lower-case words are not grouped');
  });

  it('writes and reads a model without losing anything but weight precision', () => {
    const lexicon = createLexicon(['Pirelli', 'said']);
    lexicon.clusters.set([0b1101, 0b10]);
    lexicon.casing.set([5, 1]);
    lexicon.gazetteer.set([0x8421, 0]);
    lexicon.nameClass.set([2 * 4 + 3, 0]);
    lexicon.knowledge.set([0b1001000, 0]);
    const keys = Uint32Array.from([3, 70, 4_000_000_000]);
    const rows = keys.length + dynamicRowCount;
    const model: NerModel = {
      lexicon,
      names: { person: 'tony blair', organization: 'aer lingus\npirelli', place: '' },
      keys,
      weights: Float32Array.from({ length: rows * T }, (_, i) => Math.sin(i)),
      transitions: Float32Array.from({ length: (T + 1) * T }, (_, i) => i / 10),
      endScores: Float32Array.from({ length: T }, (_, i) => -i),
    };
    const bytes = encodeModel(model);
    const read = decodeModel(bytes);
    assert.deepEqual(read.lexicon.words, lexicon.words);
    assert.deepEqual([...read.lexicon.clusters], [...lexicon.clusters]);
    assert.deepEqual([...read.lexicon.gazetteer], [...lexicon.gazetteer]);
    assert.deepEqual([...read.lexicon.nameClass], [...lexicon.nameClass]);
    assert.deepEqual([...read.lexicon.knowledge], [...lexicon.knowledge]);
    assert.deepEqual(read.names, model.names);
    assert.deepEqual([...read.keys], [...keys]);
    assert.deepEqual([...read.transitions], [...model.transitions]);
    read.weights.forEach((w, i) => assert.ok(Math.abs(w - model.weights[i]) <= 1 / 127 + 1e-6));
    const corrupt = bytes.slice();
    corrupt[20] ^= 1;
    assert.throws(() => decodeModel(corrupt), ModelFormatError);
  });

  it('tags the same text the same way, alone or after other articles', () => {
    const model = new Uint8Array(readFileSync(join(__dirname, '..', '..', '..', 'media', 'ner', 'model.bin')));
    const text = 'Italian tyre maker Pirelli said on Friday that Marco Tronchetti Provera met officials in Milan.\n';
    const fresh = createRecognizer(model).recognize(text);
    const used = createRecognizer(model);
    used.recognize('SOCCER - MILAN BEAT TORINO 2-1.\nMilan beat Torino 2-1 on Sunday.\n');
    assert.deepEqual(used.recognize(text), fresh);
    assert.deepEqual(
      fresh.map((m) => `${m.type}:${m.text}`),
      ['organization:Pirelli', 'person:Marco Tronchetti Provera', 'place:Milan'],
    );
  });
});
