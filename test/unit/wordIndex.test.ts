import * as assert from 'node:assert/strict';
import { WordIndex } from '../../src/core/search/wordIndex';

describe('word index', () => {
  const words = ['market', 'marker', 'marke', 'markets', 'mark', 'makret', 'paris'];
  const index = new WordIndex();
  words.forEach((word, id) => index.add(id, word));
  const found = (query: string) => index.candidates(query, 10).map((id) => words[id]).sort();

  it('finds words one edit from a query of 4 to 6 letters, or starting one typo from it', () => {
    // A substitution ("markets", of about the query's length, is two edits away).
    assert.deepEqual(found('markat'), ['market']);
    // A deletion ("mark"), an insertion ("market"), a substitution ("marke"), a typo in a word still typed ("markets").
    assert.deepEqual(found('markt'), ['mark', 'marke', 'market', 'markets']);
  });

  it('finds exact words and prefixes of short queries, and words two edits away from long ones', () => {
    assert.deepEqual(found('mar'), ['mark', 'marke', 'marker', 'market', 'markets']);
    assert.deepEqual(found('markeets'), ['market', 'markets']);
  });
});
