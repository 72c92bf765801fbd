// Completion of actor names after "[[" in notes.
import * as vscode from 'vscode';
import type { WorkspaceIndex } from '../workspaceIndex';
import { notesSelector } from './notes';

const maxItems = 100;
const typeKinds = { person: vscode.CompletionItemKind.User, organization: vscode.CompletionItemKind.Module, place: vscode.CompletionItemKind.Folder };

export function registerCompletion(workspaceIndex: WorkspaceIndex): vscode.Disposable {
  return vscode.languages.registerCompletionItemProvider(
    notesSelector,
    {
      provideCompletionItems(document, position) {
        if (!workspaceIndex.isNote(document)) return undefined;
        const before = document.lineAt(position.line).text.slice(0, position.character);
        const open = /\[\[([^\]|[]*)$/.exec(before);
        if (!open) return undefined;
        const start = position.translate(0, -open[1].length);
        const after = document.lineAt(position.line).text.slice(position.character);
        const closing = after.startsWith(']]') ? '' : ']]';
        const replaceEnd = position.translate(0, /^[^\]|\s]*/.exec(after)![0].length);
        const range = new vscode.Range(start, replaceEnd);
        // The core's fuzzy search picks (typos and all), and is asked again as the name is typed: a
        // workspace of thousands of actors never sends them all.
        const typed = open[1];
        const items = workspaceIndex.index.findActors(typed, maxItems).map((actor, rank) => {
          const item = new vscode.CompletionItem({ label: actor.name, description: actor.type }, typeKinds[actor.type]);
          item.detail = `${actor.type} · ${actor.mentionCount} mentions in ${actor.articleCount} articles`;
          if (actor.aliases.length) item.documentation = `Also: ${actor.aliases.join(', ')}`;
          item.filterText = [typed, actor.name, ...actor.aliases].join(' '); // what is typed, so VS Code's filter keeps the core's choice
          item.sortText = String(rank).padStart(4, '0');
          item.insertText = actor.name + closing;
          item.range = range;
          return item;
        });
        return new vscode.CompletionList(items, true);
      },
    },
    '[',
  );
}
