// Go to Definition (F12, Ctrl+click) on an actor name: its mentions in the news texts.
import * as vscode from 'vscode';
import { locationOf } from '../locations';
import type { WorkspaceIndex } from '../workspaceIndex';
import { actorAtPosition, notesSelector } from './notes';

export function registerDefinitions(workspaceIndex: WorkspaceIndex): vscode.Disposable {
  return vscode.languages.registerDefinitionProvider(notesSelector, {
    provideDefinition(document, position) {
      const found = actorAtPosition(workspaceIndex, document, position);
      if (!found) return undefined;
      return found.name.actor.mentions.map((mention): vscode.LocationLink => {
        const location = locationOf(workspaceIndex.index, mention);
        return { originSelectionRange: found.range, targetUri: location.uri, targetRange: location.range };
      });
    },
  });
}
