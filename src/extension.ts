import * as vscode from 'vscode';
import { WorkspaceIndex } from './workspaceIndex';
import { registerCompletion } from './features/completion';
import { registerDefinitions } from './features/definition';
import { registerGoToSource } from './features/goToSource';
import { registerHover } from './features/hover';
import { registerMentionCommands } from './features/mentionCommands';
import { registerNameHighlights } from './features/nameHighlights';
import { registerRebuildIndex } from './features/rebuildIndex';
import { registerReferences } from './features/references';
import { registerWorkspaceSymbols } from './features/workspaceSymbols';

/** What the extension hands to other extensions and to its integration tests. */
export interface DossierApi {
  workspaceIndex: WorkspaceIndex;
}

export function activate(context: vscode.ExtensionContext): DossierApi {
  const log = vscode.window.createOutputChannel('Dossier', { log: true });
  const workspaceIndex = new WorkspaceIndex(context.extensionUri, log);
  const features = [
    registerHover,
    registerDefinitions,
    registerReferences,
    registerCompletion,
    registerWorkspaceSymbols,
    registerNameHighlights,
    registerGoToSource,
    registerMentionCommands,
    registerRebuildIndex,
  ];
  context.subscriptions.push(log, workspaceIndex, ...features.map((register) => register(workspaceIndex)));
  void workspaceIndex.whenReady();
  return { workspaceIndex };
}

export function deactivate(): void {}
