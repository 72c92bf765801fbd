// The service over an in-memory workspace: what it reads, and how it follows files created, changed,
// renamed and deleted (debounced), cancelled reads, the cache and the settings.
import * as assert from 'node:assert/strict';
import type { CacheStorage } from '../../src/core/indexing';
import { localAnalyzer } from '../../src/core/indexing';
import { curationFile, defaultFileSettings, type Dossier, type DossierOptions } from '../../src/core/service';
import { MemoryWorkspace, openDossier } from './memoryWorkspace';
import { listRecognizer } from './support';

const recognizer = listRecognizer({ Oracle: 'organization', ByteDance: 'organization', Microsoft: 'organization', TikTok: 'organization' });

let stories = 0;

/** A news text, a new one each time (the same text twice would be one article saved twice). */
function story(extra = ''): string {
  return `Oracle weighs a bid for TikTok\n\nOracle is in talks with ByteDance, people familiar with the matter said.${extra}\nStory ${++stories}.\n`;
}

function open(workspace: MemoryWorkspace, options: Partial<DossierOptions> = {}) {
  return openDossier(workspace, recognizer, options);
}

/** Resolves on the next change the service reports (debounced). */
function changed(dossier: Dossier): Promise<void> {
  return new Promise((resolve) => {
    const listener = dossier.onDidChange(() => {
      listener.dispose();
      resolve();
    });
  });
}

/** Resolves once the workspace is read and the service has reported it. */
async function ready(dossier: Dossier): Promise<void> {
  const reported = changed(dossier);
  await dossier.whenReady();
  await reported;
}

function paths(dossier: Dossier): string[] {
  return dossier.index.articles().map((article) => article.path);
}

function memoryStorage(): CacheStorage {
  const files = new Map<string, string>();
  return {
    list: async () => [...files.keys()],
    read: async (name) => files.get(name),
    write: async (name, text) => void files.set(name, text),
    delete: async (name) => void files.delete(name),
  };
}

describe('Dossier service over a workspace', () => {
  let dossier: Dossier | undefined;
  afterEach(() => dossier?.dispose());

  it('reads the news texts the settings choose, and skips and reports what it cannot index', async () => {
    const workspace = new MemoryWorkspace({
      'sources/a.txt': story(),
      'sources/b.txt': story(' Microsoft said nothing.'),
      'notes/n.md': 'Oracle',
      'node_modules/pkg/readme.txt': story(),
      'sources/binary.txt': new Uint8Array([0x89, 0x50, 0, 1, 2]),
      'sources/empty.txt': '',
      'sources/big.txt': story().repeat(100),
    });
    const opened = open(workspace, { settings: { ...defaultFileSettings, maxFileSizeMB: 0.001 } });
    dossier = opened.dossier;
    await dossier.whenReady();
    assert.deepEqual(paths(dossier), ['sources/a.txt', 'sources/b.txt']);
    assert.deepEqual([...dossier.skipped.keys()].sort(), ['sources/big.txt', 'sources/binary.txt', 'sources/empty.txt']);
    assert.match(dossier.skipped.get('sources/big.txt')!, /^larger than 0.001 MB/);
    assert.ok(opened.warnings.some((w) => /^Skipped sources\/binary.txt: binary file/.test(w)), opened.warnings.join('\n'));
    assert.deepEqual([dossier.stats.analyzed, dossier.stats.fromCache, dossier.stats.skipped], [2, 0, 3]);
    assert.equal(dossier.index.actorNamed('Oracle')?.articleCount, 2);
    assert.match(opened.info.at(-1)!, /2 of 5 news texts indexed/);
  });

  it('follows a source created, changed, renamed and deleted', async () => {
    const workspace = new MemoryWorkspace({ 'a.txt': story() });
    dossier = open(workspace).dossier;
    await ready(dossier);
    const oracle = () => dossier!.index.actorNamed('Oracle');

    workspace.write('b.txt', story());
    await changed(dossier);
    assert.deepEqual(paths(dossier), ['a.txt', 'b.txt']);
    assert.equal(oracle()?.articleCount, 2);

    const mentions = oracle()!.mentionCount;
    workspace.write('b.txt', story(' Oracle shares rose.'));
    await changed(dossier);
    assert.equal(oracle()?.mentionCount, mentions + 1);

    workspace.rename('b.txt', 'c.txt');
    await changed(dossier);
    assert.deepEqual(paths(dossier), ['a.txt', 'c.txt']);

    workspace.delete('c.txt');
    await changed(dossier);
    assert.deepEqual(paths(dossier), ['a.txt']);
    assert.equal(oracle()?.articleCount, 1);
  });

  it('follows a folder created, renamed and deleted whole', async () => {
    const workspace = new MemoryWorkspace({ 'a.txt': story() });
    dossier = open(workspace).dossier;
    await ready(dossier);
    workspace.createFolder('batch', { 'one.txt': story(), 'two.txt': story(' Microsoft said nothing.'), 'note.md': 'Oracle' });
    await changed(dossier);
    assert.deepEqual(paths(dossier), ['a.txt', 'batch/one.txt', 'batch/two.txt']);
    workspace.rename('batch', 'moved');
    await changed(dossier);
    assert.deepEqual(paths(dossier).sort(), ['a.txt', 'moved/one.txt', 'moved/two.txt']);
    workspace.delete('moved');
    await changed(dossier);
    assert.deepEqual(paths(dossier), ['a.txt']);
  });

  it('debounces: a burst of changes is read once, after the last, and reported once', async () => {
    const workspace = new MemoryWorkspace({ 'a.txt': story() });
    dossier = open(workspace).dossier;
    await ready(dossier);
    let reports = 0;
    dossier.onDidChange(() => reports++);
    workspace.reads.length = 0;
    for (let i = 0; i < 5; i++) workspace.write('a.txt', story(' Microsoft said nothing.'.repeat(i)));
    workspace.write('b.txt', story());
    await changed(dossier);
    await new Promise((resolve) => setTimeout(resolve, 60)); // longer than the debounce: nothing more comes
    assert.deepEqual(workspace.reads, ['a.txt', 'b.txt']);
    assert.equal(reports, 1);
    assert.equal(dossier.index.actorNamed('Microsoft')?.mentionCount, 4);
  });

  it('stops a read of the whole workspace when cancelled, and a rebuild reads it all again', async () => {
    const files = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`wire-${String(i).padStart(2, '0')}.txt`, story(` Story ${i}.`)]));
    const workspace = new MemoryWorkspace(files);
    let open_: () => void = () => undefined;
    workspace.gate = new Promise((resolve) => (open_ = resolve));
    let cancel: () => void = () => undefined;
    const opened = open(workspace, { display: { progress: (_total, stop, read) => ((cancel = stop), read(() => undefined)) } });
    dossier = opened.dossier;
    const ready = dossier.whenReady();
    await new Promise((resolve) => setTimeout(resolve, 10));
    cancel();
    open_();
    await ready;
    assert.ok(paths(dossier).length < 40, `${paths(dossier).length} articles read after the cancel`);
    assert.match(opened.info.at(-1)!, /; cancelled\)$/);
    await dossier.rebuild();
    assert.equal(paths(dossier).length, 40);
  });

  it('cancels the read under way when rebuilt, and ends with every file once', async () => {
    const workspace = new MemoryWorkspace(Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`w${i}.txt`, story()])));
    let open_: () => void = () => undefined;
    workspace.gate = new Promise((resolve) => (open_ = resolve));
    const opened = open(workspace);
    dossier = opened.dossier;
    const first = dossier.whenReady();
    await new Promise((resolve) => setTimeout(resolve, 10));
    const second = dossier.rebuild();
    open_();
    await Promise.all([first, second]);
    assert.equal(paths(dossier).length, 20);
    assert.equal(opened.info.filter((line) => /cancelled/.test(line)).length, 1);
  });

  it('forgets a file deleted while the workspace is read', async () => {
    const workspace = new MemoryWorkspace({ 'a.txt': story(), 'b.txt': story() });
    let open_: () => void = () => undefined;
    workspace.gate = new Promise((resolve) => (open_ = resolve));
    dossier = open(workspace).dossier;
    const reported = ready(dossier);
    await new Promise((resolve) => setTimeout(resolve, 10)); // both are statted by now
    workspace.delete('b.txt');
    open_();
    await reported; // by then the deletion is followed too
    assert.deepEqual(paths(dossier), ['a.txt']);
    assert.deepEqual([...dossier.skipped.keys()], []);
  });

  it('serves unchanged files from the cache, analyses changed ones, and caches changes as they come', async () => {
    const storage = memoryStorage();
    const workspace = new MemoryWorkspace({ 'a.txt': story(), 'b.txt': story(' Microsoft said nothing.') });
    const cached = () => open(workspace, { cache: { storage, code: async () => new Uint8Array([7]) } }).dossier;
    dossier = cached();
    await ready(dossier);
    assert.deepEqual([dossier.stats.fromCache, dossier.stats.analyzed], [0, 2]);
    workspace.write('c.txt', story());
    await changed(dossier);
    await dossier.writeCache();
    dossier.dispose();

    dossier = cached();
    await dossier.whenReady();
    assert.deepEqual([dossier.stats.fromCache, dossier.stats.analyzed], [3, 0]);
    dossier.dispose();

    const edited = story(' Oracle shares rose.');
    workspace.write('a.txt', edited);
    workspace.delete('b.txt');
    dossier = cached();
    await dossier.whenReady();
    assert.deepEqual([dossier.stats.fromCache, dossier.stats.analyzed], [1, 1]);
    assert.equal(dossier.index.article('a.txt')?.text, edited);

    // Another model (or other analysis code) starts another cache.
    dossier.dispose();
    dossier = open(workspace, { cache: { storage, code: async () => new Uint8Array([8]) } }).dossier;
    await dossier.whenReady();
    assert.deepEqual([dossier.stats.fromCache, dossier.stats.analyzed], [0, 2]);
  });

  it('reads the curation file again when it changes, and reports its problems', async () => {
    const workspace = new MemoryWorkspace({ 'a.txt': story() });
    const problems: string[] = [];
    dossier = open(workspace, { display: { curationProblems: (_key, errors) => problems.push(...errors) } }).dossier;
    await ready(dossier);
    assert.ok(dossier.index.actorNamed('ByteDance'));
    workspace.write(curationFile, JSON.stringify({ reject: ['ByteDance'] }));
    await changed(dossier);
    assert.equal(dossier.index.actorNamed('ByteDance'), undefined);
    workspace.write(curationFile, '{ "reject": [42] }');
    await changed(dossier);
    assert.ok(dossier.index.actorNamed('ByteDance'));
    assert.match(problems.join('\n'), /reject\[0\] must be a non-empty string/);
  });

  it('reads the files again only when the settings that choose them change', async () => {
    const workspace = new MemoryWorkspace({ 'a.txt': story(), 'b.text': story() });
    dossier = open(workspace).dossier;
    await dossier.whenReady();
    workspace.reads.length = 0;
    dossier.updateSettings({ ...defaultFileSettings, exclude: [...defaultFileSettings.exclude] });
    await dossier.whenReady();
    assert.deepEqual(workspace.reads, []);
    dossier.updateSettings({ ...defaultFileSettings, sources: '**/*.{txt,text}' });
    await dossier.whenReady();
    assert.deepEqual(paths(dossier), ['a.txt', 'b.text']);
  });

  it('analyses in worker threads from 100 texts on, and in this thread below', async () => {
    let started = 0;
    const workers = {
      size: 3,
      start: () => {
        started++;
        return localAnalyzer(() => recognizer);
      },
    };
    const many = new MemoryWorkspace(Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`w${i}.txt`, story()])));
    dossier = open(many, { workers }).dossier;
    await dossier.whenReady();
    assert.deepEqual([started, dossier.stats.workers], [1, 3]);
    dossier.dispose();
    dossier = open(new MemoryWorkspace({ 'a.txt': story() }), { workers }).dossier;
    await dossier.whenReady();
    assert.deepEqual([started, dossier.stats.workers], [1, 0]);
  });
});
