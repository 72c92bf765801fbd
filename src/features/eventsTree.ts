// The Events view: the story first. The years from the first article's publication on (see
// storyTimeline), by year and month, oldest first; the background years before them folded under
// "Earlier"; then the undated events, and the articles that have no date (each with a one-click fix).
import * as vscode from 'vscode';
import { type Article, type DossierEvent, monthNames, plural, type StoryTimeline, storyTimeline, type TimelineYear } from '../core';
import { commands } from '../editor/commands';
import type { FeatureContext } from '../editor/context';
import { eventItem, eventTooltip } from '../editor/eventItem';
import { Pages } from '../editor/pages';

export type EventsNode =
  | { kind: 'year'; id: string; year: string }
  | { kind: 'month'; id: string; month: string }
  | { kind: 'earlier'; id: string }
  | { kind: 'undated'; id: string }
  | { kind: 'undatedArticles'; id: string }
  | { kind: 'article'; id: string; path: string }
  | { kind: 'event'; id: string; eventId: string }
  | { kind: 'more'; id: string; group: EventsNode };

/** Up to this many dated events, months start expanded: a small timeline is read at a glance. */
const expandMonthsUpTo = 100;
/** Up to this many, years start expanded; beyond, a refresh would build every event's row. */
const expandYearsUpTo = 1000;

interface Cached {
  timeline: StoryTimeline<DossierEvent>;
  byId: Map<string, DossierEvent>;
  parents: Map<string, EventsNode>;
  dated: number;
  undatedArticles: Article[];
}

export class EventsTreeProvider implements vscode.TreeDataProvider<EventsNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private cached: Cached | undefined;
  private readonly indexListener: vscode.Disposable;
  /** Events a group lists before a "Show more" row: a year of 20,000 articles holds thousands. */
  private readonly pages = new Pages();

  constructor(private readonly context: FeatureContext) {
    this.indexListener = context.dossier.onDidChange(() => this.refresh());
  }

  refresh(): void {
    this.cached = undefined;
    this.changed.fire();
  }

  getChildren(node?: EventsNode): EventsNode[] {
    const { timeline, undatedArticles } = this.current();
    if (!node) {
      const roots = timeline.years.map((year) => yearNode(year.year));
      if (timeline.earlier.length > 0) roots.push(earlierNode);
      if (timeline.undated.length > 0) roots.push(undatedNode);
      if (undatedArticles.length > 0) roots.push(undatedArticlesNode);
      return roots;
    }
    switch (node.kind) {
      case 'year':
        return [...this.page(node), ...(this.year(node.year)?.months ?? []).map((month) => monthNode(month.key))];
      case 'earlier':
        return timeline.earlier.map((year) => yearNode(year.year));
      case 'month':
      case 'undated':
        return this.page(node);
      case 'undatedArticles':
        return undatedArticles.map((article) => articleNode(article.path));
      case 'article':
      case 'event':
      case 'more':
        return [];
    }
  }

  get pageSize(): number {
    return this.pages.size;
  }

  set pageSize(size: number) {
    this.pages.size = size;
  }

  /** Lists the next page of a group's events. */
  showMore(group: EventsNode): void {
    this.pages.more(group.id);
    this.refresh();
  }

  /** A group's own events up to its page, then a "Show more" row when there are more. */
  private page(group: EventsNode): EventsNode[] {
    const events = this.listedEvents(group);
    const count = this.pages.count(group.id);
    const rows = events.slice(0, count).map(eventNode);
    return events.length > count ? [...rows, { kind: 'more', id: `more:${group.id}`, group }] : rows;
  }

  /** The events a group lists itself (a year's months list theirs). */
  private listedEvents(group: EventsNode): readonly DossierEvent[] {
    if (group.kind === 'undated') return this.current().timeline.undated;
    if (group.kind === 'year') return this.year(group.year)?.events ?? [];
    if (group.kind === 'month') return this.year(group.month.slice(0, 4))?.months.find((m) => m.key === group.month)?.events ?? [];
    return [];
  }

  private year(year: string): TimelineYear<DossierEvent> | undefined {
    const { timeline } = this.current();
    return timeline.years.find((y) => y.year === year) ?? timeline.earlier.find((y) => y.year === year);
  }

  getParent(node: EventsNode): EventsNode | undefined {
    switch (node.kind) {
      case 'year':
        return this.current().timeline.earlier.some((y) => y.year === node.year) ? earlierNode : undefined;
      case 'earlier':
      case 'undated':
      case 'undatedArticles':
        return undefined;
      case 'month':
        return yearNode(node.month.slice(0, 4));
      case 'article':
        return undatedArticlesNode;
      case 'event':
        return this.current().parents.get(node.eventId);
      case 'more':
        return node.group;
    }
  }

  getTreeItem(node: EventsNode): vscode.TreeItem {
    const { timeline, byId, dated, undatedArticles } = this.current();
    const expanded = (upTo: number) => (dated <= upTo ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
    switch (node.kind) {
      case 'year': {
        const year = this.year(node.year);
        const background = this.getParent(node) !== undefined;
        return groupItem(node, node.year, 'calendar', plural(year ? eventsIn(year) : 0, 'event'), background ? vscode.TreeItemCollapsibleState.Collapsed : expanded(expandYearsUpTo));
      }
      case 'month':
        return groupItem(node, `${monthNames[Number(node.month.slice(5)) - 1]} ${node.month.slice(0, 4)}`, 'calendar', plural(this.listedEvents(node).length, 'event'), expanded(expandMonthsUpTo));
      case 'earlier': {
        const events = timeline.earlier.reduce((sum, year) => sum + eventsIn(year), 0);
        const item = groupItem(node, 'Earlier', 'history', plural(events, 'event'), vscode.TreeItemCollapsibleState.Collapsed);
        item.tooltip = `The background: events of the years before the story's (${timeline.earlier[0].year}–${timeline.earlier.at(-1)!.year})`;
        return item;
      }
      case 'undated':
        return groupItem(node, 'Undated', 'question', plural(timeline.undated.length, 'event'), vscode.TreeItemCollapsibleState.Collapsed);
      case 'undatedArticles': {
        const item = groupItem(node, 'Articles without a date', 'warning', String(undatedArticles.length), vscode.TreeItemCollapsibleState.Collapsed);
        item.tooltip = 'Their text gives no date, so "on Friday" or "last month" cannot be dated. Give one a date with the calendar button.';
        return item;
      }
      case 'article':
        return this.articleItem(node);
      case 'event': {
        const event = byId.get(node.eventId);
        return event ? eventItem(event, node.id, this.placeOf(node)) : new vscode.TreeItem('(no longer in the sources)');
      }
      case 'more':
        return this.pages.moreItem(
          node.id,
          this.listedEvents(node.group).length - this.pages.count(node.group.id),
          { title: 'Show More', command: commands.showMoreEvents, arguments: [node.group] },
          'List more of them, or search events to find one',
        );
    }
  }

  /** The tooltip, built when the pointer rests on a row rather than for every row. */
  resolveTreeItem(item: vscode.TreeItem, node: EventsNode): vscode.TreeItem {
    const event = node.kind === 'event' ? this.current().byId.get(node.eventId) : undefined;
    if (event) item.tooltip = eventTooltip(this.context.index, event);
    return item;
  }

  /** How deep an event's row is, and the year or month its group says. */
  private placeOf(node: EventsNode): { depth: number; within?: string } {
    let depth = 1;
    for (let parent = this.getParent(node); parent; parent = this.getParent(parent)) depth++;
    const group = this.getParent(node);
    return { depth, within: group?.kind === 'month' ? group.month : group?.kind === 'year' ? group.year : undefined };
  }

  eventNode(eventId: string): EventsNode {
    return eventNode({ id: eventId });
  }

  private articleItem(node: Extract<EventsNode, { kind: 'article' }>): vscode.TreeItem {
    const article = this.context.index.article(node.path);
    const relativePath = vscode.workspace.asRelativePath(vscode.Uri.parse(node.path));
    const item = new vscode.TreeItem(article?.title || relativePath, vscode.TreeItemCollapsibleState.None);
    item.id = node.id;
    item.iconPath = new vscode.ThemeIcon('file-text');
    item.description = 'undated';
    item.tooltip = `${relativePath}\nNo date in its text: set one with the calendar button.`;
    item.command = { title: 'Open Article', command: commands.openMention, arguments: [node.path, 0, 0] };
    item.contextValue = 'dossier.undatedArticle';
    return item;
  }

  private current(): Cached {
    if (this.cached) return this.cached;
    const index = this.context.index;
    const events = index.events();
    const articles = index.articles();
    const timeline = storyTimeline(events, articles.map((article) => article.published));
    const byId = new Map(events.map((event) => [event.id, event]));
    const parents = new Map<string, EventsNode>();
    for (const year of [...timeline.years, ...timeline.earlier]) {
      for (const event of year.events) parents.set(event.id, yearNode(year.year));
      for (const month of year.months) for (const event of month.events) parents.set(event.id, monthNode(month.key));
    }
    for (const event of timeline.undated) parents.set(event.id, undatedNode);
    const dated = timeline.years.reduce((sum, year) => sum + eventsIn(year), 0);
    const undatedArticles = articles.filter((article) => !article.published).sort((a, b) => a.title.localeCompare(b.title) || (a.path < b.path ? -1 : 1));
    this.cached = { timeline, byId, parents, dated, undatedArticles };
    return this.cached;
  }

  dispose(): void {
    this.indexListener.dispose();
    this.changed.dispose();
  }
}

const earlierNode: EventsNode = { kind: 'earlier', id: 'earlier' };
const undatedNode: EventsNode = { kind: 'undated', id: 'undated' };
const undatedArticlesNode: EventsNode = { kind: 'undatedArticles', id: 'undatedArticles' };

function yearNode(year: string): EventsNode {
  return { kind: 'year', id: `year:${year}`, year };
}

function monthNode(month: string): EventsNode {
  return { kind: 'month', id: `month:${month}`, month };
}

function articleNode(path: string): EventsNode {
  return { kind: 'article', id: `article:${path}`, path };
}

function eventNode(event: { id: string }): EventsNode {
  return { kind: 'event', id: `event:${event.id}`, eventId: event.id };
}

function eventsIn(year: TimelineYear<unknown>): number {
  return year.events.length + year.months.reduce((sum, month) => sum + month.events.length, 0);
}

function groupItem(node: EventsNode, label: string, icon: string, description: string, state: vscode.TreeItemCollapsibleState): vscode.TreeItem {
  const item = new vscode.TreeItem(label, state);
  item.id = node.id;
  item.iconPath = new vscode.ThemeIcon(icon);
  item.description = description;
  item.contextValue = `dossier.${node.kind}`;
  return item;
}

export function registerEventsTree(context: FeatureContext): vscode.Disposable & { provider: EventsTreeProvider } {
  const provider = new EventsTreeProvider(context);
  const view = vscode.window.createTreeView('dossier.events', { treeDataProvider: provider, showCollapseAll: true });
  const showMore = vscode.commands.registerCommand(commands.showMoreEvents, (group: EventsNode) => provider.showMore(group));
  return Object.assign(vscode.Disposable.from(provider, view, showMore), { provider });
}
