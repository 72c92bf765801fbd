// A folder of news texts without a single note: Dossier offers its walkthrough, once.
import * as vscode from 'vscode';
import { plural } from '../core';
import { vscodeCommands } from '../editor/commands';
import type { FeatureContext } from '../editor/context';

const offeredKey = 'dossier.walkthroughOffered';

export function registerFirstRun(context: FeatureContext): vscode.Disposable {
  let disposed = false;
  void context.dossier.whenReady().then(async () => {
    const articles = context.index.articleCount;
    if (disposed || articles === 0 || context.state.get(offeredKey) || (await hasNotes(context))) return;
    await context.state.update(offeredKey, true);
    const choice = await vscode.window.showInformationMessage(
      `Dossier read ${plural(articles, 'news text')}. Write a markdown note next to them, and every name in it links to the sentences that name it.`,
      'Open Walkthrough',
      'Show Actors',
    );
    if (choice === 'Open Walkthrough') await vscode.commands.executeCommand(vscodeCommands.openWalkthrough, 'dossier.dossier#start', false);
    if (choice === 'Show Actors') await vscode.commands.executeCommand(vscodeCommands.openSideBar);
  });
  return { dispose: () => (disposed = true) };
}

/** Whether a workspace folder holds a note (by `dossier.notes`, not a source). */
async function hasNotes(context: FeatureContext): Promise<boolean> {
  const { notes, exclude } = context.settings;
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const found = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, notes), exclude.length ? `{${exclude.join(',')}}` : undefined, 50);
    if (found.some((uri) => !context.isSource(uri))) return true;
  }
  return false;
}
