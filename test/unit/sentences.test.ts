import * as assert from 'node:assert/strict';
import { splitParagraphs, splitSentences } from '../../src/core/text/sentences';

function sentencesOf(text: string): string[] {
  return splitParagraphs(text).flatMap((p) => splitSentences(text, p).map((s) => text.slice(s.start, s.end)));
}

describe('sentences', () => {
  it('keeps abbreviations, initials and decimals inside sentences', () => {
    assert.deepEqual(sentencesOf('Dr. Smith met U.S. officials on Aug. 6 at Acme Inc. in the city. Prices rose 2.5 per cent. John F. Kennedy spoke.'), [
      'Dr. Smith met U.S. officials on Aug. 6 at Acme Inc. in the city.',
      'Prices rose 2.5 per cent.',
      'John F. Kennedy spoke.',
    ]);
  });

  it('ends a sentence after an abbreviation when a plain sentence start follows', () => {
    assert.deepEqual(sentencesOf('The firm moved to the U.S. The deal closed.'), ['The firm moved to the U.S.', 'The deal closed.']);
  });

  it('keeps closing quotes with their sentence and splits after ! and ?', () => {
    assert.deepEqual(sentencesOf('"It is false," the company said. "Why?" she asked! Then "we left." Done'), [
      '"It is false," the company said.',
      '"Why?" she asked!',
      'Then "we left."',
      'Done',
    ]);
  });

  it('does not split before a lower-case word', () => {
    assert.deepEqual(sentencesOf('It rose 5 p.c. over the year. ok... then it fell.'), ['It rose 5 p.c. over the year. ok... then it fell.']);
  });

  it('treats each line as a paragraph, and a hard-wrapped block as one', () => {
    const lines = 'Headline Without A Period\nFirst paragraph here.\n\nSecond paragraph.';
    assert.deepEqual(sentencesOf(lines), ['Headline Without A Period', 'First paragraph here.', 'Second paragraph.']);
    const wrapped =
      'The video-snippet sharing service launched an online information hub on\n' +
      'Monday after President Donald Trump gave its Chinese parent firm a 90-day\n' +
      'deadline to divest TikTok before the app is banned in the United States. It\n' +
      'said more.';
    const paragraphs = splitParagraphs(wrapped);
    assert.equal(paragraphs.length, 1);
    assert.equal(splitSentences(wrapped, paragraphs[0]).length, 2);
  });

  it('gives exact UTF-16 offsets', () => {
    const text = '😀 Emoji first. Second “quoted” one.';
    const paragraph = splitParagraphs(text)[0];
    const [first, second] = splitSentences(text, paragraph);
    assert.equal(text.slice(first.start, first.end), '😀 Emoji first.');
    assert.equal(second.start, 16);
  });
});
