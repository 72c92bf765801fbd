import * as assert from 'node:assert/strict';
import { findQuotes, formatQuote } from '../../src/core/citations';
import { story, spanOf } from './citationsSupport';

const quoteOf = (sentence: string) => formatQuote(story, spanOf(story, sentence), 'Council approves new bridge', '../sources/bridge.txt');
const vote = 'The vote was seven to two.';
const critics = 'Critics said the cost was too high.';

describe('citations: finding the quotes of a note', () => {
  it('finds each quote with its target, line, anchor and the ranges of the quote, its text and its link', () => {
    const note = `# Bridge\n\nMy notes.\n\n${quoteOf(vote)}\nMore notes.\n\n${quoteOf(critics)}`;
    const quotes = findQuotes(note);
    assert.deepEqual(quotes.map((q) => [q.text, q.target, q.line]), [
      [vote, '../sources/bridge.txt', 4],
      [critics, '../sources/bridge.txt', 8],
    ]);
    const [first] = quotes;
    assert.equal(note.slice(first.span.start, first.span.end), quoteOf(vote).trimEnd());
    assert.equal(note.slice(first.textSpan.start, first.textSpan.end), vote);
    assert.match(note.slice(first.linkSpan.start, first.linkSpan.end), /^\[Council approves new bridge, line 4\]\(\.\.\/sources\/bridge\.txt#L4 ".*"\)$/);
    assert.equal(first.anchor?.offset, story.indexOf(vote));
  });

  it('reads old quotes, with a line and no anchor', () => {
    const [quote] = findQuotes('> China slammed Washington\\.\n>\n> — [TikTok ramps up defense, line 12](../sources/a%20b.txt#L12)\n');
    assert.equal(quote.text, 'China slammed Washington.');
    assert.equal(quote.target, '../sources/a%20b.txt');
    assert.equal(quote.line, 12);
    assert.equal(quote.anchor, undefined);
  });

  it('tolerates what a user does around a quote', () => {
    const [, , link] = quoteOf(vote).split('\n');
    const notes = {
      'blank lines between': `> ${vote}\n>\n>\n\n${link}\n`,
      'citation out of the blockquote': `> ${vote}\n\n${link.slice(2)}\n`,
      'text wrapped over lines, emphasis added': `> The vote was **seven**\n> to _two_.\n>\n${link}\n`,
      'commentary before, in the same blockquote': `> My aside.\n>\n> ${vote}\n>\n${link}\n`,
      'one line, hover-card style': `> ${vote} ${link.slice(2)}\n`,
      'nested, indented, CRLF': `  > > ${vote}\r\n  > >\r\n  > > ${link.slice(2)}\r\n`,
      'text after the citation': `> ${vote}\n>\n${link}\n> My comment on it.\n`,
    };
    for (const [what, note] of Object.entries(notes)) {
      const quotes = findQuotes(note);
      assert.equal(quotes.length, 1, what);
      assert.equal(quotes[0].text, vote, what);
      assert.equal(quotes[0].line, 4, what);
      assert.ok(quotes[0].anchor, what);
      assert.match(note.slice(quotes[0].linkSpan.start, quotes[0].linkSpan.end), /^\[.*\)$/, what);
    }
  });

  it('takes several quotes in one blockquote apart', () => {
    const [a, b] = [quoteOf(vote), quoteOf(critics)];
    const quotes = findQuotes(`${a}>\n${b}`);
    assert.deepEqual(quotes.map((q) => q.text), [vote, critics]);
  });

  it('finds no quote in code, in a paraphrase with its citation, in a list of links or in a link to no line', () => {
    const notes = [
      `\`\`\`\n${quoteOf(vote)}\`\`\`\n`,
      'The vote was close. — [Council approves new bridge, line 4](../sources/bridge.txt#L4)\n',
      '> The vote was close.\n>\n> - [Council approves new bridge, line 4](../sources/bridge.txt#L4)\n',
      '> The vote was close.\n>\n> — [Council approves new bridge](../sources/bridge.txt)\n',
      '> — [Council approves new bridge, line 4](../sources/bridge.txt#L4)\n',
      '> # Heading\n> — [Council approves new bridge, line 4](../sources/bridge.txt#L4)\n',
    ];
    for (const note of notes) assert.deepEqual(findQuotes(note), [], note);
  });

  it('keeps a title of the user that is no anchor as no anchor', () => {
    const [quote] = findQuotes('> Text.\n>\n> — [T, line 3](x.txt#L3 "my own title")\n');
    assert.equal(quote.line, 3);
    assert.equal(quote.anchor, undefined);
  });
});
