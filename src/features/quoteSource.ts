// Dossier: Quote a Source… — finds a sentence in the news texts and puts it in the note being written,
// as a markdown quote whose citation links to the source line.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { sourceQuote } from '../core/markdown';
import { citation } from '../locations';
import type { WorkspaceIndex } from '../workspaceIndex';
import { type SourcePickItem, sentencePickItems, showSearch } from './searchCommands';

export function registerQuoteSource(workspaceIndex: WorkspaceIndex): vscode.Disposable {
  const index = workspaceIndex.index;
  /** With a source span given (path, start, end), quotes its sentence at once; else lets the user find one. */
  return vscode.commands.registerCommand('dossier.quoteSource', async (sourcePath?: unknown, start?: unknown) => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !workspaceIndex.isNote(editor.document)) {
      void vscode.window.showInformationMessage('Dossier: open the note to quote into, then run Quote a Source again.');
      return undefined;
    }
    const insert = (item: { path: string; start: number }) => insertQuote(workspaceIndex, editor, item.path, item.start);
    if (typeof sourcePath === 'string' && typeof start === 'number') return insert({ path: sourcePath, start });
    return showSearch<SourcePickItem>({
      title: 'Dossier: Quote a Source',
      placeholder: `Words from the sentence to quote (typos are fine)`,
      items: (query) => (query.trim() ? sentencePickItems(index, query) : []),
      accept: insert,
    });
  });
}

/** Puts the sentence at `offset` of a source, with its citation, as a paragraph at the note's cursor. */
async function insertQuote(workspaceIndex: WorkspaceIndex, editor: vscode.TextEditor, sourcePath: string, offset: number): Promise<boolean> {
  const index = workspaceIndex.index;
  const sentence = index.sentenceAt(sourcePath, offset);
  if (!sentence) return false;
  const line = index.positionAt(sourcePath, sentence.start).line + 1;
  const quote = sourceQuote(sentence.text, citation(index, sourcePath, sentence.start), `${linkTo(editor.document.uri, vscode.Uri.parse(sourcePath))}#L${line}`);
  const position = editor.selection.active;
  const lineText = editor.document.lineAt(position.line).text;
  const before = lineText.trim() === '' ? '' : position.character === 0 ? '' : '\n\n';
  const after = lineText.slice(position.character).trim() === '' ? '' : '\n';
  return editor.edit((edit) => edit.insert(position, `${before}${quote}${after}`));
}

/** A link from a note to a file: relative when both are in the same file system, the full URI otherwise. */
function linkTo(note: vscode.Uri, target: vscode.Uri): string {
  if (note.scheme !== target.scheme || note.authority !== target.authority) return target.toString();
  return path.posix.relative(path.posix.dirname(note.path), target.path);
}
