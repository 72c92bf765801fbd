import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { DossierApi } from '../../src/extension';
import type { ActorsNode } from '../../src/features/actorsTree';
import { dossier, eventually, workspaceUri } from './support';

// Corrections from the Actors view: each lands in .dossier/actors.json and in the index at once.
describe('Curation commands', () => {
  let api: DossierApi;
  const curationUri = () => workspaceUri('.dossier', 'actors.json');
  const actor = (name: string) => api.context.index.actorNamed(name);
  const node = (name: string) => api.actorsTree.actorNode(actor(name)!.id);
  const file = async () => JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(curationUri())));
  /** The labels of the actor rows under a type's group, as the side bar lists them. */
  const group = (label: string) => {
    const tree = api.actorsTree;
    const groupNode = tree.getChildren().find((child) => tree.getTreeItem(child).label === label) as ActorsNode;
    return tree.getChildren(groupNode).map((child) => String(tree.getTreeItem(child).label));
  };

  before(async () => {
    api = await dossier();
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(curationUri()).then(undefined, () => undefined);
    await api.context.dossier.loadCuration();
  });

  it('changes an actor\'s type from the context menu: the file gets the entry, the actor moves group', async () => {
    assert.ok(group('Places').includes('White House'));
    const written = await vscode.commands.executeCommand('dossier.actors.setType', node('White House'), 'organization');
    assert.equal(written, true);
    assert.deepEqual((await file()).actors, [{ name: 'White House', type: 'organization' }]);
    assert.equal(actor('White House')!.type, 'organization');
    await eventually(() => group('Organizations').includes('White House'), 3000, 'White House among the organizations');
    assert.ok(!group('Places').includes('White House'));
  });

  it('merges an actor into another: its mentions join the other\'s', async () => {
    const before = actor('United States')!.mentionCount + actor('Washington')!.mentionCount;
    await vscode.commands.executeCommand('dossier.actors.mergeInto', node('Washington'), actor('United States')!.id);
    assert.deepEqual((await file()).merge, [{ into: 'United States', names: ['Washington'] }]);
    assert.equal(actor('Washington'), actor('United States'));
    assert.equal(actor('United States')!.mentionCount, before);
  });

  it('rejects an actor, keeping an unsaved edit of the open curation file', async () => {
    const document = await vscode.workspace.openTextDocument(curationUri());
    await vscode.window.showTextDocument(document);
    const edit = new vscode.WorkspaceEdit();
    const text = document.getText();
    edit.replace(curationUri(), new vscode.Range(document.positionAt(0), document.positionAt(text.length)), text.replace('"actors": [', '"reject": ["Tencent"],\n  "actors": ['));
    await vscode.workspace.applyEdit(edit);
    assert.ok(document.isDirty);
    await vscode.commands.executeCommand('dossier.actors.reject', node('Canada'));
    assert.ok(!document.isDirty, 'saved');
    assert.deepEqual((await file()).reject, ['Tencent', 'Canada']);
    assert.equal(actor('Canada'), undefined);
    assert.equal(actor('Tencent'), undefined);
    assert.ok(!group('Places').includes('Canada'));
  });

  it('Correct… (the hover card\'s action) offers the corrections, then asks what it needs', async () => {
    assert.equal(actor('Oracle')!.type, 'organization');
    const done = vscode.commands.executeCommand('dossier.actors.correct', actor('Oracle')!.id);
    // Takes the first item of each list as it opens: "Change type…", then "person".
    await eventually(async () => {
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      return actor('Oracle')?.type === 'person';
    }, 5000, 'Oracle to be a person');
    await done;
    assert.deepEqual((await file()).actors.at(-1), { name: 'Oracle', type: 'person' });
  });

  it('adds the name selected in a source as an actor, found wherever the sources write it', async () => {
    assert.equal(actor('Sunny Corner'), undefined);
    const document = await vscode.workspace.openTextDocument(workspaceUri('sources', 'tiktok-ramps-up-defense.txt'));
    const editor = await vscode.window.showTextDocument(document);
    const start = document.getText().indexOf('Sunny Corner');
    editor.selection = new vscode.Selection(document.positionAt(start), document.positionAt(start + 'Sunny Corner'.length));
    assert.equal(await vscode.commands.executeCommand('dossier.addActor', undefined, 'place'), true);
    assert.deepEqual((await file()).actors.at(-1), { name: 'Sunny Corner', type: 'place' });
    const added = actor('Sunny Corner')!;
    assert.equal(added.type, 'place');
    assert.deepEqual(added.mentions.map((m) => m.start), [start]);
  });

  it('opens the corrections file, made with empty lists when there is none', async () => {
    await vscode.workspace.fs.delete(curationUri()).then(undefined, () => undefined);
    await vscode.commands.executeCommand('dossier.openCuration');
    const editor = await eventually(() => vscode.window.activeTextEditor?.document.uri.path.endsWith('.dossier/actors.json') ? vscode.window.activeTextEditor : undefined);
    // An earlier test had the file open: VS Code takes the new content from disk shortly.
    await eventually(() => editor.document.getText().replace(/\s/g, '') === '{"actors":[],"merge":[],"reject":[]}', 5000, 'the new file in the editor');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('has VS Code check a curation file being edited against its schema', async () => {
    await vscode.workspace.fs.writeFile(curationUri(), new TextEncoder().encode('{ "actors": [{ "name": "Oracle", "type": "company" }] }\n'));
    const document = await vscode.workspace.openTextDocument(curationUri());
    await vscode.window.showTextDocument(document);
    const problems = await eventually(() => {
      const found = vscode.languages.getDiagnostics(document.uri);
      return found.length > 0 ? found : undefined;
    }, 15_000, 'the schema\'s diagnostics');
    assert.ok(problems.some((problem) => /person|organization|place/.test(problem.message)), problems.map((p) => p.message).join('; '));
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('leaves a curation file it cannot read as it is', async () => {
    const broken = '{ "reject": [ "Oracle" }';
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.writeFile(curationUri(), new TextEncoder().encode(broken));
    const written = await vscode.commands.executeCommand('dossier.actors.reject', node('China'));
    assert.equal(written, false);
    assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(curationUri())), broken);
    assert.ok(actor('China'));
  });
});
