import * as assert from 'node:assert/strict';
import { findPublicationDate } from '../../src/core/text/publicationDate';
import { seedArticle } from './support';

const day = (text: string, file = 'story.txt') => {
  const found = findPublicationDate(text, file);
  return found && `${found.year}-${found.month}-${found.day} (${found.source})`;
};

describe('findPublicationDate', () => {
  it('reads a "Published:" line', () => {
    assert.equal(day(seedArticle('tiktok-ramps-up-defense.txt')), '2020-8-18 (date line)');
    assert.equal(day('Title\nDate: 6 December 1996\n\nBody.'), '1996-12-6 (date line)');
  });

  it('reads a date line alone or as a part of a byline', () => {
    assert.equal(day('Title\nTue 18 Aug 2020 10.23 BST\n\nBody.'), '2020-8-18 (date line)');
    assert.equal(day('Title\nBy Jane Doe | August 18, 2020 | 5 min read\n\nBody.'), '2020-8-18 (date line)');
    assert.equal(day('Title\nAugust 18, 2020 / 10:23 AM / Updated 2 hours ago\n\nBody.'), '2020-8-18 (date line)');
    assert.equal(day('Title\nThe pact — signed on 18 August 1996 — holds.\n\nBody.'), undefined);
  });

  it('reads wire datelines', () => {
    assert.equal(day('EU rejects German call\nBRUSSELS 1996-08-22\n\nThe European Commission said.'), '1996-8-22 (dateline)');
    assert.equal(day('Title\nLONDON, Aug 6, 2019 (Reuters) - Shares fell.'), '2019-8-6 (dateline)');
    assert.equal(day('Clashes\nDIYARBAKIR, Turkey 1996-12-06\n\nFighting went on.'), '1996-12-6 (dateline)');
    assert.equal(day('Skiing\nVAIL, Colorado 1996-12-07\n\nThe race was held.'), '1996-12-7 (dateline)');
  });

  it('reads YAML front matter and dates in file names', () => {
    assert.equal(day('---\ntitle: X\ndate: 2021-03-04\n---\nBody'), '2021-3-4 (front matter)');
    assert.equal(day('Body only.', 'news/2020-08-07-tiktok.txt'), '2020-8-7 (file name)');
  });

  it('finds nothing rather than guessing', () => {
    assert.equal(day(seedArticle('tiktok-exploring-all-remedies.txt')), undefined);
    assert.equal(day('Title\nLONDON, Aug 6 (Reuters) - Shares fell.'), undefined);
    assert.equal(day('A story\n\nIt happened in 2017 and again on Monday.'), undefined);
  });
});
