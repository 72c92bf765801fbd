// Completion of actor names after "[[" in notes.
import * as vscode from 'vscode';
import type { WorkspaceIndex } from '../workspaceIndex';
import { notesSelector } from './notes';

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
        const actors = workspaceIndex.index.actors();
        return actors.map((actor, rank) => {
          const item = new vscode.CompletionItem({ label: actor.name, description: actor.type }, typeKinds[actor.type]);
          item.detail = `${actor.type} · ${actor.mentionCount} mentions in ${actor.articleCount} articles`;
          if (actor.aliases.length) item.documentation = `Also: ${actor.aliases.join(', ')}`;
          item.filterText = [actor.name, ...actor.aliases].join(' ');
          item.sortText = String(rank).padStart(6, '0');
          item.insertText = actor.name + closing;
          item.range = range;
          return item;
        });
      },
    },
    '[',
  );
}
