import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRecognizer } from '../../src/core/ner';
import { FeatureExtractor } from '../../src/core/ner/features';
import { caseBucket, createLexicon } from '../../src/core/ner/lexicon';

const recognizer = createRecognizer(new Uint8Array(readFileSync(join(__dirname, '..', '..', '..', 'media', 'ner', 'model.bin'))));
const names = (text: string) => recognizer.recognize(text).map((m) => m.text);

describe('NER on tables and headlines in capitals', () => {
  it('finds no names in the head of a table', () => {
    const text = 'RUGBY LEAGUE TABLE.\nSYDNEY 1996-12-06\nP W D L PF PA PTS\nBrisbane 20 17 0 3 543 224 34\n';
    const found = names(text);
    assert.ok(!found.some((name) => ['P', 'W', 'PF', 'PA', 'PTS'].includes(name)), found.join(', '));
  });

  it('keeps the figures of a table row in capitals out of its name', () => {
    const text = 'NHL ICE HOCKEY STANDINGS.\nNEW YORK 1996-12-06\nW L T GF GA PTS\nHARTFORD 12 7 6 77 76 30\nBUFFALO 13 12 1 79 72 27\n';
    for (const name of names(text)) assert.ok(!/\d/.test(name), name);
  });

  it('reads a word in capitals with the knowledge of its capitalized form, not of its lower-case one', () => {
    const lexicon = createLexicon(['Paris', 'paris']);
    lexicon.knowledge.set([1 << 6, 0]);
    const extractor = new FeatureExtractor(lexicon);
    extractor.extract('PARIS');
    assert.equal(extractor.knowledge, 1 << 6);
    extractor.extract('paris');
    assert.equal(extractor.knowledge, 0);
  });

  it('gives an unknown hyphenated word the capitalization habit of its most capitalized part', () => {
    const lexicon = createLexicon(['skiing', 'women', 'anglo']);
    lexicon.casing.set([caseBucket(1, 99), caseBucket(2, 98), caseBucket(90, 10)]);
    const extractor = new FeatureExtractor(lexicon);
    const habit = (word: string) => {
      extractor.extract(word);
      return extractor.spelling >>> 9; // spelling = (habit * 32 + shape) * 16 + length
    };
    assert.equal(habit('SKIING-WOMEN'), caseBucket(1, 99));
    assert.equal(habit('Anglo-Women'), caseBucket(90, 10));
  });
});
