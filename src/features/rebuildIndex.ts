// "Dossier: Rebuild Index": forget everything and read the workspace again.
import * as vscode from 'vscode';
import type { WorkspaceIndex } from '../workspaceIndex';

export function registerRebuildIndex(workspaceIndex: WorkspaceIndex): vscode.Disposable {
  return vscode.commands.registerCommand('dossier.rebuildIndex', async () => {
    await workspaceIndex.rebuild();
    const stats = workspaceIndex.index.stats();
    void vscode.window.setStatusBarMessage(`Dossier: indexed ${stats.articles} articles`, 4000);
  });
}
