// Palette searches: actors, events and source sentences, typo-tolerant (fuse.js in the core), results as you type.
import * as vscode from 'vscode';
import { plainLabel, plural } from '../core';
import { commands } from '../editor/commands';
import type { FeatureContext } from '../editor/context';
import { openAt } from '../editor/locations';
import { type ActorPickItem, actorPickItems, eventPickItems, sentencePickItems, showSearch, type SourcePickItem } from '../editor/quickSearch';

const quoteButton: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon('quote'), tooltip: 'Quote in the note' };

export function registerSearchCommands(context: FeatureContext): vscode.Disposable {
  const index = context.index;
  const open = (item: SourcePickItem) => openAt(index, item.path, item);
  return vscode.Disposable.from(
    vscode.commands.registerCommand(commands.searchActors, () =>
      showSearch<ActorPickItem>({
        title: 'Dossier: Search Actors',
        placeholder: 'Name of a person, organization or place (typos are fine)',
        items: (query) => actorPickItems(index, query),
        accept: async (item) => {
          const first = index.actor(item.actorId)?.mentions[0];
          if (first) await openAt(index, first.path, first);
          else await vscode.commands.executeCommand(commands.revealActor, item.actorId);
        },
        button: (item) => Promise.resolve(vscode.commands.executeCommand(commands.revealActor, item.actorId)),
      }),
    ),
    vscode.commands.registerCommand(commands.searchEvents, (options?: { actorId?: unknown; query?: unknown }) => {
      const actor = typeof options?.actorId === 'string' ? index.actor(options.actorId) : undefined;
      return showSearch<SourcePickItem>({
        title: actor ? `Dossier: Events of ${plainLabel(actor.name)}` : 'Dossier: Search Events',
        placeholder: 'What happened, when, or who (typos are fine)',
        value: typeof options?.query === 'string' ? options.query : undefined,
        items: (query) => eventPickItems(index, query, actor?.id),
        accept: open,
      });
    }),
    vscode.commands.registerCommand(commands.searchSources, () => {
      // From a note, each sentence found can also be quoted into it.
      const editor = vscode.window.activeTextEditor;
      const buttons = editor && context.isNote(editor.document) ? [quoteButton] : [];
      return showSearch<SourcePickItem>({
        title: 'Dossier: Search Sources',
        placeholder: `Words from a sentence in ${plural(index.stats().articles, 'news text')} (typos are fine)`,
        items: (query) => sentencePickItems(index, query).map((item) => (item.start < item.end ? { ...item, buttons } : item)),
        accept: open,
        button: (item) => Promise.resolve(vscode.commands.executeCommand(commands.quoteSource, item.path, item.start)),
      });
    }),
  );
}
