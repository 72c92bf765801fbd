// Dossier: Quote a Source… (and Quote in Note on a mention or an event in the side bar, and a hover
// card's "quote"): puts a sentence of the news texts into the note being written, as an anchored quote
// whose citation links to the source line.
import * as vscode from 'vscode';
import { formatQuote } from '../core';
import { commands } from '../editor/commands';
import type { FeatureContext } from '../editor/context';
import { linkTo } from '../editor/locations';
import { sentencePickItems, showSearch, type SourcePickItem } from '../editor/quickSearch';

export function registerQuoteSource(context: FeatureContext): vscode.Disposable {
  const index = context.index;
  /** The note being written: the active editor, which stays so while the side bar has the focus. */
  const noteEditor = () => {
    const editor = vscode.window.activeTextEditor;
    if (editor && context.isNote(editor.document)) return editor;
    void vscode.window.showInformationMessage('Dossier: open the note to quote into, then quote again.');
    return undefined;
  };
  return vscode.Disposable.from(
    // With a place in a source given (path, offset), quotes its sentence at once; else lets the user find one.
    vscode.commands.registerCommand(commands.quoteSource, async (sourcePath?: unknown, offset?: unknown) => {
      const editor = noteEditor();
      if (!editor) return undefined;
      if (typeof sourcePath === 'string' && typeof offset === 'number') return insertQuote(context, editor, sourcePath, offset);
      return showSearch<SourcePickItem>({
        title: 'Dossier: Quote a Source',
        placeholder: 'Words from the sentence to quote (typos are fine)',
        items: (query) => (query.trim() ? sentencePickItems(index, query) : []),
        accept: (item) => insertQuote(context, editor, item.path, item.start),
      });
    }),
    // From a mention in the Actors view or an event in the Events view.
    vscode.commands.registerCommand(commands.quoteInNote, async (node?: { mention?: { path: string; start: number }; eventId?: string }) => {
      const place = node?.mention ?? index.events().find((event) => event.id === node?.eventId);
      const editor = place && noteEditor();
      return editor ? insertQuote(context, editor, place.path, place.start) : false;
    }),
  );
}

/** Puts the sentence at `offset` of a source, with its citation, as a paragraph at the note's cursor. */
async function insertQuote(context: FeatureContext, editor: vscode.TextEditor, sourcePath: string, offset: number): Promise<boolean> {
  const index = context.index;
  const article = index.article(sourcePath);
  const sentence = index.sentenceAt(sourcePath, offset);
  if (!article || !sentence) return false;
  const source = vscode.Uri.parse(sourcePath);
  const quote = formatQuote(article.text, sentence, article.title || vscode.workspace.asRelativePath(source), linkTo(editor.document.uri, source));
  const position = editor.selection.active;
  const lineText = editor.document.lineAt(position.line).text;
  const before = lineText.trim() === '' ? '' : position.character === 0 ? '' : '\n\n';
  const after = lineText.slice(position.character).trim() === '' ? '' : '\n';
  return editor.edit((edit) => edit.insert(position, `${before}${quote}${after}`));
}
