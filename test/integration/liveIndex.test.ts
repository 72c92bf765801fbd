// The live index in a real VS Code: sources created, edited, renamed and deleted while Dossier runs;
// the index cache (reopening, corruption); bad input of every kind; malformed curation file and settings.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { DossierApi } from '../../src/extension';
import { WorkspaceIndex } from '../../src/workspaceIndex';
import { dossier, eventually, hoverText, positionOf, workspaceUri } from './support';

const encoder = new TextEncoder();

function liveText(extra = ''): string {
  return (
    'Oracle weighs a bid for TikTok\n\n' +
    'Oracle is in talks with ByteDance about the US business of TikTok, people familiar with the matter said on Tuesday.\n\n' +
    `Oracle declined to comment. Microsoft said its own talks with ByteDance continue.${extra}\n`
  );
}

/** Every file under the folder with its modification time and bytes, to check that nothing was written. */
function snapshotFiles(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const file = path.join(entry.parentPath, entry.name);
    if (entry.isFile()) files.set(file, stateOf(file));
  }
  return files;
}

function stateOf(file: string): string {
  return `${fs.statSync(file).mtimeMs}:${fs.readFileSync(file).toString('base64')}`;
}

describe('Live index', () => {
  let api: DossierApi;
  let untouched: Map<string, string>;
  const root = () => vscode.workspace.workspaceFolders![0].uri.fsPath;
  const index = () => api.workspaceIndex.index;

  /** What the hover over the first "Oracle" of a note says. */
  async function oracleCard(): Promise<string> {
    const { document, position } = await positionOf(workspaceUri('notes', 'bidders.md'), 'Oracle');
    return hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position));
  }

  /** Paths of the articles under Oracle in the Actors tree. */
  function oracleArticlesInTree(): string[] {
    const oracle = index().actorNamed('Oracle');
    if (!oracle) return [];
    return api.actorsTree.getChildren(api.actorsTree.actorNode(oracle.id)).flatMap((node) => (node.kind === 'article' ? [node.path] : []));
  }

  /** A second index over the same workspace storage, as after reopening the window. */
  async function reopened(): Promise<WorkspaceIndex> {
    const workspaceIndex = api.workspaceIndex;
    await workspaceIndex.writeCache();
    const second = new WorkspaceIndex(workspaceIndex.extensionUri, workspaceIndex.log, workspaceIndex.storageUri);
    await second.whenReady();
    return second;
  }

  async function settled(): Promise<void> {
    await api.workspaceIndex.whenReady();
    await new Promise((resolve) => setTimeout(resolve, 400)); // the watchers' debounce
    await api.workspaceIndex.whenReady();
  }

  before(async () => {
    api = await dossier();
    untouched = new Map([...snapshotFiles(path.join(root(), 'sources')), ...snapshotFiles(path.join(root(), 'notes'))]);
  });

  after(async () => {
    for (const name of ['live-wire.txt', 'live-wire-renamed.txt', 'batch', 'batch-moved', 'bad', 'many']) {
      await vscode.workspace.fs.delete(workspaceUri('sources', name), { recursive: true }).then(undefined, () => undefined);
    }
    await vscode.workspace.fs.delete(workspaceUri('.dossier'), { recursive: true }).then(undefined, () => undefined);
    await vscode.workspace.getConfiguration('dossier').update('maxFileSizeMB', undefined, vscode.ConfigurationTarget.Workspace);
    await settled();
    await eventually(() => index().articles().length === 2 && api.workspaceIndex.skipped.size === 0, 10_000, 'the index to be back to the two sample sources');
  });

  it('serves a reopened workspace from the cache', async () => {
    assert.equal(api.workspaceIndex.stats.analyzed + api.workspaceIndex.stats.fromCache, 2);
    const second = await reopened();
    try {
      assert.deepEqual([second.stats.fromCache, second.stats.analyzed], [2, 0]);
      assert.deepEqual(second.index.actors().map((a) => a.id), index().actors().map((a) => a.id));
    } finally {
      second.dispose();
    }
  });

  it('recovers from a corrupt cache: reports it and analyses the texts again', async () => {
    const cacheDir = vscode.Uri.joinPath(api.workspaceIndex.storageUri!, 'index');
    const shards = (await vscode.workspace.fs.readDirectory(cacheDir)).map(([name]) => name).filter((name) => name.endsWith('.json'));
    assert.ok(shards.length > 0, 'no cache files');
    for (const name of shards) await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(cacheDir, name), encoder.encode('{"format": "analysis-'));
    const second = await reopened();
    try {
      assert.deepEqual([second.stats.fromCache, second.stats.analyzed], [0, 2], second.warnings.join('\n'));
      assert.ok(second.warnings.some((w) => /corrupt/.test(w)), second.warnings.join('\n'));
      assert.ok(second.index.actorNamed('Oracle'));
    } finally {
      await second.writeCache();
      second.dispose();
    }
    const third = await reopened();
    third.dispose();
    assert.equal(third.stats.fromCache, 2);
  });

  it('reflects a source created, edited, renamed and deleted in hovers and the tree within a second', async () => {
    const articlesBefore = index().actorNamed('Oracle')!.articleCount;
    const live = workspaceUri('sources', 'live-wire.txt');
    const renamed = workspaceUri('sources', 'live-wire-renamed.txt');
    const within = async (what: string, check: () => Promise<unknown> | unknown) => {
      try {
        await eventually(async () => (await check()) || undefined, 1000, what);
      } catch (error) {
        const state = `hover: ${await oracleCard()}\ntree: ${oracleArticlesInTree().join(', ')}\nindexed: ${index().articles().map((a) => a.path).join(', ')}`;
        throw new Error(`${(error as Error).message}\n${state}`);
      }
    };

    await vscode.workspace.fs.writeFile(live, encoder.encode(liveText()));
    await within('the new source in the hover', async () => (await oracleCard()).includes(`in ${articlesBefore + 1} articles`));
    await within('the new source in the tree', () => oracleArticlesInTree().includes(live.toString()));
    const mentions = index().actorNamed('Oracle')!.mentions.length;

    await vscode.workspace.fs.writeFile(live, encoder.encode(liveText(' Oracle and TikTok gave no timetable. Analysts said Oracle would gain.')));
    await within('the edit in the hover', async () => Number(/(\d+) mentions? in/.exec(await oracleCard())?.[1]) > mentions);

    await vscode.workspace.fs.rename(live, renamed);
    await within('the rename in the tree', () => oracleArticlesInTree().includes(renamed.toString()) && !oracleArticlesInTree().includes(live.toString()));
    await within('the rename in the hover', async () => (await oracleCard()).includes(`in ${articlesBefore + 1} articles`));
    assert.ok(index().has(renamed.toString()) && !index().has(live.toString()));

    await vscode.workspace.fs.delete(renamed);
    await within('the deletion in the hover', async () => (await oracleCard()).includes(`in ${articlesBefore} article`));
    await within('the deletion in the tree', () => !oracleArticlesInTree().includes(renamed.toString()));
  });

  it('follows a folder of sources renamed and deleted whole', async () => {
    const batch = workspaceUri('sources', 'batch');
    const moved = workspaceUri('sources', 'batch-moved');
    const inside = (folder: vscode.Uri) => index().articles().filter((article) => article.path.startsWith(folder.toString() + '/')).length;
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(batch, 'one.txt'), encoder.encode(liveText()));
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(batch, 'two.txt'), encoder.encode(liveText(' Oracle shares rose.')));
    await eventually(() => inside(batch) === 2, 3000, 'the new folder to be indexed');
    await vscode.workspace.fs.rename(batch, moved);
    await eventually(() => inside(batch) === 0 && inside(moved) === 2, 3000, 'the renamed folder to be indexed under its new name').catch((error: Error) => {
      throw new Error(`${error.message}: ${index().articles().map((a) => a.path).join(', ')}`);
    });
    await vscode.workspace.fs.delete(moved, { recursive: true });
    await eventually(() => inside(moved) === 0, 3000, 'the deleted folder to be forgotten');
  });

  it('skips and reports bad input of every kind, and keeps working', async function () {
    this.timeout(120_000);
    const bad = path.join(root(), 'sources', 'bad');
    fs.mkdirSync(bad, { recursive: true });
    const binary = Buffer.alloc(4096);
    for (let i = 0; i < binary.length; i++) binary[i] = (i * 31) % 256;
    fs.writeFileSync(path.join(bad, 'binary.txt'), binary);
    fs.writeFileSync(path.join(bad, 'invalid-utf8.txt'), Buffer.from([0x4f, 0x72, 0x61, 0xc3, 0x28, 0xa0, 0xa1, 0x0a, 0xff, 0xfe, 0xfd]));
    fs.writeFileSync(path.join(bad, 'empty.txt'), '');
    fs.writeFileSync(path.join(bad, 'blank.txt'), '   \n\n  \n');
    const huge = fs.openSync(path.join(bad, 'huge.txt'), 'w');
    const block = Buffer.from('Oracle said the talks continue. '.repeat(32 * 1024)); // 1 MB
    for (let i = 0; i < 100; i++) fs.writeSync(huge, block);
    fs.closeSync(huge);
    const utf16 = 'Oracle in UTF-16\n\nOracle is in talks with ByteDance, Microsoft said.\n';
    fs.writeFileSync(path.join(bad, 'utf16le.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(utf16, 'utf16le')]));
    fs.writeFileSync(path.join(bad, 'long-line.txt'), 'A very long line\n\n' + 'Oracle and ByteDance met again in talks about TikTok, '.repeat(20_000));
    fs.symlinkSync('..', path.join(bad, 'loop'));
    fs.symlinkSync('loop', path.join(bad, 'self'));

    // A full rebuild over the bad folder, with a file deleted while it runs.
    fs.writeFileSync(path.join(bad, 'vanishing.txt'), liveText());
    const rebuilt = vscode.commands.executeCommand('dossier.rebuildIndex');
    fs.rmSync(path.join(bad, 'vanishing.txt'));
    await rebuilt;
    await settled();

    const uri = (name: string) => vscode.Uri.file(path.join(bad, name)).toString();
    const skipped = api.workspaceIndex.skipped;
    const reasons = [...skipped].map(([key, reason]) => `${key}: ${reason}`).join('\n');
    assert.match(skipped.get(uri('binary.txt')) ?? '', /binary/, reasons);
    assert.match(skipped.get(uri('invalid-utf8.txt')) ?? '', /not valid UTF-8/, reasons);
    assert.match(skipped.get(uri('empty.txt')) ?? '', /empty/, reasons);
    assert.match(skipped.get(uri('blank.txt')) ?? '', /no text/, reasons);
    assert.match(skipped.get(uri('huge.txt')) ?? '', /larger than 5 MB/, reasons);
    for (const name of ['binary.txt', 'invalid-utf8.txt', 'empty.txt', 'huge.txt']) {
      assert.ok(api.workspaceIndex.warnings.some((w) => w.startsWith('Skipped') && w.includes(name)), `${name} not reported`);
    }
    assert.ok(index().has(uri('utf16le.txt')), 'the UTF-16 text is indexed');
    assert.ok(index().has(uri('long-line.txt')), 'the text with a very long line is indexed');
    await eventually(() => !index().has(uri('vanishing.txt')) && !skipped.has(uri('vanishing.txt')), 2000, 'the deleted file to be forgotten');
    // The sample sources are indexed once each (the symlink loop adds no copies) and hovers still work.
    const samples = index().articles().filter((article) => article.path.includes('tiktok-'));
    assert.equal(samples.length, 2, samples.map((a) => a.path).join('\n'));
    assert.match(await oracleCard(), /Oracle/);
    assert.ok(api.workspaceIndex.stats.analyzed >= 4);
  });

  it('leaves out the folders dossier.exclude names (node_modules by default), without entering them', async () => {
    const hidden = path.join(root(), 'sources', 'node_modules', 'pkg');
    fs.mkdirSync(hidden, { recursive: true });
    fs.writeFileSync(path.join(hidden, 'readme.txt'), liveText(' From a package.'));
    try {
      await vscode.commands.executeCommand('dossier.rebuildIndex');
      await settled();
      assert.ok(!index().articles().some((article) => article.path.includes('node_modules')), 'a file under node_modules was indexed');
      assert.ok(index().articles().some((article) => article.path.includes('tiktok-')));
    } finally {
      fs.rmSync(path.join(root(), 'sources', 'node_modules'), { recursive: true, force: true });
    }
  });

  it('analyses a large workspace in worker threads, then serves it from the cache', async function () {
    this.timeout(120_000);
    const many = path.join(root(), 'sources', 'many');
    fs.mkdirSync(many, { recursive: true });
    for (let i = 0; i < 120; i++) fs.writeFileSync(path.join(many, `wire-${i}.txt`), liveText(` Story ${i} of the day.`));
    await vscode.commands.executeCommand('dossier.rebuildIndex');
    await settled();
    const stats = api.workspaceIndex.stats;
    assert.ok(stats.workers > 0, `no worker threads: ${JSON.stringify(stats)}`);
    assert.ok(stats.analyzed >= 122 && stats.fromCache === 0, JSON.stringify(stats));
    assert.ok(index().actorNamed('Oracle')!.articleCount >= 120);
    const second = await reopened();
    try {
      assert.ok(second.stats.fromCache >= 122 && second.stats.analyzed === 0 && second.stats.workers === 0, JSON.stringify(second.stats));
      const paths = (i: typeof second.index) => new Set(i.articles().map((article) => article.path));
      const [mine, theirs] = [paths(index()), paths(second.index)];
      const differ = [...mine].filter((p) => !theirs.has(p)).concat([...theirs].filter((p) => !mine.has(p)));
      assert.deepEqual(differ, []);
    } finally {
      second.dispose();
    }
    fs.rmSync(many, { recursive: true, force: true });
  });

  it('reports a malformed curation file clearly and keeps working', async () => {
    const curation = workspaceUri('.dossier', 'actors.json');
    const warnings = api.workspaceIndex.warnings.length;
    await vscode.workspace.fs.writeFile(curation, encoder.encode('{ "actors": [ { "name": "Oracle" ], '));
    const message = await eventually(() => api.workspaceIndex.warnings.slice(warnings).find((w) => w.includes('actors.json')), 3000, 'a warning');
    assert.match(message, /not valid JSON/);
    assert.match(await oracleCard(), /Oracle/);

    await vscode.workspace.fs.writeFile(curation, encoder.encode('{ "actors": [ { "name": 42 } ], "colour": "red" }'));
    const messages = await eventually(() => {
      const found = api.workspaceIndex.warnings.slice(warnings).filter((w) => /actors\[0\]\.name|unknown field "colour"/.test(w));
      return found.length >= 2 ? found : undefined;
    }, 3000, 'warnings for each problem');
    assert.ok(messages.length >= 2);
    await vscode.workspace.fs.delete(curation);
  });

  it('reports malformed settings and falls back to the defaults', async () => {
    const warnings = api.workspaceIndex.warnings.length;
    await vscode.workspace.getConfiguration('dossier').update('maxFileSizeMB', 'big', vscode.ConfigurationTarget.Workspace);
    const message = await eventually(() => api.workspaceIndex.warnings.slice(warnings).find((w) => w.includes('maxFileSizeMB')), 3000, 'a warning');
    assert.match(message, /must be a positive number; using 5/);
    assert.equal(api.workspaceIndex.config.maxFileSizeMB, 5);
    await vscode.workspace.getConfiguration('dossier').update('maxFileSizeMB', undefined, vscode.ConfigurationTarget.Workspace);
    await settled();
    assert.match(await oracleCard(), /Oracle/);
  });

  it('still follows new sources after all of this', async () => {
    const late = workspaceUri('sources', 'late-wire.txt');
    await vscode.workspace.fs.writeFile(late, encoder.encode(liveText()));
    try {
      await eventually(() => index().has(late.toString()), 3000, 'the new source').catch((error: Error) => {
        throw new Error(`${error.message}; skipped: ${[...api.workspaceIndex.skipped.values()].join(', ')}; warnings: ${api.workspaceIndex.warnings.slice(-5).join(' | ')}`);
      });
    } finally {
      await vscode.workspace.fs.delete(late);
    }
  });

  it('never writes to sources or notes', () => {
    for (const [file, state] of untouched) assert.equal(stateOf(file), state, `${file} changed`);
  });
});
