// The live index in a real VS Code, where it needs one: VS Code's file watcher, the extension's cache
// in its workspace storage, worker threads started from the extension's folder, and the settings. The
// service's logic (what is read or skipped, debouncing, cancelling, the cache) is unit-tested over an
// in-memory workspace (test/unit/liveIndex.test.ts).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Dossier } from '../../src/core';
import type { DossierApi } from '../../src/extension';
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
  const index = () => api.context.index;
  const warnings = () => api.context.log.warnings;

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

  /** A second service over the same workspace storage, as after reopening the window. */
  async function reopened(): Promise<Dossier> {
    await api.context.dossier.writeCache();
    const second = api.reopen();
    await second.whenReady();
    return second;
  }

  async function settled(): Promise<void> {
    await api.context.dossier.whenReady();
    await new Promise((resolve) => setTimeout(resolve, 400)); // the watchers' debounce
    await api.context.dossier.whenReady();
  }

  before(async () => {
    api = await dossier();
    untouched = new Map([...snapshotFiles(path.join(root(), 'sources')), ...snapshotFiles(path.join(root(), 'notes'))]);
  });

  after(async () => {
    for (const name of ['live-wire.txt', 'live-wire-renamed.txt', 'batch', 'batch-moved', 'many', 'late-wire.txt']) {
      await vscode.workspace.fs.delete(workspaceUri('sources', name), { recursive: true }).then(undefined, () => undefined);
    }
    await vscode.workspace.fs.delete(workspaceUri('.dossier'), { recursive: true }).then(undefined, () => undefined);
    await vscode.workspace.getConfiguration('dossier').update('maxFileSizeMB', undefined, vscode.ConfigurationTarget.Workspace);
    await eventually(() => index().articles().length === 2 && api.context.dossier.skipped.size === 0, 10_000, 'the index to be back to the two sample sources');
  });
  it('serves a reopened workspace from the cache in its workspace storage', async () => {
    assert.equal(index().articles().length, 2);
    const second = await reopened();
    try {
      assert.deepEqual([second.stats.fromCache, second.stats.analyzed], [2, 0]);
      assert.deepEqual(second.index.actors().map((a) => a.id), index().actors().map((a) => a.id));
    } finally {
      second.dispose();
    }
  });

  it('follows a source created, edited, renamed and deleted, in hovers and the tree within a second', async () => {
    const articlesBefore = index().actorNamed('Oracle')!.articleCount;
    const live = workspaceUri('sources', 'live-wire.txt');
    const renamed = workspaceUri('sources', 'live-wire-renamed.txt');
    const within = (what: string, check: () => Promise<unknown> | unknown) => eventually(async () => (await check()) || undefined, 1000, what);

    await vscode.workspace.fs.writeFile(live, encoder.encode(liveText()));
    await within('the new source in the hover', async () => (await oracleCard()).includes(`in ${articlesBefore + 1} articles`));
    await within('the new source in the tree', () => oracleArticlesInTree().includes(live.toString()));
    const mentions = index().actorNamed('Oracle')!.mentions.length;
    await vscode.workspace.fs.writeFile(live, encoder.encode(liveText(' Oracle and TikTok gave no timetable. Analysts said Oracle would gain.')));
    await within('the edit', () => index().actorNamed('Oracle')!.mentions.length > mentions);
    await vscode.workspace.fs.rename(live, renamed);
    await within('the rename', () => index().has(renamed.toString()) && !index().has(live.toString()));
    await vscode.workspace.fs.delete(renamed);
    await within('the deletion in the hover', async () => (await oracleCard()).includes(`in ${articlesBefore} article`));
  });

  it('follows a folder of sources created, renamed and deleted whole', async () => {
    const batch = workspaceUri('sources', 'batch');
    const moved = workspaceUri('sources', 'batch-moved');
    const inside = (folder: vscode.Uri) => index().articles().filter((article) => article.path.startsWith(folder.toString() + '/')).length;
    // Made outside the workspace and moved in: VS Code reports the folder alone.
    const outside = fs.mkdtempSync(path.join(path.dirname(root()), 'batch-'));
    fs.writeFileSync(path.join(outside, 'one.txt'), liveText());
    fs.writeFileSync(path.join(outside, 'two.txt'), liveText(' Oracle shares rose.'));
    fs.renameSync(outside, batch.fsPath);
    await eventually(() => inside(batch) === 2, 3000, 'the new folder to be indexed');
    await vscode.workspace.fs.rename(batch, moved);
    await eventually(() => inside(batch) === 0 && inside(moved) === 2, 3000, 'the renamed folder to be indexed under its new name');
    await vscode.workspace.fs.delete(moved, { recursive: true });
    await eventually(() => inside(moved) === 0, 3000, 'the deleted folder to be forgotten');
  });

  it('analyses a large workspace in worker threads, then serves it from the cache', async function () {
    this.timeout(120_000);
    const many = path.join(root(), 'sources', 'many');
    fs.mkdirSync(many, { recursive: true });
    for (let i = 0; i < 120; i++) fs.writeFileSync(path.join(many, `wire-${i}.txt`), liveText(` Story ${i} of the day.`));
    await vscode.commands.executeCommand('dossier.rebuildIndex');
    await settled();
    const stats = api.context.dossier.stats;
    assert.ok(stats.workers > 0, `no worker threads: ${JSON.stringify(stats)}`);
    assert.ok(stats.analyzed >= 122 && stats.fromCache === 0, JSON.stringify(stats));
    const second = await reopened();
    try {
      assert.ok(second.stats.fromCache >= 122 && second.stats.analyzed === 0 && second.stats.workers === 0, JSON.stringify(second.stats));
      assert.deepEqual(second.index.articles().map((a) => a.path).sort(), index().articles().map((a) => a.path).sort());
    } finally {
      second.dispose();
    }
    fs.rmSync(many, { recursive: true, force: true });
  });

  it('reports a malformed curation file clearly and keeps working', async () => {
    const curation = workspaceUri('.dossier', 'actors.json');
    const before = warnings().length;
    await vscode.workspace.fs.writeFile(curation, encoder.encode('{ "actors": [ { "name": "Oracle" ], '));
    const message = await eventually(() => warnings().slice(before).find((w) => w.includes('actors.json')), 3000, 'a warning');
    assert.match(message, /not valid JSON/);
    assert.match(await oracleCard(), /Oracle/);
    await vscode.workspace.fs.delete(curation);
  });

  it('reports malformed settings and falls back to the defaults; reads the files again only for the settings that choose them', async () => {
    const settings = vscode.workspace.getConfiguration('dossier');
    const reading = api.context.dossier.whenReady();
    await settings.update('highlightNames', false, vscode.ConfigurationTarget.Workspace);
    assert.equal(api.context.settings.highlightNames, false);
    await settings.update('highlightNames', undefined, vscode.ConfigurationTarget.Workspace);
    assert.equal(api.context.dossier.whenReady(), reading, 'a display setting read the files again');

    const before = warnings().length;
    await settings.update('maxFileSizeMB', 'big', vscode.ConfigurationTarget.Workspace);
    const message = await eventually(() => warnings().slice(before).find((w) => w.includes('maxFileSizeMB')), 3000, 'a warning');
    assert.match(message, /must be a positive number; using 5/);
    assert.equal(api.context.settings.maxFileSizeMB, 5);
    await settings.update('maxFileSizeMB', 1, vscode.ConfigurationTarget.Workspace);
    assert.notEqual(api.context.dossier.whenReady(), reading, 'the size limit did not read the files again');
    await settings.update('maxFileSizeMB', undefined, vscode.ConfigurationTarget.Workspace);
    await settled();
    assert.match(await oracleCard(), /Oracle/);
  });

  it('still follows new sources after all of this', async () => {
    const late = workspaceUri('sources', 'late-wire.txt');
    await vscode.workspace.fs.writeFile(late, encoder.encode(liveText()));
    try {
      await eventually(() => index().has(late.toString()), 3000, 'the new source');
    } finally {
      await vscode.workspace.fs.delete(late);
    }
  });

  it('never writes to sources or notes', () => {
    for (const [file, state] of untouched) assert.equal(stateOf(file), state, `${file} changed`);
  });
});
