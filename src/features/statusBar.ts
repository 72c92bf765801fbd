// "$(book) Dossier: 2 articles · 25 actors · 14 events" in the status bar; a click opens the Dossier side bar.
import * as vscode from 'vscode';
import { plural } from '../core';
import { vscodeCommands } from '../editor/commands';
import type { FeatureContext } from '../editor/context';

function countsOf(stats: { articles: number; actors: number; events: number }): string {
  return `${plural(stats.articles, 'article')} · ${plural(stats.actors, 'actor')} · ${plural(stats.events, 'event')}`;
}

export function registerStatusBar(context: FeatureContext): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('dossier.status', vscode.StatusBarAlignment.Left, 10);
  item.name = 'Dossier';
  item.command = vscodeCommands.openSideBar;
  let loading: Promise<void> | undefined;
  let indexing = false;
  let disposed = false;

  const show = () => {
    const index = context.index;
    // While indexing, only the count of articles: the actors are not merged for the status bar's sake.
    const counts = indexing ? plural(index.articleCount, 'article') : countsOf(index.stats());
    item.text = indexing ? `$(sync~spin) Dossier: indexing… ${counts}` : `$(book) Dossier: ${counts}`;
    const skipped = context.dossier.skipped.size;
    item.tooltip =
      `Dossier: ${counts}${indexing ? ' (indexing)' : ''}` +
      (skipped ? `\n${plural(skipped, 'file')} skipped: see the Dossier output channel` : '') +
      '\nClick to open the Dossier side bar';
    item.show();
  };

  /** The service hands out a new promise for each (re)load: while it is pending, the index is being built. */
  const update = () => {
    if (disposed) return;
    const current = context.dossier.whenReady();
    if (current !== loading) {
      loading = current;
      indexing = true;
      void current.finally(() => {
        if (loading !== current || disposed) return;
        indexing = false;
        show();
      });
    }
    show();
  };
  update();

  return vscode.Disposable.from(item, context.dossier.onDidChange(update), { dispose: () => (disposed = true) });
}
