import * as assert from 'node:assert/strict';
import { anchorOf, checkNote, findQuotes, formatQuote, reanchor, SourceText } from '../../src/core/citations';
import { applyFix, spanOf, story } from './citationsSupport';

const notePath = 'file:///ws/notes/bridge.md';
const sourcePath = 'file:///ws/sources/bridge.txt';
const noteQuoting = (sentence: string, occurrence = 1) =>
  `# Bridge\n\n${formatQuote(story, spanOf(story, sentence, occurrence), 'Council approves new bridge', '../sources/bridge.txt')}`;
const check = (note: string, source: string) => checkNote(notePath, note, (path) => (path === sourcePath ? new SourceText(source) : undefined));
const replace = (text: string, from: string, to: string) => {
  assert.ok(text.includes(from), from);
  return text.replace(from, to);
};

const vote = 'The vote was seven to two.';
const mayor = 'Mayor Ana Lopez said the bridge would open in 2027.';

describe('citations: re-anchoring a quote after its source changed', () => {
  it('finds an untouched quote exactly where it was, with nothing to report', () => {
    const result = check(noteQuoting(vote), story);
    assert.deepEqual(result.quotes.map((q) => [q.match?.kind, q.match?.line, q.match?.sourceUnchanged]), [['exact', 4, true]]);
    assert.deepEqual(result.diagnostics, []);
  });

  it('after insertions above, reports the quote moved, with a fix that updates the link to the new line', () => {
    const edited = `Editor's note: this story was updated.\n\n${story}`;
    const note = noteQuoting(vote);
    const [moved] = check(note, edited).diagnostics;
    assert.equal(moved.kind, 'moved');
    assert.equal(moved.severity, 'information');
    assert.equal(moved.message, 'Quoted text moved to line 6 of its source');
    assert.equal(moved.fix?.title, 'Update link to line 6');
    assert.equal(note.slice(moved.span.start, moved.span.end), note.slice(findQuotes(note)[0].linkSpan.start, findQuotes(note)[0].linkSpan.end));
    const fixed = applyFix(note, moved.fix!);
    assert.match(fixed, /> — \[Council approves new bridge, line 6\]\(\.\.\/sources\/bridge\.txt#L6 "/);
    assert.equal(findQuotes(fixed)[0].anchor?.offset, edited.indexOf(vote));
    assert.deepEqual(check(fixed, edited).diagnostics, [], 'the fixed link is exact');
    assert.equal(fixed.replace(/\[.*\)/, ''), note.replace(/\[.*\)/, ''), 'only the link changed');
  });

  it('keeps a quote exact when text moves on its own line only, or the source is re-wrapped', () => {
    const sameLine = replace(story, 'The city council voted', 'On a cold day, the city council voted');
    assert.equal(check(noteQuoting(vote), sameLine).quotes[0].match?.kind, 'exact');
    const rewrapped = replace(story, 'The vote was seven to two.', 'The vote was\nseven  to two.');
    const [quote] = check(noteQuoting(vote), rewrapped).quotes;
    assert.equal(quote.match?.kind, 'exact');
    assert.deepEqual(quote.match?.span, spanOf(rewrapped, 'The vote was\nseven  to two.'));
  });

  it('after a small edit inside the sentence, reports it changed with its similarity, and offers the new text', () => {
    const edited = replace(story, 'would open in 2027', 'would open in 2028');
    const note = noteQuoting(mayor);
    const [changed] = check(note, edited).diagnostics;
    assert.equal(changed.kind, 'changed');
    assert.equal(changed.severity, 'warning');
    assert.equal(changed.message, 'Quoted text changed in the source (98% alike), now at line 6');
    assert.equal(note.slice(changed.span.start, changed.span.end), mayor);
    const fixed = applyFix(note, changed.fix!);
    assert.equal(findQuotes(fixed)[0].text, 'Mayor Ana Lopez said the bridge would open in 2028.');
    assert.deepEqual(check(fixed, edited).diagnostics, []);
  });

  it('after a large edit inside the sentence, or its deletion, reports the quote orphaned', () => {
    const rewritten = replace(story, mayor, 'The mayor, who was elected last year, expects the bridge to be finished in 2027.');
    const deleted = replace(story, `${mayor} `, '');
    for (const edited of [rewritten, deleted]) {
      const [orphaned] = check(noteQuoting(mayor), edited).diagnostics;
      assert.equal(orphaned.kind, 'orphaned');
      assert.equal(orphaned.severity, 'warning');
      assert.equal(orphaned.message, 'Quoted text no longer in source');
      assert.equal(orphaned.fix, undefined);
    }
  });

  it('tells a quote edited in the note from a source that changed (the hash says the source did not)', () => {
    const note = replace(noteQuoting(mayor), 'would open in 2027', 'would open in 2029');
    const [edited] = check(note, story).diagnostics;
    assert.equal(edited.kind, 'changed');
    assert.equal(edited.message, 'Quote differs from its source (98% alike): edited in the note?');
  });

  it('chooses among duplicate sentences by prefix and suffix', () => {
    const critics = 'Critics said the cost was too high.';
    const second = spanOf(story, critics, 2);
    const edited = `An editor's note.\n\n${story}`;
    const [quote] = check(noteQuoting(critics, 2), edited).quotes;
    assert.equal(quote.match?.kind, 'moved');
    assert.equal(quote.match?.line, 12);
    assert.deepEqual(quote.match?.span, { start: second.start + 19, end: second.end + 19 });

    const source = new SourceText(story);
    const anchor = anchorOf(source, second);
    const elsewhere = { ...anchor, offset: 0, line: 1 };
    assert.equal(reanchor(source, elsewhere).span?.start, second.start, 'the prefix and suffix choose the second');
    assert.equal(reanchor(source, { ...elsewhere, prefix: '' }).span?.start, second.start, 'the suffix alone chooses');
    assert.equal(reanchor(source, { ...elsewhere, suffix: '' }).span?.start, second.start, 'the prefix alone chooses');
    const first = spanOf(story, critics, 1);
    assert.equal(reanchor(source, { exact: critics, offset: first.start + 5 }).span?.start, first.start, 'without context the nearer wins');
  });

  it('chooses among fuzzy matches by prefix and suffix too', () => {
    const critics = 'Critics said the cost was too high.';
    const edited = story.replaceAll(critics, 'Critics said the cost was much too high.');
    const [quote] = check(noteQuoting(critics, 2), `An editor's note.\n\n${edited}`).quotes;
    assert.equal(quote.match?.kind, 'changed');
    assert.equal(quote.match?.line, 12);
  });

  it('re-anchors an old quote (line only) and offers to add the anchor', () => {
    const old = `> ${vote}\n>\n> — [Council approves new bridge, line 4](../sources/bridge.txt#L4)\n`;
    const [exact] = check(old, story).quotes;
    assert.equal(exact.match?.kind, 'exact');
    assert.equal(exact.fix?.title, 'Add anchor to quote');
    assert.deepEqual(findQuotes(applyFix(old, exact.fix!))[0].anchor, {
      prefix: 'ld a new bridge over the river. ',
      suffix: ' Mayor Ana Lopez said the bridge',
      offset: story.indexOf(vote),
      hash: new SourceText(story).hash,
    });
    const [moved] = check(old, `Note.\n\n${story}`).diagnostics;
    assert.equal(moved.fix?.title, 'Update link to line 6');
  });

  it('reports a quote whose source is gone', () => {
    const [gone] = checkNote(notePath, noteQuoting(vote), () => undefined).diagnostics;
    assert.deepEqual([gone.kind, gone.severity, gone.message], ['no source', 'warning', 'Source not found: ../sources/bridge.txt']);
  });

  it('lets the threshold decide between changed and orphaned', () => {
    const source = new SourceText(replace(story, 'would open in 2027', 'should be open by 2031'));
    const quote = { exact: mayor, line: 6 };
    assert.equal(reanchor(source, quote).kind, 'changed');
    assert.equal(reanchor(source, quote, { minSimilarity: 0.9 }).kind, 'orphaned');
  });
});
