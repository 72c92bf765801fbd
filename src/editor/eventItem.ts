// A row of a side-bar tree for one event: a short summary, the date beside it, the whole sentence in the tooltip.
import * as vscode from 'vscode';
import { type DossierEvent, type DossierIndex, shortDate, shortSummary } from '../core';
import { commands } from './commands';
import { citation } from './locations';

/** Short enough that the date still shows beside it at the default side-bar width. */
const labelWidth = 44;

/** `id` keeps rows of the same event in two trees (or two places of one) apart. */
export function eventItem(event: DossierEvent, id: string): vscode.TreeItem {
  const item = new vscode.TreeItem(shortSummary(event.summary, labelWidth), vscode.TreeItemCollapsibleState.None);
  item.id = id;
  item.iconPath = new vscode.ThemeIcon('symbol-event');
  item.description = shortDate(event);
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
