import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { DossierApi } from '../../src/extension';
import type { ReviewNode } from '../../src/features/reviewView';
import { dossier, eventually, workspaceUri } from './support';

const fixture = (name: string) => vscode.Uri.joinPath(vscode.extensions.getExtension('dossier.dossier')!.extensionUri, 'test', 'fixtures', 'review', name);

// The Review view over the newsroom with test/fixtures/review planted in it: each decision goes into
// .dossier/actors.json, and the queue follows at once.
describe('Review view', () => {
  let api: DossierApi;
  const curationUri = () => workspaceUri('.dossier', 'actors.json');
  const file = async () => JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(curationUri())));
  const rows = () => api.reviewTree.getChildren().filter((node): node is Extract<ReviewNode, { kind: 'item' }> => node.kind === 'item');
  const row = (name: string) => rows().find((node) => api.reviewTree.item(node.actorId)?.actor.name === name);
  const index = () => api.context.index;

  before(async () => {
    api = await dossier();
    const names = ['harlan.txt', 'nordic-wind.txt', 'hockney-1.txt', 'hockney-2.txt', ...[1, 2, 3, 4, 5].map((n) => `nwa-${n}.txt`)];
    for (const name of names) await vscode.workspace.fs.copy(fixture(name), workspaceUri('sources', 'review', name));
    await eventually(() => index().articleCount === 11 && index().actorNamed('Harlan Ltd'), 10_000, 'the planted texts in the index');
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(workspaceUri('sources', 'review'), { recursive: true });
    await vscode.workspace.fs.delete(curationUri()).then(undefined, () => undefined);
    await api.context.dossier.loadCuration();
    await eventually(() => index().articleCount === 2, 10_000, 'the planted texts gone');
  });

  it('lists duplicates and doubtful actors, most mentioned first, with the view\'s count', async () => {
    const items = api.reviewTree.items();
    const names = items.map((item) => item.actor.name);
    assert.deepEqual(names.slice(0, 2), ['NWA', 'Harlan']);
    assert.ok(names.includes('Damien Hockney') && names.includes('Oracle'), names.join(', '));
    const item = api.reviewTree.getTreeItem(row('Harlan')!);
    assert.equal(item.description, 'organization? 3 of 6 mentions say person');
    assert.equal(item.contextValue, 'dossier.review.doubt');
    assert.equal(api.reviewTree.getTreeItem(row('NWA')!).contextValue, 'dossier.review.duplicate');
    // Under each row, the sentences to judge by: the actor's, then the suggestion's.
    assert.ok(api.reviewTree.getChildren(row('NWA')).length >= 2);
  });

  it('merges the selected rows into their suggestions at once, and changes a type', async () => {
    const [nwa, hockney] = [row('NWA')!, row('Damien Hockney')!];
    assert.equal(await vscode.commands.executeCommand('dossier.review.merge', nwa, [nwa, hockney]), true);
    assert.deepEqual((await file()).merge, [
      { into: 'Nordic Wind Alliance', names: ['NWA'] },
      { into: 'Damian Hockney', names: ['Damien Hockney'] },
    ]);
    assert.equal(index().actorNamed('NWA'), index().actorNamed('Nordic Wind Alliance'));
    assert.equal(await vscode.commands.executeCommand('dossier.review.setType', row('Harlan')), true);
    assert.deepEqual((await file()).actors, [{ name: 'Harlan', type: 'person' }]);
    assert.equal(index().actorNamed('Harlan')?.type, 'person');
    await eventually(() => !row('NWA') && !row('Damien Hockney') && !row('Harlan'), 3000, 'the resolved rows to leave');
  });

  it('accepts an actor for good, rejects another', async () => {
    const actors = index().actors();
    assert.equal(await vscode.commands.executeCommand('dossier.review.accept', row('Oracle')), true);
    assert.deepEqual((await file()).accept, ['Oracle']);
    await eventually(() => !row('Oracle'), 3000, 'Oracle to leave the queue');
    assert.deepEqual(index().doubtsOf(index().actorNamed('Oracle')!), []);
    assert.equal(index().actors(), actors, 'accepting changes no actor');
    assert.equal(await vscode.commands.executeCommand('dossier.review.reject', row('Tencent')), true);
    assert.deepEqual((await file()).reject, ['Tencent']);
    assert.equal(index().actorNamed('Tencent'), undefined);
  });

  it('opens a news text wrapped, in the news language, from any view', async () => {
    const mention = index().actorNamed('Harlan Ltd')!.mentions[0];
    await vscode.commands.executeCommand('dossier.openMention', mention.path, mention.start, mention.end);
    const editor = await eventually(() => vscode.window.activeTextEditor?.document.uri.toString() === mention.path ? vscode.window.activeTextEditor : undefined);
    assert.equal(editor.document.languageId, 'dossier-news');
    assert.equal(vscode.workspace.getConfiguration('editor', editor.document).get('wordWrap'), 'on');
    assert.equal(vscode.workspace.getConfiguration('editor').get('wordWrap'), 'off', 'the user\'s own setting is left as it was');
  });
});
