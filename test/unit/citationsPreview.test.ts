import * as assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import { formatQuote } from '../../src/core/citations';
import { dossierMarkdown } from '../../src/editor/markdownPlugin';
import { spanOf, story } from './citationsSupport';

const actors: Record<string, { href: string; title: string }> = {
  TikTok: { href: '../sources/tiktok.txt#L3', title: 'TikTok · organization' },
  'Donald Trump': { href: '../sources/a b.txt#L9', title: 'Donald Trump · person' },
};
const render = (markdown: string, html = false) => dossierMarkdown(new MarkdownIt({ html }), (name) => actors[name]).render(markdown);

describe('citations: the preview plugin (markdown-it)', () => {
  it('renders [[Name]] and [[Alias|shown]] as links to the sources, and an unknown name as text', () => {
    assert.equal(
      render('See [[TikTok]], [[Donald Trump|the president]] and [[Nobody]].'),
      '<p>See <a href="../sources/tiktok.txt#L3" title="TikTok · organization" class="dossier-reference">TikTok</a>, ' +
        '<a href="../sources/a%20b.txt#L9" title="Donald Trump · person" class="dossier-reference">the president</a> and ' +
        '<span class="dossier-reference-unknown">Nobody</span>.</p>\n',
    );
  });

  it('leaves code, escaped brackets and ordinary links alone, and makes no markup of a name', () => {
    assert.equal(render('`[[TikTok]]` \\[[TikTok]] [x](y.md)'), '<p><code>[[TikTok]]</code> [[TikTok]] <a href="y.md">x</a></p>\n');
    assert.equal(render('[[<img src=x onerror=alert(1)>|<b>x</b>]]', true), '<p><span class="dossier-reference-unknown">&lt;b&gt;x&lt;/b&gt;</span></p>\n');
  });

  it('shows where a quote links instead of its anchor, and keeps the quote as the note wrote it', () => {
    const quote = formatQuote(story, spanOf(story, 'The vote was seven to two.'), 'Council approves new bridge', '../sources/bridge.txt');
    const html = render(quote);
    assert.match(html, /<blockquote>\n<p>The vote was seven to two\.<\/p>\n<p>— <a href="\.\.\/sources\/bridge\.txt#L4" title="\.\.\/sources\/bridge\.txt, line 4" class="dossier-citation">Council approves new bridge, line 4<\/a><\/p>\n<\/blockquote>/);
    assert.doesNotMatch(html, /⟨quote⟩|offset \d+ · hash/);
    assert.match(render('[a](b.md "a title")'), /title="a title"/);
  });
});
