// The Actors view: people, organizations and places of the sources; under each, its timeline, its articles and mentions.
import * as vscode from 'vscode';
import { type Actor, type ActorFilter, type ActorSort, type ActorType, actorTypes, describeDoubts, describeFilter, isFiltered, matchesFilter, type Mention, plainLabel, plural, sortActors, typeLabels } from '../core';
import { commands, vscodeCommands } from '../editor/commands';
import type { FeatureContext } from '../editor/context';
import { eventItem, eventTooltip } from '../editor/eventItem';
import { typeIcon, typeLooks } from '../editor/icons';
import { mentionItem } from '../editor/mentionItem';
import { Pages } from '../editor/pages';
import { pickActor } from '../editor/quickSearch';
import { actorOf, actorUnderCursor } from '../editor/targets';

export type ActorsNode =
  | { kind: 'group'; id: string; type: ActorType }
  | { kind: 'more'; id: string; type: ActorType }
  | { kind: 'actor'; id: string; actorId: string }
  | { kind: 'timeline'; id: string; actorId: string }
  | { kind: 'event'; id: string; actorId: string; eventId: string }
  | { kind: 'article'; id: string; actorId: string; path: string }
  | { kind: 'mention'; id: string; actorId: string; mention: Mention };

/** Nodes carry only keys; what they show is read from the index when VS Code asks, so a refresh never shows stale data. */
export class ActorsTreeProvider implements vscode.TreeDataProvider<ActorsNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private sortOrder: ActorSort = 'mentions';
  private filterValue: ActorFilter = {};
  private readonly indexListener: vscode.Disposable;
  /** Actors a group lists before a "Show more" row: 20,000 articles name thousands of people. */
  private readonly pages = new Pages();
  /** The actors of each type as listed, made once per snapshot, filter and sort. */
  private listed: { from: readonly Actor[]; byType: Map<ActorType, Actor[]> } | undefined;

  constructor(private readonly context: FeatureContext) {
    this.indexListener = context.dossier.onDidChange(() => this.refresh());
  }

  get sort(): ActorSort {
    return this.sortOrder;
  }

  set sort(sort: ActorSort) {
    this.sortOrder = sort;
    this.restart();
  }

  get filter(): ActorFilter {
    return this.filterValue;
  }

  set filter(filter: ActorFilter) {
    this.filterValue = { type: filter.type, text: filter.text?.trim() || undefined };
    this.restart();
  }

  /** Items keep their ids, so VS Code keeps what the user expanded. */
  refresh(): void {
    this.changed.fire();
  }

  /** A new filter or sort: lists start again at their first page. */
  private restart(): void {
    this.listed = undefined;
    this.pages.clear();
    this.refresh();
  }

  /** The actors the view lists under a type, filtered and sorted. */
  visibleActors(type: ActorType): Actor[] {
    const all = this.context.index.actors();
    if (this.listed?.from !== all) {
      const byType = new Map<ActorType, Actor[]>(actorTypes.map((t) => [t, []]));
      for (const actor of all) if (matchesFilter(actor, this.filterValue)) byType.get(actor.type)!.push(actor);
      for (const [t, actors] of byType) byType.set(t, sortActors(actors, this.sortOrder));
      this.listed = { from: all, byType };
    }
    return this.listed.byType.get(type)!;
  }

  get pageSize(): number {
    return this.pages.size;
  }

  set pageSize(size: number) {
    this.pages.size = size;
  }

  /** Lists the next page of a type's actors. */
  showMore(type: ActorType): void {
    this.pages.more(type);
    this.refresh();
  }

  /** Makes sure a group lists an actor (to reveal it); true when the list had to grow. */
  include(actor: Actor): boolean {
    const grown = this.pages.include(actor.type, this.visibleActors(actor.type).indexOf(actor));
    if (grown) this.refresh();
    return grown;
  }

  groupNode(type: ActorType): ActorsNode {
    return { kind: 'group', id: `type:${type}`, type };
  }

  actorNode(actorId: string): ActorsNode {
    return { kind: 'actor', id: `actor:${actorId}`, actorId };
  }

  timelineNode(actorId: string): ActorsNode {
    return { kind: 'timeline', id: `actor:${actorId}|timeline`, actorId };
  }

  eventNode(actorId: string, eventId: string): ActorsNode {
    return { kind: 'event', id: `actor:${actorId}|event:${eventId}`, actorId, eventId };
  }

  articleNode(actorId: string, path: string): ActorsNode {
    return { kind: 'article', id: `actor:${actorId}|${path}`, actorId, path };
  }

  mentionNode(actorId: string, mention: Mention): ActorsNode {
    return { kind: 'mention', id: `actor:${actorId}|${mention.path}|${mention.start}`, actorId, mention };
  }

  getChildren(node?: ActorsNode): ActorsNode[] {
    if (!node) return actorTypes.filter((type) => this.visibleActors(type).length > 0).map((type) => this.groupNode(type));
    switch (node.kind) {
      case 'group': {
        const actors = this.visibleActors(node.type);
        const children = actors.slice(0, this.pages.count(node.type)).map((actor) => this.actorNode(actor.id));
        return actors.length > children.length ? [...children, { kind: 'more', id: `more:${node.type}`, type: node.type }] : children;
      }
      case 'more':
        return [];
      case 'actor': {
        const articles = this.articlesOf(node.actorId).map(({ path }) => this.articleNode(node.actorId, path));
        return this.context.index.eventsOf(node.actorId).length > 0 ? [this.timelineNode(node.actorId), ...articles] : articles;
      }
      case 'timeline':
        return this.context.index.eventsOf(node.actorId).map((event) => this.eventNode(node.actorId, event.id));
      case 'event':
        return [];
      case 'article':
        return this.mentionsIn(node.actorId, node.path).map((mention) => this.mentionNode(node.actorId, mention));
      case 'mention':
        return [];
    }
  }

  getParent(node: ActorsNode): ActorsNode | undefined {
    switch (node.kind) {
      case 'group':
        return undefined;
      case 'more':
        return this.groupNode(node.type);
      case 'actor': {
        const actor = this.context.index.actor(node.actorId);
        return actor && this.groupNode(actor.type);
      }
      case 'article':
      case 'timeline':
        return this.actorNode(node.actorId);
      case 'event':
        return this.timelineNode(node.actorId);
      case 'mention':
        return this.articleNode(node.actorId, node.mention.path);
    }
  }

  getTreeItem(node: ActorsNode): vscode.TreeItem {
    switch (node.kind) {
      case 'group':
        return this.groupItem(node.type);
      case 'more':
        return this.pages.moreItem(
          node.id,
          this.visibleActors(node.type).length - this.pages.count(node.type),
          { title: 'Show More', command: commands.showMoreActors, arguments: [node.type] },
          'List more of them, or filter the view (or search actors) to find one',
        );
      case 'actor':
        return this.actorItem(node.actorId);
      case 'timeline':
        return this.timelineItem(node);
      case 'event': {
        const event = this.eventOf(node);
        return event ? eventItem(event, node.id, { depth: 4 }) : new vscode.TreeItem('(no longer in the sources)');
      }
      case 'article':
        return this.articleItem(node.actorId, node.path);
      case 'mention':
        return mentionItem(this.context.index, node.mention);
    }
  }

  /** An event's tooltip, built when the pointer rests on its row. */
  resolveTreeItem(item: vscode.TreeItem, node: ActorsNode): vscode.TreeItem {
    const event = node.kind === 'event' ? this.eventOf(node) : undefined;
    if (event) item.tooltip = eventTooltip(this.context.index, event);
    return item;
  }

  private eventOf(node: Extract<ActorsNode, { kind: 'event' }>) {
    return this.context.index.eventsOf(node.actorId).find((event) => event.id === node.eventId);
  }

  private timelineItem(node: Extract<ActorsNode, { kind: 'timeline' }>): vscode.TreeItem {
    const events = this.context.index.eventsOf(node.actorId);
    const item = new vscode.TreeItem('Timeline', vscode.TreeItemCollapsibleState.Collapsed);
    item.id = node.id;
    item.iconPath = new vscode.ThemeIcon('calendar');
    item.description = plural(events.length, 'event');
    item.tooltip = 'The events of this actor, oldest first (undated last)';
    item.contextValue = 'dossier.timeline';
    return item;
  }

  private groupItem(type: ActorType): vscode.TreeItem {
    const item = new vscode.TreeItem(typeLabels[type], vscode.TreeItemCollapsibleState.Expanded);
    item.id = `type:${type}`;
    item.iconPath = typeIcon(type);
    item.description = String(this.visibleActors(type).length);
    item.contextValue = 'dossier.actorType';
    return item;
  }

  private actorItem(actorId: string): vscode.TreeItem {
    const actor = this.context.index.actor(actorId);
    if (!actor) return new vscode.TreeItem('(no longer in the sources)');
    const state = actor.mentionCount > 0 ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None;
    const item = new vscode.TreeItem(actor.name, state);
    item.id = `actor:${actor.id}`;
    const doubts = this.context.index.doubtsOf(actor);
    // A doubtful actor: a question mark for its icon, and its doubts in the tooltip (and the Review view).
    item.iconPath = doubts.length > 0 ? new vscode.ThemeIcon('question', new vscode.ThemeColor('dossier.doubtfulActorName')) : typeIcon(actor.type);
    // Short enough for the default side-bar width: "9 in 2 articles"; the words are in the tooltip.
    item.description = `${actor.mentionCount} in ${plural(actor.articleCount, 'article')}`;
    const aliases = actor.aliases.length ? `\nalso: ${actor.aliases.slice(0, 8).join(', ')}` : '';
    const type = describeDoubts(actor.type, doubts) + (actor.curated ? ', curated' : '');
    item.tooltip = `${actor.name} (${type})${aliases}\n${plural(actor.mentionCount, 'mention')} in ${plural(actor.articleCount, 'article')}`;
    item.contextValue = 'dossier.actor';
    return item;
  }

  private articleItem(actorId: string, path: string): vscode.TreeItem {
    const article = this.context.index.article(path);
    const relativePath = vscode.workspace.asRelativePath(vscode.Uri.parse(path));
    const item = new vscode.TreeItem(article?.title || relativePath, vscode.TreeItemCollapsibleState.Collapsed);
    item.id = `actor:${actorId}|${path}`;
    item.iconPath = new vscode.ThemeIcon('file-text');
    const mentions = plural(this.mentionsIn(actorId, path).length, 'mention');
    item.description = article && !article.published ? `${mentions} · undated` : mentions;
    item.tooltip = `${relativePath}\n${article?.published ? `published ${article.published}` : 'no date in its text: set one with the calendar button'}`;
    item.contextValue = article && !article.published ? 'dossier.undatedArticle' : 'dossier.article';
    return item;
  }

  /** Articles that mention an actor, most mentions first. */
  articlesOf(actorId: string): { path: string; count: number; title: string }[] {
    const index = this.context.index;
    const counts = new Map<string, number>();
    for (const mention of index.mentionsOf(actorId)) counts.set(mention.path, (counts.get(mention.path) ?? 0) + 1);
    return [...counts]
      .map(([path, count]) => ({ path, count, title: index.article(path)?.title ?? path }))
      .sort((a, b) => b.count - a.count || a.title.localeCompare(b.title) || (a.path < b.path ? -1 : 1));
  }

  private mentionsIn(actorId: string, path: string): Mention[] {
    return this.context.index.mentionsOf(actorId).filter((mention) => mention.path === path);
  }

  dispose(): void {
    this.indexListener.dispose();
    this.changed.dispose();
  }
}

/** The Actors view with its title commands (sort, filter, refresh) and `dossier.revealActor`. */
export function registerActorsTree(context: FeatureContext): vscode.Disposable & { provider: ActorsTreeProvider; view: vscode.TreeView<ActorsNode> } {
  const provider = new ActorsTreeProvider(context);
  const view = vscode.window.createTreeView('dossier.actors', { treeDataProvider: provider, showCollapseAll: true });

  const showState = () => {
    const filtered = isFiltered(provider.filter);
    view.description = filtered ? describeFilter(provider.filter) : undefined;
    if (filtered) {
      const shown = actorTypes.reduce((sum, type) => sum + provider.visibleActors(type).length, 0);
      const total = context.index.actors().length;
      view.message = shown === 0 ? `No actors match ${describeFilter(provider.filter)}.` : `Showing ${shown} of ${plural(total, 'actor')}.`;
    } else view.message = undefined;
    void vscode.commands.executeCommand(vscodeCommands.setContext, 'dossier.actorsFiltered', filtered);
    void vscode.commands.executeCommand(vscodeCommands.setContext, 'dossier.actorsSortedByName', provider.sort === 'name');
  };
  showState();

  const revealActor = async (actorId?: unknown) => {
    const actor = typeof actorId === 'string' ? context.index.actor(actorId) : actorUnderCursor(context);
    if (!actor) {
      const message = actorId === undefined ? 'put the cursor on an actor name to reveal it.' : 'that actor is no longer in the sources.';
      void vscode.window.showInformationMessage(`Dossier: ${message}`);
      return;
    }
    if (!matchesFilter(actor, provider.filter)) provider.filter = {};
    provider.include(actor);
    await view.reveal(provider.actorNode(actor.id), { select: true, focus: true, expand: true });
  };

  return Object.assign(
    vscode.Disposable.from(
      provider,
      view,
      provider.onDidChangeTreeData(showState),
      vscode.commands.registerCommand(commands.revealActor, revealActor),
      vscode.commands.registerCommand(commands.showActorTimeline, async (target?: unknown) => {
        const actor = actorOf(context, target) ?? actorUnderCursor(context) ?? (await pickActor(context.index, 'Show the timeline of…'));
        if (!actor) return undefined;
        if (context.index.eventsOf(actor.id).length === 0) {
          void vscode.window.showInformationMessage(`Dossier: no event of ${plainLabel(actor.name)} in the sources.`);
          return undefined;
        }
        if (!matchesFilter(actor, provider.filter)) provider.filter = {};
        provider.include(actor);
        const node = provider.timelineNode(actor.id);
        await view.reveal(node, { select: true, focus: true, expand: true });
        return node;
      }),
      vscode.commands.registerCommand(commands.sortActorsByName, () => (provider.sort = 'name')),
      vscode.commands.registerCommand(commands.sortActorsByMentions, () => (provider.sort = 'mentions')),
      vscode.commands.registerCommand(commands.filterActors, () => pickFilter(context, provider)),
      vscode.commands.registerCommand(commands.clearActorsFilter, () => (provider.filter = {})),
      vscode.commands.registerCommand(commands.showMoreActors, (type: ActorType) => provider.showMore(type)),
    ),
    { provider, view },
  );
}

interface FilterItem extends vscode.QuickPickItem {
  type: ActorType | undefined;
}

/**
 * "Filter Actors…": the typed text filters names as you type (the tree follows), the picked item
 * chooses the type. Escape puts the previous filter back.
 */
function pickFilter(context: FeatureContext, provider: ActorsTreeProvider): Promise<void> {
  const before = provider.filter;
  const quickPick = vscode.window.createQuickPick<FilterItem>();
  quickPick.title = 'Filter Actors';
  quickPick.placeholder = 'Type part of a name (or nothing), then pick which type of actors to show';
  quickPick.value = before.text ?? '';
  const build = () => {
    const activeType = quickPick.activeItems.length ? quickPick.activeItems[0].type : before.type;
    const actors = context.index.actors().filter((actor) => matchesFilter(actor, { text: quickPick.value }));
    quickPick.items = [undefined, ...actorTypes].map((type) => ({
      label: type ? `$(${typeLooks[type].icon}) ${typeLabels[type]}` : '$(filter) All Types',
      description: plural(type ? actors.filter((actor) => actor.type === type).length : actors.length, 'actor'),
      alwaysShow: true,
      type,
    }));
    quickPick.activeItems = quickPick.items.filter((item) => item.type === activeType);
  };
  build();
  let accepted = false;
  return new Promise((resolve) => {
    const listeners = [
      quickPick.onDidChangeValue(() => {
        build();
        provider.filter = { ...before, text: quickPick.value };
      }),
      quickPick.onDidAccept(() => {
        accepted = true;
        provider.filter = { text: quickPick.value, type: quickPick.selectedItems[0]?.type ?? quickPick.activeItems[0]?.type };
        quickPick.hide();
      }),
      quickPick.onDidHide(() => {
        if (!accepted) provider.filter = before;
        for (const listener of listeners) listener.dispose();
        quickPick.dispose();
        resolve();
      }),
    ];
    quickPick.show();
  });
}
