// The editor features, each a file exporting register…(context): Disposable; extension.ts registers them all.
import * as vscode from 'vscode';
import type { FeatureContext } from '../editor/context';
import { registerActorCommands } from './actorCommands';
import { registerActorsTree } from './actorsTree';
import { registerCitationDiagnostics } from './citationDiagnostics';
import { registerCitationsView } from './citationsView';
import { registerCompletion } from './completion';
import { registerCurationCommands } from './curationCommands';
import { registerDefinitions } from './definition';
import { registerEventsTree } from './eventsTree';
import { registerExportBrief } from './exportBrief';
import { registerGoToSource } from './goToSource';
import { registerHover } from './hover';
import { registerMentionCommands } from './mentionCommands';
import { registerNameHighlights } from './nameHighlights';
import { previewPlugin } from './preview';
import { registerQuoteSource } from './quoteSource';
import { registerRebuildIndex } from './rebuildIndex';
import { registerReferences } from './references';
import { registerSearchCommands } from './searchCommands';
import { registerSourceBacklinks } from './sourceBacklinks';
import { registerStatusBar } from './statusBar';
import { registerWorkspaceSymbols } from './workspaceSymbols';

export const features: ((context: FeatureContext) => vscode.Disposable)[] = [
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
  registerCitationDiagnostics,
  registerSourceBacklinks,
  registerExportBrief,
];

/** Every feature, registered; the side bar's views and the preview's plugin are handed back for the extension's API. */
export function registerFeatures(context: FeatureContext) {
  const actors = registerActorsTree(context);
  const events = registerEventsTree(context);
  const citations = registerCitationsView(context);
  const disposable = vscode.Disposable.from(actors, events, citations, ...features.map((register) => register(context)));
  return Object.assign(disposable, {
    actorsTree: actors.provider,
    actorsView: actors.view,
    eventsTree: events.provider,
    citationsTree: citations.provider,
    extendMarkdownIt: previewPlugin(context),
  });
}
