// A row of a side-bar tree for one event: a short summary, the date beside it, the whole sentence in the tooltip.
import * as vscode from 'vscode';
import { type DossierEvent, type DossierIndex, shortDate, shortSummary } from '../core';
import { commands } from './commands';
import { citation } from './locations';

/**
 * Characters a row of a tree at this depth (1 at the top) shows at the default side-bar width (300 px),
 * label and description together: measured in VS Code 1.100 with its default font.
 */
function rowCharacters(depth: number): number {
  return 35 - 2 * depth;
}

/**
 * A summary short enough that the date beside it still shows (without what its group says: `within`
 * a month or a year); `id` keeps rows of the same event in two trees (or two places of one) apart.
 */
export function eventItem(event: DossierEvent, id: string, place: { depth: number; within?: string }): vscode.TreeItem {
  const date = shortDate(event, place.within);
  const width = Math.max(16, rowCharacters(place.depth) - date.length - 1);
  const item = new vscode.TreeItem(shortSummary(event.summary, width), vscode.TreeItemCollapsibleState.None);
  item.id = id;
  item.iconPath = new vscode.ThemeIcon('symbol-event');
  item.description = date;
  item.command = { title: 'Open Event', command: commands.openMention, arguments: [event.path, event.start, event.end] };
  item.contextValue = 'dossier.event';
  return item;
}

/** The date and its words, the whole sentence, the actors and where it is written. Article text is untrusted: it goes in with appendText only, and the tooltip is not trusted. */
export function eventTooltip(index: DossierIndex, event: DossierEvent): vscode.MarkdownString {
  const tooltip = new vscode.MarkdownString();
  tooltip.appendText(`${event.date ?? 'Undated'} (“${event.dateText}”)`);
  tooltip.appendMarkdown('\n\n');
  tooltip.appendText(index.sentenceOf({ path: event.path, sentence: event.sentence })?.text.replace(/\s+/g, ' ').trim() ?? event.summary);
  const actors = event.actors.map((id) => index.actor(id)?.name).filter((name) => name !== undefined);
  if (actors.length > 0) {
    tooltip.appendMarkdown('\n\n');
    tooltip.appendText(actors.join(', '));
  }
  tooltip.appendMarkdown('\n\n');
  tooltip.appendText(`— ${citation(index, event.path, event.start)}`);
  return tooltip;
}
