import * as vscode from 'vscode';
import { WorkspaceIndex } from './workspaceIndex';
import { registerActorCommands } from './features/actorCommands';
import { type ActorsNode, type ActorsTreeProvider, registerActorsTree } from './features/actorsTree';
import { type EventsTreeProvider, registerEventsTree } from './features/eventsTree';
import { registerSearchCommands } from './features/searchCommands';
import { registerStatusBar } from './features/statusBar';
import { registerCompletion } from './features/completion';
import { registerCurationCommands } from './features/curationCommands';
import { registerDefinitions } from './features/definition';
import { registerGoToSource } from './features/goToSource';
import { registerHover } from './features/hover';
import { registerMentionCommands } from './features/mentionCommands';
import { registerNameHighlights } from './features/nameHighlights';
import { registerQuoteSource } from './features/quoteSource';
import { registerRebuildIndex } from './features/rebuildIndex';
import { registerReferences } from './features/references';
import { registerWorkspaceSymbols } from './features/workspaceSymbols';

/** What the extension hands to other extensions and to its integration tests. */
export interface DossierApi {
  workspaceIndex: WorkspaceIndex;
  actorsTree: ActorsTreeProvider;
  actorsView: vscode.TreeView<ActorsNode>;
  eventsTree: EventsTreeProvider;
}

export function activate(context: vscode.ExtensionContext): DossierApi {
  const log = vscode.window.createOutputChannel('Dossier', { log: true });
  const workspaceIndex = new WorkspaceIndex(context.extensionUri, log, context.storageUri);
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
    registerActorCommands,
    registerCurationCommands,
    registerSearchCommands,
    registerQuoteSource,
    registerStatusBar,
  ];
  const actorsTree = registerActorsTree(workspaceIndex);
  const eventsTree = registerEventsTree(workspaceIndex);
  context.subscriptions.push(log, workspaceIndex, actorsTree, eventsTree, ...features.map((register) => register(workspaceIndex)));
  void workspaceIndex.whenReady();
  return { workspaceIndex, actorsTree: actorsTree.provider, actorsView: actorsTree.view, eventsTree: eventsTree.provider };
}

export function deactivate(): void {}
