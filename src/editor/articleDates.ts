// The one way article dates reach .dossier/dates.json: written into the article's folder's file (an
// open, unsaved copy is edited and saved), read into the index at once. The article itself is never touched.
import * as vscode from 'vscode';
import { datesFile, editDatesFile } from '../core';
import type { FeatureContext } from './context';
import { readText, writeText } from './curation';
import { relativePath } from './workspace';

/** Sets (or, with no date, removes) the date of the article at `key`; true when written. */
export async function writeArticleDate(context: FeatureContext, key: string, date: string | undefined): Promise<boolean> {
  const uri = vscode.Uri.parse(key);
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  const path = relativePath(uri);
  if (!folder || path === undefined) {
    void vscode.window.showWarningMessage('Dossier: only an article in a workspace folder can be given a date.');
    return false;
  }
  const file = vscode.Uri.joinPath(folder.uri, datesFile);
  try {
    const edited = editDatesFile(await readText(file), path, date);
    if ('error' in edited) {
      void vscode.window.showErrorMessage(`Dossier: cannot change ${datesFile}: ${edited.error}.`, 'Open File').then((choice) => {
        if (choice === 'Open File') void vscode.window.showTextDocument(file);
      });
      return false;
    }
    await writeText(file, edited.text);
  } catch (error) {
    void vscode.window.showErrorMessage(`Dossier: cannot change ${datesFile}: ${(error as Error).message}`);
    return false;
  }
  await context.dossier.loadCuration();
  return true;
}
