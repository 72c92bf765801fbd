import * as assert from 'node:assert/strict';
import { marked } from 'marked';
import { buildHoverCard, escapeMarkdown, plainLabel } from '../../src/core/cards';
import { createIndex } from '../../src/core/indexing';
import { cardCommands } from '../../src/editor/commands';
import { listRecognizer } from './support';

const hostile = [
  'Evil Corp leaks',
  'Published: 18 Aug 2020',
  '',
  'Evil Corp said on Monday [click here](command:workbench.action.terminal.sendSequence?{"text":"rm -rf ~\\n"}) and [site](https://evil.example).',
  'Evil Corp posted <img src=x onerror=alert(1)> and <script>alert(2)</script> and ![pixel](https://evil.example/p.png) on Friday.',
  'Evil Corp wrote `code` **bold** $(alert) www.evil.example https://evil.example/x command:evil and <https://evil.example> [ref][1] on Tuesday.',
  '',
  '[1]: https://evil.example/ref',
].join('\n');

function renderedCard(): string {
  const index = createIndex({ recognizer: listRecognizer({ 'Evil Corp': 'organization' }) });
  index.update('file:///ws/evil.txt', hostile);
  const actor = index.actorNamed('Evil Corp')!;
  return marked.parse(buildHoverCard(index, actor, { cite: (_path, offset) => `Evil [x](command:y) <b>, ${offset}`, commands: cardCommands, icon: 'organization' }), { async: false });
}

describe('hover card', () => {
  it('shows article text as text: no links, command links, images or HTML from the article', () => {
    const html = renderedCard();
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    assert.ok(hrefs.length > 0);
    for (const href of hrefs) assert.match(href, /^command:dossier\.(openMention|showMentions|revealActor|actors\.correct|quoteSource)\?/, href);
    assert.doesNotMatch(html, /<(?:img|script|b|iframe)\b|<code>(?!\d{4}(?:-\d\d){0,2}<\/code>)/i);
    assert.match(html, /`code` \*\*bold\*\* \$\(alert\) www\.evil\.example https:\/\/evil\.example\/x command:evil/);
    assert.match(html, /&lt;img src=x onerror=alert\(1\)&gt;/);
    assert.match(html, /\[click here\]\(command:workbench/);
    assert.match(html, /\$\(alert\)/);
  });

  it('names the actor with its type, counts, snippets and dated events', () => {
    const index = createIndex({ recognizer: listRecognizer({ 'Evil Corp': 'organization' }) });
    index.update('file:///ws/evil.txt', hostile);
    const card = buildHoverCard(index, index.actorNamed('Evil Corp')!, { cite: () => 'Evil Corp leaks, line 4', commands: cardCommands, icon: 'organization' });
    assert.match(card, /^\$\(organization\) \*\*Evil Corp\*\* · organization/);
    assert.match(card, /4 mentions in 1 article\b/);
    assert.equal(card.match(/^> .* — \[Evil Corp leaks, line 4\]\(command:dossier\.openMention/gm)?.length, 3, 'three snippets, each with its link');
    assert.match(card, /`2020-08-17` Evil Corp said/);
  });

  it('escapes every markdown and HTML construct', () => {
    const escaped = escapeMarkdown('a [b](c) <d> `e` *f* _g_ ~h~ #i !j |k| $(l) &m; https://n');
    assert.equal(marked.parseInline(escaped), 'a [b](c) &lt;d&gt; `e` *f* _g_ ~h~ #i !j |k| $(l) &amp;m; https://n');
  });
});

describe('plainLabel', () => {
  it('leaves article text in quick picks and notifications no icon and no link to form', () => {
    const label = plainLabel('Evil $(alert) [click me](command:workbench.action.terminal.new) Corp');
    assert.equal(label, 'Evil \\$(alert) [click me] (command:workbench.action.terminal.new) Corp');
    assert.doesNotMatch(marked.parseInline(label, { async: false }), /<a /);
  });
});
