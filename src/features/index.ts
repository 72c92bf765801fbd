// The editor features, each a file exporting register…(context): Disposable; extension.ts registers them all.
import * as vscode from 'vscode';
import type { FeatureContext } from '../editor/context';
import { registerActorCommands } from './actorCommands';
import { registerActorsTree } from './actorsTree';
import { registerArticleDates } from './articleDates';
import { registerCitationDiagnostics } from './citationDiagnostics';
import { registerCitationsView } from './citationsView';
import { registerCompletion } from './completion';
import { registerCurationCommands } from './curationCommands';
import { registerDefinitions } from './definition';
import { registerFirstRun } from './firstRun';
import { registerEventsTree } from './eventsTree';
import { registerExportBrief } from './exportBrief';
import { registerGoToSource } from './goToSource';
import { registerHover } from './hover';
import { registerMentionCommands } from './mentionCommands';
import { registerNameHighlights } from './nameHighlights';
import { registerNewsTexts } from './newsTexts';
import { previewPlugin } from './preview';
import { registerQuoteSource } from './quoteSource';
import { registerRebuildIndex } from './rebuildIndex';
import { registerReferences } from './references';
import { registerReviewView } from './reviewView';
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
  registerNewsTexts,
  registerGoToSource,
  registerMentionCommands,
  registerRebuildIndex,
  registerActorCommands,
  registerCurationCommands,
  registerArticleDates,
  registerSearchCommands,
  registerQuoteSource,
  registerStatusBar,
  registerFirstRun,
  registerCitationDiagnostics,
  registerSourceBacklinks,
  registerExportBrief,
];

/** Every feature, registered; the side bar's views and the preview's plugin are handed back for the extension's API. */
export function registerFeatures(context: FeatureContext) {
  const actors = registerActorsTree(context);
  const events = registerEventsTree(context);
  const review = registerReviewView(context);
  const citations = registerCitationsView(context);
  const disposable = vscode.Disposable.from(actors, events, review, citations, ...features.map((register) => register(context)));
  return Object.assign(disposable, {
    actorsTree: actors.provider,
    actorsView: actors.view,
    eventsTree: events.provider,
    reviewTree: review.provider,
    reviewView: review.view,
    citationsTree: citations.provider,
    extendMarkdownIt: previewPlugin(context),
  });
}
