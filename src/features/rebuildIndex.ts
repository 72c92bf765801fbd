// "Dossier: Rebuild Index": forget everything, clear the index cache and analyse the workspace again.
import * as vscode from 'vscode';
import type { WorkspaceIndex } from '../workspaceIndex';

export function registerRebuildIndex(workspaceIndex: WorkspaceIndex): vscode.Disposable {
  return vscode.commands.registerCommand('dossier.rebuildIndex', async () => {
    await workspaceIndex.rebuild(true);
    const stats = workspaceIndex.index.stats();
    void vscode.window.setStatusBarMessage(`Dossier: indexed ${stats.articles} articles`, 4000);
  });
}
