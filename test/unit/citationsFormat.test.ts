import * as assert from 'node:assert/strict';
import { marked } from 'marked';
import {
  anchorOf,
  anchorTitle,
  balanceQuote,
  escapeQuoteText,
  findQuotes,
  formatQuote,
  hashText,
  NormalText,
  parseAnchorTitle,
  SourceText,
  unescapeQuoteText,
} from '../../src/core/citations';
import { story, spanOf } from './citationsSupport';

const render = (markdown: string) => marked.parse(markdown, { async: false });

/** The text a reader sees of rendered HTML. */
function visible(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(quot|amp|lt|gt|#39);/g, (_all, name: string) => ({ quot: '"', amp: '&', lt: '<', gt: '>', '#39': "'" })[name]!)
    .trim();
}

describe('citations: the quote format', () => {
  it('writes the sentence, then a citation linking to its line with the anchor as the link title', () => {
    const span = spanOf(story, 'The vote was seven to two.');
    const quote = formatQuote(story, span, 'Council approves new bridge', '../sources/bridge story.txt');
    assert.equal(
      quote,
      '> The vote was seven to two.\n' +
        '>\n' +
        '> — [Council approves new bridge, line 4](../sources/bridge%20story.txt#L4 ' +
        `"…ld a new bridge over the river. ⟨quote⟩ Mayor Ana Lopez said the bridge… · offset ${span.start} · hash ${hashText(story)}")\n`,
    );
  });

  it('parses back to the exact source text and the whole anchor', () => {
    const source = new SourceText(story);
    const span = spanOf(story, 'Mayor Ana Lopez said the bridge would open in 2027.');
    const [quote] = findQuotes(`# Notes\n\n${formatQuote(source, span, 'Council approves new bridge', '../s.txt')}`);
    const anchor = anchorOf(source, span);
    assert.equal(quote.text, story.slice(span.start, span.end));
    assert.deepEqual({ ...quote.anchor, exact: quote.text, line: quote.line }, anchor);
    assert.equal(quote.target, '../s.txt');
    assert.equal(quote.label, 'Council approves new bridge, line 6');
  });

  it('survives a Markdown renderer: the quote reads as the sentence, the link goes to the line, the anchor is only a tooltip', () => {
    const span = spanOf(story, '"It will change how people cross the city," she said.');
    const html = render(formatQuote(story, span, 'Council approves new bridge', '../sources/bridge.txt'));
    const [, text, citation] = /^<blockquote>\n<p>(.*)<\/p>\n<p>(.*)<\/p>\n<\/blockquote>\n$/.exec(html) ?? [];
    assert.equal(visible(text), '"It will change how people cross the city," she said.');
    const link = /^— <a href="([^"]*)" title="([^"]*)">([^<]*)<\/a>$/.exec(citation);
    assert.ok(link, citation);
    assert.equal(link[1], '../sources/bridge.txt#L6');
    assert.equal(link[3], 'Council approves new bridge, line 6');
    const anchor = anchorOf(new SourceText(story), span);
    const hint = { prefix: anchor.prefix, suffix: anchor.suffix, offset: anchor.offset, hash: anchor.hash };
    assert.deepEqual(parseAnchorTitle(visible(link[2])), hint, 'the tooltip still holds the whole anchor');
    // What the renderer shows is what Dossier reads back.
    const [quote] = findQuotes(formatQuote(story, span, 'Council approves new bridge', '../sources/bridge.txt'));
    assert.equal(quote.text, visible(text));
  });

  it('keeps hostile article text as text: no link, command link, image, HTML, autolink, code, math or block forms', () => {
    const hostile = [
      'Evil Corp said [click here](command:workbench.action.terminal.sendSequence?{"text":"rm -rf ~"}) and ![pixel](https://evil.example/p.png).',
      'It posted <img src=x onerror=alert(1)> and <script>alert(2)</script> and <https://evil.example> on www.evil.example today.',
      'Write to boss@evil.example or see https://evil.example/x, `code`, **bold**, _it_, ~~gone~~, $x$ and $y$, &amp; &#60;b&#62; | a | b |.',
      '# Heading? 1. Lists? - no. > quotes? \\ backslash [ref][1] [1]: https://evil.example',
    ].join(' ');
    const quote = formatQuote(hostile, { start: 0, end: hostile.length }, 'Evil [x](command:y) <b>title</b>', 'evil.txt');
    const html = render(quote);
    assert.deepEqual([...html.matchAll(/<(\w+)/g)].map((m) => m[1]), ['blockquote', 'p', 'p', 'a'], html);
    assert.deepEqual([...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]), ['evil.txt#L1']);
    const [text] = /<p>(.*?)<\/p>/.exec(html)!.slice(1);
    assert.equal(visible(text), hostile.replace(/\s+/g, ' '));
    assert.equal(findQuotes(quote)[0].text, hostile.replace(/\s+/g, ' '));
    assert.match(html, />Evil \[x\]\(command:y\) &lt;b&gt;title&lt;\/b&gt;, line 1<\/a>/);
  });

  it('round-trips any text through escaping, parsing and a renderer', () => {
    const alphabet = ' abc.,:;!?"\'()[]{}<>*_`~#+-=|\\/@&$%^\n\t';
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let run = 0; run < 300; run++) {
      const length = 1 + Math.floor(random() * 40);
      const text = Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      const expected = text.replace(/\s+/g, ' ').trim();
      if (!expected) continue;
      const escaped = escapeQuoteText(text);
      assert.equal(unescapeQuoteText([escaped]), expected, JSON.stringify(text));
      const html = render(`> ${escaped}\n`);
      assert.doesNotMatch(html, /<(?!\/?(?:blockquote|p)>)/, JSON.stringify(text));
      assert.equal(visible(html), expected, JSON.stringify(text));
    }
  });

  it('keeps the anchor title parseable whatever the context holds', () => {
    const hint = { prefix: 'a "quoted" \\ ⟨quote⟩ 100% … &amp;', suffix: '⟩⟨ " · offset 1 · hash 00000000', offset: 42, hash: 'deadbeef' };
    const title = anchorTitle(hint);
    assert.deepEqual(parseAnchorTitle(title), hint);
    const html = render(`[t](x#L1 "${title}")`);
    assert.match(html, /title="[^"]*"/);
    assert.equal(parseAnchorTitle('a title of the user'), undefined);
  });

  it('maps offsets between a text and its whitespace-normal form', () => {
    const original = 'a  b\r\n\r\nc d\t\te';
    const normal = new NormalText(original);
    assert.equal(normal.text, 'a b c d e');
    for (const [n, o] of [[0, 0], [1, 1], [2, 3], [3, 4], [4, 8], [6, 10], [8, 13], [9, 14]]) {
      assert.equal(normal.toOriginal(n), o, `toOriginal(${n})`);
      assert.equal(normal.fromOriginal(o), n, `fromOriginal(${o})`);
    }
  });
});

describe('citations: balanced quotation marks', () => {
  const balanced = (text: string, sentence: string) => {
    const span = balanceQuote(text, spanOf(text, sentence));
    return text.slice(span.start, span.end);
  };

  it('drops an opening mark that the sentence never closes', () => {
    const text = 'He said: "We will win. "The rest is noise." Then he left.';
    assert.equal(balanced(text, '"We will win.'), 'We will win.');
  });

  it('takes in the closing mark when the quote goes on to it', () => {
    const text = '"We will win. We always do," he said. Next.';
    assert.equal(balanced(text, '"We will win.'), '"We will win. We always do," he said.');
    const curly = 'She wrote: “Go now. Do not wait.” And so on.';
    assert.equal(balanced(curly, 'She wrote: “Go now.'), 'She wrote: “Go now. Do not wait.”');
  });

  it('takes in the opening mark of a closing one, or drops it when the opening mark is out of reach', () => {
    assert.equal(balanced('"First. Second." Third.', 'Second."'), '"First. Second."');
    assert.equal(balanced('Intro. "First, second," he said.', 'second," he said.'), '"First, second," he said.');
    assert.equal(balanced('"First.\n\nSecond." Third.', 'Second."'), 'Second.');
  });

  it('leaves apostrophes, balanced marks and single quotes within words alone', () => {
    assert.equal(balanced("Blair 'said he would stand down' today.", "Blair 'said he would stand down' today."), "Blair 'said he would stand down' today.");
    assert.equal(balanced("The voters' trust in Brown's plan fell in the '90s.", "The voters' trust in Brown's plan fell in the '90s."), "The voters' trust in Brown's plan fell in the '90s.");
    assert.equal(balanced("x 'Go home.", "'Go home."), 'Go home.');
    assert.equal(balanced('  "A," b said.  ', '  "A," b said.  '), '"A," b said.');
  });

  it('never grows a quote past its paragraph', () => {
    const text = '"We will win.\n\nOther paragraph."';
    assert.equal(balanced(text, '"We will win.'), 'We will win.');
  });
});
