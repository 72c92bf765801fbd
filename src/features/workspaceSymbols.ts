// Go to Symbol in Workspace (Ctrl+T): actors and events by name.
import * as vscode from 'vscode';
import type { FeatureContext } from '../editor/context';
import { typeLooks } from '../editor/icons';
import { locationOf } from '../editor/locations';

const limit = 100;

export function registerWorkspaceSymbols(context: FeatureContext): vscode.Disposable {
  return vscode.languages.registerWorkspaceSymbolProvider({
    provideWorkspaceSymbols(query) {
      const index = context.index;
      const actors = index.findActors(query, limit);
      const events = query.trim() ? index.searchEvents(query, limit).map((r) => r.item) : [];
      return [
        ...actors
          .filter((actor) => actor.mentionCount > 0)
          .map((actor) => new vscode.SymbolInformation(actor.name, typeLooks[actor.type].symbol, `${actor.type} · ${actor.mentionCount} mentions`, locationOf(index, actor.mentions[0]))),
        ...events.map(
          (event) =>
            new vscode.SymbolInformation(`${event.date ?? event.dateText} · ${event.summary}`, vscode.SymbolKind.Event, index.article(event.path)?.title ?? '', locationOf(index, event)),
        ),
      ];
    },
  });
}
