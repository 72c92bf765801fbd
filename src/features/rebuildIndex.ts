// "Dossier: Rebuild Index": forget everything, clear the index cache and analyse the workspace again.
import * as vscode from 'vscode';
import { commands } from '../editor/commands';
import type { FeatureContext } from '../editor/context';

export function registerRebuildIndex(context: FeatureContext): vscode.Disposable {
  return vscode.commands.registerCommand(commands.rebuildIndex, async () => {
    await context.dossier.rebuild(true);
    const stats = context.index.stats();
    void vscode.window.setStatusBarMessage(`Dossier: indexed ${stats.articles} articles`, 4000);
  });
}
