// The quick-search helper (a QuickPick whose items follow the typed query) and the items it lists:
// actors, events and source sentences, as the core's typo-tolerant searches find them.
import * as vscode from 'vscode';
import { type Actor, type DossierIndex, eventLabel, excerptAround, plainLabel, plural } from '../core';
import { typeIcon } from './icons';
import { citation } from './locations';

const maxItems = 50;

export interface ActorPickItem extends vscode.QuickPickItem {
  actorId: string;
}

/** An event, a sentence or an article: somewhere in a source to open. */
export interface SourcePickItem extends vscode.QuickPickItem {
  path: string;
  start: number;
  end: number;
}

const revealButton: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon('list-tree'), tooltip: 'Reveal in Dossier' };

/** Actors matching a query, best first; the most mentioned ones for an empty query. */
export function actorPickItems(index: DossierIndex, query: string): ActorPickItem[] {
  const actors = index.findActors(query, maxItems);
  return actors.map((actor) => ({
    label: plainLabel(actor.name),
    iconPath: typeIcon(actor.type),
    description: `${actor.type} · ${plural(actor.mentionCount, 'mention')} · ${plural(actor.articleCount, 'article')}`,
    detail: actor.aliases.length > 0 ? plainLabel(`also ${actor.aliases.slice(0, 6).join(', ')}`) : undefined,
    // VS Code's own filter would hide fuzzy matches it does not see ("bytedanse"): the core already chose.
    alwaysShow: true,
    buttons: [revealButton],
    actorId: actor.id,
  }));
}

/** An actor's events listed at most (all of them, for all but the most named). */
const maxActorEvents = 1000;

/**
 * Events matching a query (of one actor, if given: every event whose actors include it, whatever name
 * or pronoun the sentence uses), best first; the latest ones for an empty query.
 */
export function eventPickItems(index: DossierIndex, query: string, actorId?: string): SourcePickItem[] {
  const pool = actorId ? index.eventsOf(actorId) : index.events();
  const trimmed = query.trim();
  let events;
  if (trimmed) events = (actorId ? index.searchEventsOf(actorId, trimmed, maxItems) : index.searchEvents(trimmed, maxItems)).map((result) => result.item);
  else events = [...pool.filter((event) => event.date).reverse(), ...pool.filter((event) => !event.date)];
  return events.slice(0, actorId ? maxActorEvents : maxItems).map((event) => {
    const actors = event.actors.map((id) => index.actor(id)?.name).filter((name) => name !== undefined);
    return {
      label: plainLabel(eventLabel(event)),
      iconPath: new vscode.ThemeIcon('symbol-event'),
      detail: plainLabel([actors.join(', '), citation(index, event.path, event.start)].filter(Boolean).join(' — ')),
      alwaysShow: true,
      path: event.path,
      start: event.start,
      end: event.end,
    };
  });
}

/** Sentences matching a query across all sources; the articles themselves for an empty query. */
export function sentencePickItems(index: DossierIndex, query: string): SourcePickItem[] {
  if (!query.trim()) {
    return index
      .articles()
      .sort((a, b) => (b.published ?? '').localeCompare(a.published ?? '') || a.title.localeCompare(b.title))
      .slice(0, maxItems)
      .map((article) => ({
        label: plainLabel(article.title || vscode.workspace.asRelativePath(vscode.Uri.parse(article.path))),
        iconPath: new vscode.ThemeIcon('file-text'),
        description: article.published,
        detail: vscode.workspace.asRelativePath(vscode.Uri.parse(article.path)),
        alwaysShow: true,
        path: article.path,
        start: 0,
        end: 0,
      }));
  }
  return index.searchSentences(query.trim(), maxItems).map(({ item, highlights }) => {
    const focus = highlights[0] ?? { start: 0, end: 0 };
    return {
      label: plainLabel(excerptAround(item.text, focus, 120).text),
      iconPath: new vscode.ThemeIcon('quote'),
      detail: plainLabel(citation(index, item.path, item.start)),
      alwaysShow: true,
      path: item.path,
      start: item.start,
      end: item.end,
    };
  });
}

interface SearchOptions<T extends vscode.QuickPickItem> {
  title: string;
  placeholder: string;
  items(query: string): T[];
  accept(item: T): Promise<unknown>;
  button?(item: T): Promise<unknown>;
  value?: string;
}

/** Shows a QuickPick whose items follow the typed query; returns it at once (tests drive it). */
export function showSearch<T extends vscode.QuickPickItem>(options: SearchOptions<T>): vscode.QuickPick<T> {
  const quickPick = vscode.window.createQuickPick<T>();
  quickPick.title = options.title;
  quickPick.placeholder = options.placeholder;
  quickPick.value = options.value ?? '';
  quickPick.items = options.items(quickPick.value);
  const finish = (run: () => Promise<unknown>) => {
    quickPick.hide();
    run().catch((error: unknown) => void vscode.window.showErrorMessage(`Dossier: ${(error as Error).message}`));
  };
  const listeners = [
    quickPick.onDidChangeValue((value) => (quickPick.items = options.items(value))),
    quickPick.onDidAccept(() => {
      const item = quickPick.selectedItems[0] ?? quickPick.activeItems[0];
      if (item) finish(() => options.accept(item));
    }),
    quickPick.onDidTriggerItemButton(({ item }) => {
      if (options.button) finish(() => options.button!(item));
    }),
    quickPick.onDidHide(() => {
      for (const listener of listeners) listener.dispose();
      quickPick.dispose();
    }),
  ];
  quickPick.show();
  return quickPick;
}

/** An actor picked with the fuzzy actor search, other than `except`. */
export function pickActor(index: DossierIndex, title: string, except?: string): Promise<Actor | undefined> {
  return new Promise((resolve) => {
    const quickPick = showSearch({
      title,
      placeholder: 'Type a name (typos are fine)',
      items: (query) => actorPickItems(index, query).filter((item) => item.actorId !== except).map((item) => ({ ...item, buttons: [] })),
      accept: async (item) => resolve(index.actor(item.actorId)),
    });
    quickPick.onDidHide(() => setTimeout(() => resolve(undefined))); // after an accept, which comes first
  });
}
