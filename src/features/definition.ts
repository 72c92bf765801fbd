// Go to Definition (F12, Ctrl+click) on an actor name: its mentions in the news texts.
import * as vscode from 'vscode';
import { type FeatureContext, notesSelector } from '../editor/context';
import { locationOf } from '../editor/locations';
import { actorAt } from '../editor/targets';

export function registerDefinitions(context: FeatureContext): vscode.Disposable {
  return vscode.languages.registerDefinitionProvider(notesSelector, {
    provideDefinition(document, position) {
      const found = actorAt(context, document, position);
      if (!found) return undefined;
      return found.name.actor.mentions.map((mention): vscode.LocationLink => {
        const location = locationOf(context.index, mention);
        return { originSelectionRange: found.range, targetUri: location.uri, targetRange: location.range };
      });
    },
  });
}
