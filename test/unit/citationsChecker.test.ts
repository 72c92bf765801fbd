import * as assert from 'node:assert/strict';
import { CitationChecker, type CitationFiles, formatQuote, quotedInLabel } from '../../src/core/citations';
import { applyFix, spanOf, story } from './citationsSupport';

const other = 'Rail strike ends\n\nThe strike ended on Friday after talks. Trains ran again on Saturday.\n';

/** Notes and sources in memory, counting reads; any other use of it throws. */
function workspace(files: Record<string, string>) {
  const reads: string[] = [];
  const read = (path: string) => {
    reads.push(path);
    return files[path];
  };
  const api: CitationFiles = { readNote: read, readSource: async (path) => read(path) };
  const guarded = new Proxy(api, {
    get: (target, name) => {
      if (name !== 'readNote' && name !== 'readSource') throw new Error(`the checker used ${String(name)}`);
      return target[name];
    },
  });
  return { files, reads, api: guarded };
}

const quote = (text: string, sentence: string, title: string, link: string, occurrence = 1) => formatQuote(text, spanOf(text, sentence, occurrence), title, link);
const vote = 'The vote was seven to two.';
const critics = 'Critics said the cost was too high.';

function newsroom() {
  return workspace({
    '/ws/sources/bridge.txt': story,
    '/ws/sources/rail.txt': other,
    '/ws/notes/a.md': `# A\n\n${quote(story, vote, 'Council approves new bridge', '../sources/bridge.txt')}\n${quote(other, 'Trains ran again on Saturday.', 'Rail strike ends', '../sources/rail.txt')}`,
    '/ws/notes/b.md': `# B\n\n${quote(story, vote, 'Council approves new bridge', '../sources/bridge.txt')}\n${quote(story, critics, 'Council approves new bridge', '../sources/bridge.txt', 2)}`,
    '/ws/notes/c.md': '# C\n\nNo quotes here.\n',
  });
}
const notes = ['/ws/notes/a.md', '/ws/notes/b.md', '/ws/notes/c.md'];

describe('citations: the checker', () => {
  it('checks every note, reading each source once', async () => {
    const ws = newsroom();
    const checker = new CitationChecker(ws.api);
    const checks = await checker.checkNotes(notes);
    assert.deepEqual(checks.map((c) => [c.notePath, c.quotes.length, c.diagnostics.length]), [
      ['/ws/notes/a.md', 2, 0],
      ['/ws/notes/b.md', 2, 0],
      ['/ws/notes/c.md', 0, 0],
    ]);
    assert.deepEqual(ws.reads.filter((p) => p.includes('sources')), ['/ws/sources/bridge.txt', '/ws/sources/rail.txt']);
  });

  it('after a source changes, re-checks only the notes that quote it, and only reads that source again', async () => {
    const ws = newsroom();
    const checker = new CitationChecker(ws.api);
    await checker.checkNotes(notes);
    ws.files['/ws/sources/rail.txt'] = `Updated on Sunday.\n\n${other}`;
    const again = checker.sourceChanged('/ws/sources/rail.txt');
    assert.deepEqual(again, ['/ws/notes/a.md']);
    ws.reads.length = 0;
    const [a] = await checker.checkNotes(again);
    assert.deepEqual(ws.reads, ['/ws/notes/a.md', '/ws/sources/rail.txt']);
    assert.deepEqual(a.diagnostics.map((d) => [d.kind, d.fix?.title]), [['moved', 'Update link to line 5']]);
    // The other notes are answered from their last check, without reading anything but the note.
    ws.reads.length = 0;
    const b = await checker.checkNote('/ws/notes/b.md');
    assert.equal(b, checker.check('/ws/notes/b.md'));
    assert.deepEqual(ws.reads, ['/ws/notes/b.md']);
  });

  it('after a note changes, finds its unchanged quotes from the last answers, reading no source', async () => {
    const ws = newsroom();
    const checker = new CitationChecker(ws.api);
    await checker.checkNotes(notes);
    ws.reads.length = 0;
    const edited = `${ws.files['/ws/notes/b.md']}\nA new paragraph.\n`;
    const check = await checker.checkNote('/ws/notes/b.md', edited);
    assert.equal(check?.quotes.length, 2);
    assert.deepEqual(ws.reads, []);
  });

  it('writes nothing: a fix is data, and the note is as it was until the user applies it', async () => {
    const ws = newsroom();
    const before = { ...ws.files };
    ws.files['/ws/sources/bridge.txt'] = `Editor's note.\n\n${story}`;
    const checker = new CitationChecker(ws.api);
    const checks = await checker.checkNotes(notes);
    const fixes = checks.flatMap((c) => c.diagnostics.map((d) => d.fix!));
    assert.deepEqual(fixes.map((f) => [f.path, f.title]), [
      ['/ws/notes/a.md', 'Update link to line 6'],
      ['/ws/notes/b.md', 'Update link to line 6'],
      ['/ws/notes/b.md', 'Update link to line 12'],
    ]);
    assert.deepEqual({ ...ws.files, '/ws/sources/bridge.txt': before['/ws/sources/bridge.txt'] }, before);
    // Applying the fixes (as the editor would on the user's action) leaves nothing to report.
    let b = ws.files['/ws/notes/b.md'];
    for (const fix of [...fixes.filter((f) => f.path.endsWith('b.md'))].reverse()) b = applyFix(b, fix);
    assert.deepEqual((await checker.checkNote('/ws/notes/b.md', b))?.diagnostics, []);
  });

  it('gives the backlinks of a source and the sources of a note', async () => {
    const ws = newsroom();
    const checker = new CitationChecker(ws.api);
    await checker.checkNotes(notes);
    const passages = checker.passages('/ws/sources/bridge.txt');
    assert.deepEqual(passages.map((p) => [story.slice(p.span.start, p.span.end), p.line, p.noteCount, p.quotes.map((q) => q.notePath)]), [
      [vote, 4, 2, ['/ws/notes/a.md', '/ws/notes/b.md']],
      [critics, 10, 1, ['/ws/notes/b.md']],
    ]);
    assert.equal(quotedInLabel(passages[0].noteCount), 'quoted in 2 notes');
    assert.equal(quotedInLabel(passages[1].noteCount), 'quoted in 1 note');
    assert.deepEqual(checker.notesCiting('/ws/sources/bridge.txt'), ['/ws/notes/a.md', '/ws/notes/b.md']);
    assert.deepEqual(checker.sourcesOf('/ws/notes/a.md'), [
      { sourcePath: '/ws/sources/bridge.txt', quotes: 1, stale: 0 },
      { sourcePath: '/ws/sources/rail.txt', quotes: 1, stale: 0 },
    ]);
    const [first] = passages[0].quotes;
    assert.match(ws.files[first.notePath].slice(first.span.start, first.span.end), /^> The vote was seven to two\.\n>\n> — \[/);
    checker.noteRemoved('/ws/notes/a.md');
    assert.deepEqual(checker.notesCiting('/ws/sources/bridge.txt'), ['/ws/notes/b.md']);
    assert.deepEqual(checker.notesCiting('/ws/sources/rail.txt'), []);
    // A source no note quotes is let go, and read again when quoted again.
    ws.reads.length = 0;
    await checker.checkNote('/ws/notes/a.md');
    assert.deepEqual(ws.reads, ['/ws/notes/a.md', '/ws/sources/rail.txt']);
  });

  it('counts stale quotes, and a source deleted or unreadable as none', async () => {
    const ws = newsroom();
    const checker = new CitationChecker({ ...ws.api, readSource: (path) => (path.endsWith('rail.txt') ? Promise.reject(new Error('EACCES')) : ws.files[path]) });
    const a = await checker.checkNote('/ws/notes/a.md');
    assert.deepEqual(a?.diagnostics.map((d) => d.kind), ['no source']);
    assert.deepEqual(checker.sourcesOf('/ws/notes/a.md').map((s) => s.stale), [0, 1]);
  });

  it('does not keep a check made while one of its sources changed', async () => {
    const ws = newsroom();
    let release: () => void = () => undefined;
    let started: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const reading = new Promise<void>((resolve) => (started = resolve));
    const readSource = async (p: string) => {
      const text = ws.files[p]; // read before the change, delivered after it
      started();
      await gate;
      return text;
    };
    const checker = new CitationChecker({ readNote: (p) => ws.files[p], readSource });
    const pending = checker.checkNote('/ws/notes/a.md');
    await reading;
    ws.files['/ws/sources/bridge.txt'] = `Editor's note.\n\n${story}`;
    assert.deepEqual(checker.sourceChanged('/ws/sources/bridge.txt'), ['/ws/notes/a.md']);
    release();
    assert.deepEqual((await pending)?.diagnostics, []);
    assert.deepEqual((await checker.checkNote('/ws/notes/a.md'))?.diagnostics.map((d) => d.kind), ['moved']);
  });

  it('resolves targets against note URIs, or as the editor says', async () => {
    const files: Record<string, string> = { 'file:///ws/notes/a%20b.md': `# A\n\n${quote(story, vote, 'T', '../my sources/bridge.txt')}`, 'file:///ws/my%20sources/bridge.txt': story };
    const checker = new CitationChecker({ readNote: (p) => files[p], readSource: (p) => files[p] });
    assert.deepEqual((await checker.checkNote('file:///ws/notes/a%20b.md'))?.quotes.map((q) => [q.sourcePath, q.match?.kind]), [['file:///ws/my%20sources/bridge.txt', 'exact']]);
    const rooted = new CitationChecker({ readNote: (p) => files[p], readSource: (p) => files[p] }, { resolveTarget: () => 'file:///ws/my%20sources/bridge.txt' });
    assert.equal((await rooted.checkNote('file:///ws/notes/a%20b.md'))?.quotes[0].match?.kind, 'exact');
  });
});
