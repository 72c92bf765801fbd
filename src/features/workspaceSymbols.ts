// Go to Symbol in Workspace (Ctrl+T): actors and events by name.
import * as vscode from 'vscode';
import { locationOf } from '../locations';
import type { WorkspaceIndex } from '../workspaceIndex';

const typeKinds = { person: vscode.SymbolKind.Object, organization: vscode.SymbolKind.Module, place: vscode.SymbolKind.Namespace };
const limit = 100;

export function registerWorkspaceSymbols(workspaceIndex: WorkspaceIndex): vscode.Disposable {
  return vscode.languages.registerWorkspaceSymbolProvider({
    provideWorkspaceSymbols(query) {
      const index = workspaceIndex.index;
      const actors = index.findActors(query, limit);
      const events = query.trim() ? index.searchEvents(query, limit).map((r) => r.item) : [];
      return [
        ...actors
          .filter((actor) => actor.mentionCount > 0)
          .map((actor) => new vscode.SymbolInformation(actor.name, typeKinds[actor.type], `${actor.type} · ${actor.mentionCount} mentions`, locationOf(index, actor.mentions[0]))),
        ...events.map(
          (event) =>
            new vscode.SymbolInformation(`${event.date ?? event.dateText} · ${event.summary}`, vscode.SymbolKind.Event, index.article(event.path)?.title ?? '', locationOf(index, event)),
        ),
      ];
    },
  });
}
