// Completion of actor names after "[[" in notes.
import * as vscode from 'vscode';
import { type FeatureContext, notesSelector } from '../editor/context';
import { typeLooks } from '../editor/icons';

const maxItems = 100;

export function registerCompletion(context: FeatureContext): vscode.Disposable {
  return vscode.languages.registerCompletionItemProvider(
    notesSelector,
    {
      provideCompletionItems(document, position) {
        if (!context.isNote(document)) return undefined;
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
        const items = context.index.findActors(typed, maxItems).map((actor, rank) => {
          const item = new vscode.CompletionItem({ label: actor.name, description: actor.type }, typeLooks[actor.type].completion);
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
