// The Events view: a timeline of what the sources say happened, by year and month, undated ones last.
import * as vscode from 'vscode';
import { buildTimeline, type DossierEvent, eventLabel, monthNames, plural, type Timeline, type TimelineYear } from '../core';
import { commands } from '../editor/commands';
import type { FeatureContext } from '../editor/context';
import { citation } from '../editor/locations';
import { Pages } from '../editor/pages';

export type EventsNode =
  | { kind: 'year'; id: string; year: string }
  | { kind: 'month'; id: string; month: string }
  | { kind: 'undated'; id: string }
  | { kind: 'event'; id: string; eventId: string }
  | { kind: 'more'; id: string; group: EventsNode };

/** Up to this many dated events, months start expanded: a small timeline is read at a glance. */
const expandMonthsUpTo = 100;
/** Up to this many, years start expanded; beyond, a refresh would build every event's row. */
const expandYearsUpTo = 1000;

export class EventsTreeProvider implements vscode.TreeDataProvider<EventsNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private cached: { timeline: Timeline<DossierEvent>; byId: Map<string, DossierEvent>; parents: Map<string, EventsNode>; dated: number } | undefined;
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
    const { timeline } = this.current();
    if (!node) {
      const years = timeline.years.map((year) => yearNode(year.year));
      return timeline.undated.length > 0 ? [...years, undatedNode] : years;
    }
    switch (node.kind) {
      case 'year': {
        const months = timeline.years.find((y) => y.year === node.year)?.months ?? [];
        return [...this.page(node), ...months.map((month) => monthNode(month.key))];
      }
      case 'month':
      case 'undated':
        return this.page(node);
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
    const { timeline } = this.current();
    if (group.kind === 'undated') return timeline.undated;
    if (group.kind !== 'year' && group.kind !== 'month') return [];
    const year = timeline.years.find((y) => y.year === (group.kind === 'year' ? group.year : group.month.slice(0, 4)));
    return (group.kind === 'year' ? year?.events : year?.months.find((m) => m.key === group.month)?.events) ?? [];
  }

  getParent(node: EventsNode): EventsNode | undefined {
    switch (node.kind) {
      case 'year':
      case 'undated':
        return undefined;
      case 'month':
        return yearNode(node.month.slice(0, 4));
      case 'event':
        return this.current().parents.get(node.eventId);
      case 'more':
        return node.group;
    }
  }

  getTreeItem(node: EventsNode): vscode.TreeItem {
    const { timeline, byId, dated } = this.current();
    switch (node.kind) {
      case 'year': {
        const year = timeline.years.find((y) => y.year === node.year);
        const state = dated <= expandYearsUpTo ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
        return groupItem(node, node.year, year ? eventsIn(year) : 0, state);
      }
      case 'month': {
        const events = this.listedEvents(node).length;
        const state = dated <= expandMonthsUpTo ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
        return groupItem(node, `${monthNames[Number(node.month.slice(5)) - 1]} ${node.month.slice(0, 4)}`, events, state);
      }
      case 'undated':
        return groupItem(node, 'Undated', timeline.undated.length, vscode.TreeItemCollapsibleState.Collapsed);
      case 'event': {
        const event = byId.get(node.eventId);
        return event ? this.eventItem(event) : new vscode.TreeItem('(no longer in the sources)');
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
    if (!event) return item;
    const index = this.context.index;
    // Article text is untrusted: it goes in with appendText only, and the tooltip is not trusted.
    const tooltip = new vscode.MarkdownString();
    tooltip.appendText(`${event.date ?? 'Undated'} (“${event.dateText}”)`);
    tooltip.appendMarkdown('\n\n');
    tooltip.appendText(index.sentenceOf({ path: event.path, sentence: event.sentence })?.text.replace(/\s+/g, ' ').trim() ?? event.summary);
    tooltip.appendMarkdown('\n\n');
    tooltip.appendText(`— ${citation(index, event.path, event.start)}`);
    item.tooltip = tooltip;
    return item;
  }

  eventNode(eventId: string): EventsNode {
    return eventNode({ id: eventId });
  }

  private eventItem(event: DossierEvent): vscode.TreeItem {
    const index = this.context.index;
    const item = new vscode.TreeItem(eventLabel(event), vscode.TreeItemCollapsibleState.None);
    item.id = `event:${event.id}`;
    item.iconPath = new vscode.ThemeIcon('symbol-event');
    item.description = event.actors.map((id) => index.actor(id)?.name).filter((name) => name !== undefined).join(', ');
    item.command = { title: 'Open Event', command: commands.openMention, arguments: [event.path, event.start, event.end] };
    item.contextValue = 'dossier.event';
    return item;
  }

  private current() {
    if (this.cached) return this.cached;
    const events = this.context.index.events();
    const timeline = buildTimeline(events);
    const byId = new Map(events.map((event) => [event.id, event]));
    const parents = new Map<string, EventsNode>();
    for (const year of timeline.years) {
      for (const event of year.events) parents.set(event.id, yearNode(year.year));
      for (const month of year.months) for (const event of month.events) parents.set(event.id, monthNode(month.key));
    }
    for (const event of timeline.undated) parents.set(event.id, undatedNode);
    const dated = timeline.years.reduce((sum, year) => sum + eventsIn(year), 0);
    this.cached = { timeline, byId, parents, dated };
    return this.cached;
  }

  dispose(): void {
    this.indexListener.dispose();
    this.changed.dispose();
  }
}

const undatedNode: EventsNode = { kind: 'undated', id: 'undated' };

function yearNode(year: string): EventsNode {
  return { kind: 'year', id: `year:${year}`, year };
}

function monthNode(month: string): EventsNode {
  return { kind: 'month', id: `month:${month}`, month };
}

function eventNode(event: { id: string }): EventsNode {
  return { kind: 'event', id: `event:${event.id}`, eventId: event.id };
}

function eventsIn(year: TimelineYear<unknown>): number {
  return year.events.length + year.months.reduce((sum, month) => sum + month.events.length, 0);
}

function groupItem(node: EventsNode, label: string, events: number, state: vscode.TreeItemCollapsibleState): vscode.TreeItem {
  const item = new vscode.TreeItem(label, state);
  item.id = node.id;
  item.iconPath = new vscode.ThemeIcon(node.kind === 'undated' ? 'question' : 'calendar');
  item.description = plural(events, 'event');
  item.contextValue = `dossier.${node.kind}`;
  return item;
}

export function registerEventsTree(context: FeatureContext): vscode.Disposable & { provider: EventsTreeProvider } {
  const provider = new EventsTreeProvider(context);
  const view = vscode.window.createTreeView('dossier.events', { treeDataProvider: provider, showCollapseAll: true });
  const showMore = vscode.commands.registerCommand(commands.showMoreEvents, (group: EventsNode) => provider.showMore(group));
  return Object.assign(vscode.Disposable.from(provider, view, showMore), { provider });
}
