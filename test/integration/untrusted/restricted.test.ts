import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { dossier, hoverText, positionOf, workspaceUri } from '../support';

// Dossier only reads text and runs nothing from the workspace, so Restricted Mode keeps it whole.
describe('Restricted Mode (untrusted workspace)', () => {
  it('runs in a workspace that is not trusted', () => {
    assert.equal(vscode.workspace.isTrusted, false);
  });

  it('still indexes the news texts and lists their actors', async () => {
    const api = await dossier();
    await api.context.dossier.whenReady();
    assert.equal(api.context.index.articles().length, 2);
    const names = api.context.index.actors().map((actor) => actor.name);
    assert.ok(names.includes('ByteDance'), names.join(', '));
  });

  it('still shows hover cards in notes, trusted for Dossier commands only', async () => {
    const { document, position } = await positionOf(workspaceUri('notes', 'bidders.md'), 'Oracle');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
    assert.match(hoverText(hovers), /\*\*Oracle\*\* · organization/);
    const card = hovers[0].contents[0] as vscode.MarkdownString;
    assert.notEqual(card.isTrusted, true);
  });

  it('still shows what Dossier is unsure of, on the card and in the Review view', async () => {
    const api = await dossier();
    const { document, position } = await positionOf(workspaceUri('notes', 'bidders.md'), 'Oracle');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
    assert.match(hoverText(hovers), /\*\*Oracle\*\* · organization\? named once/);
    assert.ok(api.reviewTree.items().some((item) => item.actor.name === 'Oracle'));
  });
});
