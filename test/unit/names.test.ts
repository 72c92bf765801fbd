import * as assert from 'node:assert/strict';
import { clauseBounds } from '../../src/core/events/eventDates';
import { NameMatcher } from '../../src/core/actors/nameMatcher';
import { countWords, nameKey, words } from '../../src/core/actors/names';

describe('name helpers', () => {
  it('counts words as words() splits them, with any Unicode space', () => {
    for (const text of ['', ' ', 'Trump', ' Donald  Trump ', 'Zhao\u00a0Lijian', 'a\u2003b\u3000c', '\ufeffx', 'A - B', 'x\u200by']) {
      assert.equal(countWords(text), words(text).length, JSON.stringify(text));
    }
  });

  it('keeps name keys apart by type, however often they are asked for', () => {
    for (let round = 0; round < 2; round++) {
      assert.equal(nameKey('Apple Inc.', 'organization'), 'apple');
      assert.equal(nameKey('Apple Inc.', 'person'), 'apple inc');
      assert.equal(nameKey('U.S.'), 'united states');
      assert.equal(nameKey('Trump’s'), "trump's");
    }
  });

  it('passes over names of targets it is told not to take, so a name left behind hides no other', () => {
    const matcher = new NameMatcher();
    matcher.add('Jacinda Ardern', 'gone', 2);
    matcher.add('Jacinda Ardern', 'live', 1);
    assert.deepEqual(matcher.find('Ask Jacinda Ardern.').map((m) => [m.target, m.others]), [['gone', 1]]);
    assert.deepEqual(matcher.find('Ask Jacinda Ardern.', 0, 19, (target) => target !== 'gone').map((m) => [m.target, m.others]), [['live', undefined]]);
  });

  it('matches the longest name first, and names of one length in the order they were added', () => {
    const matcher = new NameMatcher();
    matcher.add('Donald', 'first');
    matcher.add('Donald Trump', 'full');
    matcher.add('Donald Trump', 'full'); // a repeat changes nothing
    matcher.add('Donald Duck', 'duck');
    matcher.add('Donald', 'second');
    assert.deepEqual(
      matcher.find('Donald Trump met Donald Duck and Donald.').map((m) => m.target),
      ['full', 'duck', 'first'],
    );
  });

  it('finds the same clause bounds whichever sentence was asked about before', () => {
    const a = 'On Friday, the company said it would sell the unit, which it bought in 2017.';
    const b = 'Prices rose in May; analysts, however, expected a fall.';
    const first = clauseBounds(a, 70, 74);
    assert.deepEqual(clauseBounds(b, 14, 17), { start: 0, end: 18 });
    assert.deepEqual(clauseBounds(a, 70, 74), first);
    assert.deepEqual(first, { start: 52, end: a.length });
  });
});
