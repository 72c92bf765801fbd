import * as assert from 'node:assert/strict';
import { marked } from 'marked';
import { buildHoverCard, cardEvents, escapeMarkdown, plainLabel } from '../../src/core/cards';
import { createIndex } from '../../src/core/indexing';
import { cardCommands } from '../../src/editor/commands';
import { listRecognizer } from './support';

const hostile = [
  'Evil Corp leaks',
  'Published: 18 Aug 2020',
  '',
  'Evil Corp said on Monday [run](command:workbench.action.terminal.sendSequence?{"text":"rm -rf ~\\n"}) and [site](https://evil.example).',
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
    for (const href of hrefs) assert.match(href, /^command:dossier\.(openMention|showMentions|revealActor|actors\.correct|quoteSource|showActorTimeline)\?/, href);
    assert.doesNotMatch(html, /<(?:img|script|b|iframe)\b|<code>(?!\d{4}(?:-\d\d){0,2}<\/code>)/i);
    assert.match(html, /`code` \*\*bold\*\* \$\(alert\) www\.evil\.example https:\/\/evil\.example\/x/);
    assert.match(html, /&lt;img src=x onerror=alert\(1\)&gt;/);
    assert.match(html, /\[run\]\(command:workbench/);
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

  it('fits one screen: the sentence that introduces the actor, then one from each other article, whole words, and more…', () => {
    const index = createIndex({ recognizer: listRecognizer({ 'Jane Doe': 'person', Doe: 'person' }) });
    const filler = 'the committee heard evidence for most of the afternoon before it adjourned';
    index.update('file:///ws/a.txt', `Doe quits\n\nDoe said nothing. Jane Doe, the finance minister of the small republic, resigned on Monday after ${filler}. Doe left. Doe wept.`);
    index.update('file:///ws/b.txt', `Doe again\n\nDoe spoke. Later Jane Doe told reporters at length that ${filler} and then some more.`);
    index.update('file:///ws/c.txt', 'Doe abroad\n\nIn Paris Jane Doe met her counterparts.');
    index.update('file:///ws/d.txt', 'Doe at home\n\nJane Doe rested.');
    const actor = index.actorNamed('Jane Doe')!;
    const card = buildHoverCard(index, actor, { cite: (path) => path.slice(-5), commands: cardCommands, icon: 'person', sharedName: { name: 'Doe', others: 2 } });
    assert.match(card, /^\$\(person\) \*\*Jane Doe\*\* · person\? "Doe" is also the name of 2 other actors/);
    const snippets = card.match(/^> .*$/gm)!;
    assert.equal(snippets.length, 3);
    assert.match(snippets[0], /^> \*\*Jane Doe\*\*, the finance minister .*— \[a\\\.txt\]/, 'the introduction, from the article that names her most');
    assert.match(snippets[1], /\[b\\\.txt\]/);
    const words = new Set(index.articles().flatMap((article) => article.text.split(/\s+/)));
    for (const snippet of snippets) {
      const shown = snippet.replace(/^> /, '').replace(/ — \[.*$/, '').replace(/\*\*|\\|…/g, '');
      for (const word of shown.split(' ')) assert.ok(words.has(word), `"${word}" is cut: ${snippet}`);
    }
    assert.match(card, /\[more…\]\(command:dossier\.showMentions\?/);
  });

  it("lists the actor's own events first, then those it is only named beside, and links its timeline", () => {
    const index = createIndex({ recognizer: listRecognizer({ 'Jane Doe': 'person', Acme: 'organization' }) });
    const text = 'Doe quits\n\nPublished: 18 Aug 2020\n\nAcme bought a small app in 2017 and renamed it, the papers filed by Jane Doe show.\nJane Doe resigned on Monday.\n';
    index.update('file:///ws/a.txt', text);
    const actor = index.actorNamed('Jane Doe')!;
    assert.deepEqual(index.eventsOf(actor.id).map((event) => event.date), ['2017', '2020-08-17'], 'in time order, both hers');
    assert.deepEqual(cardEvents(index, actor).map((event) => event.summary), ['Jane Doe resigned on Monday.', 'Acme bought a small app and renamed it'], 'the event about her first');
    const card = buildHoverCard(index, actor, { cite: () => 'a', commands: cardCommands, icon: 'person' });
    assert.match(card, /`2020-08-17` Jane Doe resigned on Monday\\. *\\\n`2017` Acme bought a small app.* · \[timeline…\]\(command:dossier\.showActorTimeline\?/);
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
