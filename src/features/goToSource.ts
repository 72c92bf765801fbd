// "Dossier: Go to Source": from the actor under the cursor to where the news texts name it.
import * as vscode from 'vscode';
import { locationOf } from '../locations';
import type { WorkspaceIndex } from '../workspaceIndex';
import { actorAtPosition } from './notes';

export function registerGoToSource(workspaceIndex: WorkspaceIndex): vscode.Disposable {
  return vscode.commands.registerCommand('dossier.goToSource', async () => {
    const editor = vscode.window.activeTextEditor;
    const found = editor && actorAtPosition(workspaceIndex, editor.document, editor.selection.active);
    if (!editor || !found) {
      void vscode.window.showInformationMessage('Dossier: put the cursor on an actor name in a note to go to its sources.');
      return;
    }
    const locations = found.name.actor.mentions.map((mention) => locationOf(workspaceIndex.index, mention));
    await vscode.commands.executeCommand('editor.action.goToLocations', editor.document.uri, editor.selection.active, locations, 'gotoAndPeek', 'No mentions in the sources');
  });
}
