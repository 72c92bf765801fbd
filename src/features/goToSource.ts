// "Dossier: Go to Source": from the actor under the cursor to where the news texts name it —
// the first mention selected, and all of them in a Peek view when there are more.
import * as vscode from 'vscode';
import { plainLabel } from '../core';
import { commands, vscodeCommands } from '../editor/commands';
import type { FeatureContext } from '../editor/context';
import { locationOf, openAt } from '../editor/locations';
import { actorAt } from '../editor/targets';

export function registerGoToSource(context: FeatureContext): vscode.Disposable {
  return vscode.commands.registerCommand(commands.goToSource, async () => {
    const editor = vscode.window.activeTextEditor;
    const found = editor && actorAt(context, editor.document, editor.selection.active);
    if (!editor || !found) {
      void vscode.window.showInformationMessage('Dossier: put the cursor on an actor name in a note to go to its sources.');
      return;
    }
    const mentions = found.name.actor.mentions;
    if (mentions.length === 0) {
      void vscode.window.showInformationMessage(`Dossier: the news texts do not mention ${plainLabel(found.name.actor.name)} yet.`);
      return;
    }
    const source = await openAt(context.index, mentions[0].path, mentions[0]);
    if (mentions.length > 1) {
      const locations = mentions.map((mention) => locationOf(context.index, mention));
      const selection = source.selection;
      await vscode.commands.executeCommand(vscodeCommands.peekLocations, source.document.uri, selection.start, locations, 'peek');
      source.selection = selection; // the peek leaves only a cursor; keep the name selected
    }
  });
}
