// A row of a side-bar tree for one mention: the words around the name, with the name highlighted.
import * as vscode from 'vscode';
import { type DossierIndex, excerptAround, type Mention } from '../core';
import { commands } from './commands';

export function mentionItem(index: DossierIndex, mention: Mention): vscode.TreeItem {
  const sentence = index.sentenceOf(mention);
  const excerpt = sentence
    ? excerptAround(sentence.text, { start: mention.start - sentence.start, end: mention.end - sentence.start })
    : { text: index.article(mention.path)?.text.slice(mention.start, mention.end) ?? '', highlight: { start: 0, end: 0 } };
  const label: vscode.TreeItemLabel = { label: excerpt.text, highlights: [[excerpt.highlight.start, excerpt.highlight.end]] };
  const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.None);
  item.description = `line ${index.positionAt(mention.path, mention.start).line + 1}`;
  item.tooltip = sentence?.text.replace(/\s+/g, ' ').trim();
  item.command = { title: 'Open Mention', command: commands.openMention, arguments: [mention.path, mention.start, mention.end] };
  item.contextValue = 'dossier.mention';
  return item;
}
