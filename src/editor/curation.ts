// The one way corrections reach .dossier/actors.json: written into the folder's file (an open, unsaved
// copy is edited and saved), read into the index at once, with an Undo in the message.
import * as vscode from 'vscode';
import { type Actor, curationFile, type CurationChange, describeChanges, editCuration, plainLabel } from '../core';
import type { FeatureContext } from './context';

/** The workspace folder where the actor is first named, else the first one. */
export function folderOf(actor: Actor): vscode.WorkspaceFolder | undefined {
  const first = actor.mentions[0];
  return (first && vscode.workspace.getWorkspaceFolder(vscode.Uri.parse(first.path))) ?? vscode.workspace.workspaceFolders?.[0];
}

/** The folder's curation file; without a folder, says that one is needed. */
export function curationUri(folder: vscode.WorkspaceFolder | undefined): vscode.Uri | undefined {
  if (folder) return vscode.Uri.joinPath(folder.uri, curationFile);
  void vscode.window.showWarningMessage('Dossier: open a folder to keep corrections in it.');
  return undefined;
}

/** Writes the changes into the folder's curation file at once, with one Undo; true when written. */
export async function applyChanges(context: FeatureContext, folder: vscode.WorkspaceFolder | undefined, changes: readonly CurationChange[]): Promise<boolean> {
  const uri = curationUri(folder);
  if (!uri || changes.length === 0) return false;
  try {
    return await writeChanges(context, uri, changes);
  } catch (error) {
    void vscode.window.showErrorMessage(`Dossier: cannot change ${curationFile}: ${(error as Error).message}`);
    return false;
  }
}

async function writeChanges(context: FeatureContext, uri: vscode.Uri, changes: readonly CurationChange[]): Promise<boolean> {
  const before = await readText(uri);
  const edited = editCuration(before ?? '', changes);
  if ('error' in edited) {
    void vscode.window.showErrorMessage(`Dossier: cannot change ${curationFile}: ${edited.error}.`, 'Open File').then((choice) => {
      if (choice === 'Open File') void vscode.window.showTextDocument(uri);
    });
    return false;
  }
  await writeText(uri, edited.text);
  await context.dossier.loadCuration();
  void vscode.window.showInformationMessage(`Dossier: ${plainLabel(describeChanges(changes))} (${curationFile}).`, 'Undo', 'Open File').then(async (choice) => {
    if (choice === 'Undo') {
      await (before === undefined ? vscode.workspace.fs.delete(uri) : writeText(uri, before));
      await context.dossier.loadCuration();
    }
    if (choice === 'Open File') await vscode.window.showTextDocument(uri);
  }).then(undefined, (error: unknown) => void vscode.window.showErrorMessage(`Dossier: cannot undo: ${(error as Error).message}`));
  return true;
}

/** The file's editor when it holds unsaved edits. */
function unsaved(uri: vscode.Uri): vscode.TextDocument | undefined {
  return vscode.workspace.textDocuments.find((document) => document.isDirty && document.uri.toString() === uri.toString());
}

/** The file's text, unsaved edits included; undefined when there is no such file. */
export async function readText(uri: vscode.Uri): Promise<string | undefined> {
  const open = unsaved(uri);
  if (open) return open.getText();
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch (error) {
    if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return undefined;
    throw error;
  }
}

/** Writes through the editor when it holds unsaved edits (they are part of `text`), to disk otherwise. */
export async function writeText(uri: vscode.Uri, text: string): Promise<void> {
  const open = unsaved(uri);
  if (!open) {
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    return;
  }
  const edit = new vscode.WorkspaceEdit();
  edit.replace(uri, new vscode.Range(open.positionAt(0), open.positionAt(open.getText().length)), text);
  await vscode.workspace.applyEdit(edit);
  await open.save();
}
