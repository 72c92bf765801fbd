// Activation: the service over the VS Code workspace, and the editor features over it.
import type MarkdownIt from 'markdown-it';
import type * as vscode from 'vscode';
import type { Dossier } from './core';
import { createContext, type FeatureContext } from './editor/context';
import { openDossier } from './editor/dossier';
import { registerFeatures } from './features';
import type { ActorsNode, ActorsTreeProvider } from './features/actorsTree';
import type { CitationsTreeProvider } from './features/citationsView';
import type { EventsTreeProvider } from './features/eventsTree';
import type { ReviewNode, ReviewTreeProvider } from './features/reviewView';

/** What the extension hands to other extensions and to its integration tests. */
export interface DossierApi {
  context: FeatureContext;
  actorsTree: ActorsTreeProvider;
  actorsView: vscode.TreeView<ActorsNode>;
  eventsTree: EventsTreeProvider;
  reviewTree: ReviewTreeProvider;
  reviewView: vscode.TreeView<ReviewNode>;
  citationsTree: CitationsTreeProvider;
  /** The Markdown preview's plugin (markdown.markdownItPlugins). */
  extendMarkdownIt(md: MarkdownIt): MarkdownIt;
  /** Another service over the same workspace and storage, as after reopening the window. */
  reopen(): Dossier;
}

export function activate(extension: vscode.ExtensionContext): DossierApi {
  const context = createContext(extension);
  const features = registerFeatures(context);
  extension.subscriptions.push(context, features);
  // Features register at once and answer from the index as it fills.
  void context.dossier.whenReady();
  return {
    context,
    actorsTree: features.actorsTree,
    actorsView: features.actorsView,
    eventsTree: features.eventsTree,
    reviewTree: features.reviewTree,
    reviewView: features.reviewView,
    citationsTree: features.citationsTree,
    extendMarkdownIt: features.extendMarkdownIt,
    reopen: () => openDossier(extension, context.settings, context.log),
  };
}

export function deactivate(): void {}
