// What the notes features share: which documents are notes, and the actor named at a position.
import * as vscode from 'vscode';
import type { NameInText } from '../core/index/dossierIndex';
import type { WorkspaceIndex } from '../workspaceIndex';

/** Markdown files, saved or not; each feature checks `isNote` for the `dossier.notes` setting. */
export const notesSelector: vscode.DocumentSelector = [
  { language: 'markdown', scheme: 'file' },
  { language: 'markdown', scheme: 'untitled' },
  { language: 'markdown', scheme: 'vscode-remote' },
  { language: 'markdown', scheme: 'vscode-vfs' },
];

/** The actor named at a position of a note or a news text, with the range of the name. */
export function actorAtPosition(
  workspaceIndex: WorkspaceIndex,
  document: vscode.TextDocument,
  position: vscode.Position,
): { name: NameInText; range: vscode.Range } | undefined {
  if (!workspaceIndex.isNote(document) && !workspaceIndex.isSource(document.uri)) return undefined;
  const line = document.lineAt(position.line).text;
  const name = workspaceIndex.index.actorAt(line, position.character);
  if (!name) return undefined;
  return { name, range: new vscode.Range(position.line, name.start, position.line, name.end) };
}
