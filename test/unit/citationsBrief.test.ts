import * as assert from 'node:assert/strict';
import { marked } from 'marked';
import { briefOf, briefPaths, type BriefSource, exportBrief, formatQuote, isSafeUrl, markdownToHtml } from '../../src/core/citations';
import { spanOf, story } from './citationsSupport';

const rail = 'Rail strike ends\n\nThe strike ended on Friday after talks. Trains ran again on Saturday.\n';
const q = (text: string, sentence: string, title: string, link: string) => formatQuote(text, spanOf(text, sentence), title, link);
const note = [
  '# Transport week',
  '',
  '[[Ana Lopez|The mayor]] backs the bridge; [[Council]] voted.',
  '',
  q(story, 'The vote was seven to two.', 'Council approves new bridge', '../sources/bridge.txt'),
  q(rail, 'Trains ran again on Saturday.', 'Rail strike ends', '../sources/rail.txt'),
  q(story, 'Mayor Ana Lopez said the bridge would open in 2027.', 'Council approves new bridge', '../sources/bridge.txt'),
  '```',
  '[[kept in code]]',
  '```',
  '',
].join('\n');

function sources(files: Record<string, BriefSource>) {
  return (path: string) => files[path];
}

describe('citations: exporting a brief', () => {
  const brief = exportBrief('/ws/notes/week.md', note, sources({
    '/ws/sources/bridge.txt': { text: `Editor's note.\n\n${story.replace('would open in 2027', 'would open in 2028')}`, title: 'Council approves new bridge', published: '2024-03-05' },
    '/ws/sources/rail.txt': { text: 'Rail strike ends\n\nIt is over.\n', title: 'Rail strike ends' },
  }));

  it('resolves every citation to title, date and line, numbered by source', () => {
    assert.match(brief.markdown, /^> — \[Council approves new bridge, 2024-03-05, line 6\]\(\.\.\/sources\/bridge\.txt#L6\) \\\[1\\\]$/m);
    assert.match(brief.markdown, /^> — \[Rail strike ends, undated, line 3\]\(\.\.\/sources\/rail\.txt#L3\) \\\[2\\\] ⚠ \*stale quote, see below\*$/m);
    assert.doesNotMatch(brief.markdown, /⟨quote⟩/, 'anchors are for Dossier, not for readers of the brief');
    assert.match(brief.markdown, /^The mayor backs the bridge; Council voted\.$/m);
    assert.match(brief.markdown, /^\[\[kept in code\]\]$/m);
  });

  it('ends with the numbered list of sources, and a section for the stale quotes', () => {
    const end = brief.markdown.slice(brief.markdown.indexOf('## Sources'));
    assert.equal(
      end,
      [
        '## Sources',
        '',
        '1. Council approves new bridge — 2024-03-05 — [../sources/bridge.txt](../sources/bridge.txt)',
        '2. Rail strike ends — undated — [../sources/rail.txt](../sources/rail.txt)',
        '',
        '## Stale quotes',
        '',
        '- “Trains ran again on Saturday.” — \\[2\\], line 3: quoted text no longer in source',
        '- “Mayor Ana Lopez said the bridge would open in 2027.” — \\[1\\], line 8: quoted text changed in the source (98% alike)',
        '',
      ].join('\n'),
    );
    assert.deepEqual(brief.sources.map((s) => [s.number, s.sourcePath, s.title, s.published]), [
      [1, '/ws/sources/bridge.txt', 'Council approves new bridge', '2024-03-05'],
      [2, '/ws/sources/rail.txt', 'Rail strike ends', undefined],
    ]);
    assert.deepEqual(brief.stale.map((s) => s.kind), ['orphaned', 'changed']);
  });

  it('renders the same document as HTML', () => {
    assert.match(brief.html, /^<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n<title>Transport week<\/title>/);
    assert.match(brief.html, /<blockquote>\n<p>The vote was seven to two\.<\/p>\n<p>— <a href="\.\.\/sources\/bridge\.txt#L6">Council approves new bridge, 2024-03-05, line 6<\/a> \[1\]<\/p>\n<\/blockquote>/);
    assert.match(brief.html, /<ol>\n<li>Council approves new bridge — 2024-03-05 — <a href="\.\.\/sources\/bridge\.txt">\.\.\/sources\/bridge\.txt<\/a><\/li>/);
    assert.match(brief.html, /<h2>Stale quotes<\/h2>\n<ul>\n<li>“Trains ran again on Saturday\.” — \[2\], line 3: quoted text no longer in source<\/li>/);
  });

  it('says when a source is gone', () => {
    const gone = exportBrief('/ws/notes/week.md', note, () => undefined);
    assert.match(gone.markdown, /^1\. \(source not found\) — undated — /m);
    assert.deepEqual(gone.stale.map((s) => s.message), ['source not found', 'source not found', 'source not found']);
  });

  it('keeps hostile article text from becoming markup, and in HTML the note\'s own HTML and unsafe links too', () => {
    const hostile = 'Evil <script>alert(1)</script> [x](javascript:alert(2)) <img src=x onerror=alert(3)> said it. It left.';
    const evilNote = [
      '# <b>Note</b>',
      '',
      'Mine: <iframe src="https://evil.example"></iframe> [run](command:workbench.action.terminal.new) [js](javascript:alert(4)) [ok](https://example.org "t\\"itle") [rel](other.md)',
      '',
      q(hostile, 'Evil <script>alert(1)</script> [x](javascript:alert(2)) <img src=x onerror=alert(3)> said it.', 'Evil <b>title</b> [y](command:z)', 'evil.txt'),
    ].join('\n');
    const article = { text: hostile, title: 'Evil <b>title</b> [y](command:z)', published: '<i>2024</i>' };
    const { html, markdown } = exportBrief('/ws/evil.md', evilNote, () => article);
    // The Markdown keeps the note as the user wrote it; what comes from the article stays text.
    const fromArticle = marked.parse(markdown.slice(markdown.indexOf('> Evil')), { async: false });
    assert.doesNotMatch(fromArticle, /<(?:script|img|iframe|b|i)\b/i, fromArticle);
    assert.deepEqual([...fromArticle.matchAll(/href="([^"]*)"/g)].map((m) => m[1]), ['evil.txt#L1', 'evil.txt']);
    // The HTML makes no tag of any HTML and no link of an unsafe target, the note's own included.
    assert.doesNotMatch(html.slice(html.indexOf('<body>')), /<(?:script|img|iframe|b|i)\b/i, html);
    assert.deepEqual([...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]), ['https://example.org', 'other.md', 'evil.txt#L1', 'evil.txt']);
    assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt; \[x\]\(javascript:alert\(2\)\)/);
    assert.match(html, /<title>&lt;b&gt;Note&lt;\/b&gt;<\/title>/);
    assert.match(html, /title="t&quot;itle"/);
  });

  it('renders only safe links', () => {
    for (const url of ['other.md', '../a/b.txt#L3', '#top', 'https://example.org/x?y=1', 'mailto:a@b.c']) assert.ok(isSafeUrl(url), url);
    for (const url of ['javascript:alert(1)', 'JaVaScRiPt:x', 'command:x', 'vscode://x', 'data:text/html,x', '\u0001javascript:x', ' javascript:x', 'java\nscript:x', '\\\\evil\\x']) {
      assert.ok(!isSafeUrl(url), JSON.stringify(url));
    }
    assert.equal(markdownToHtml('**a** *b* _c_ snake_case_name `<x>` \\*d\\*'), '<p><strong>a</strong> <em>b</em> <em>c</em> snake_case_name <code>&lt;x&gt;</code> *d*</p>');
  });
});

describe('citations: a brief from the files', () => {
  it('reads each cited source once, its title and date from its text, and names the files beside the note', async () => {
    const reads: string[] = [];
    const files: Record<string, string> = { '/ws/sources/bridge.txt': story, '/ws/sources/rail.txt': rail };
    const brief = await briefOf('/ws/notes/week.md', note, (path) => (reads.push(path), files[path]));
    assert.deepEqual(reads, ['/ws/sources/bridge.txt', '/ws/sources/rail.txt']);
    assert.deepEqual(brief.sources.map((s) => [s.title, s.published]), [
      ['Council approves new bridge', '2024-03-05'],
      ['Rail strike ends', undefined],
    ]);
    assert.equal(brief.stale.length, 0);
    assert.deepEqual(briefPaths('/ws/notes/week.md'), { markdown: '/ws/notes/week.brief.md', html: '/ws/notes/week.brief.html' });
    assert.deepEqual(briefPaths('file:///ws/My%20Week.MD'), { markdown: 'file:///ws/My%20Week.brief.md', html: 'file:///ws/My%20Week.brief.html' });
  });
});
