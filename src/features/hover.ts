// Hover cards on actor names in notes (and in the news texts themselves).
import * as vscode from 'vscode';
import { buildHoverCard } from '../core';
import { cardCommands } from '../editor/commands';
import { type FeatureContext, notesSelector } from '../editor/context';
import { typeLooks } from '../editor/icons';
import { citation } from '../editor/locations';
import { newsLanguage } from '../editor/newsTexts';
import { actorAt } from '../editor/targets';

/** A card cites its sentences by title and line; a long title is cut, so that each sentence keeps to about a line. */
const maxCitedTitle = 30;

export function registerHover(context: FeatureContext): vscode.Disposable {
  const selector = [...notesSelector, { language: 'plaintext' }, { language: newsLanguage }];
  return vscode.languages.registerHoverProvider(selector, {
    provideHover(document, position) {
      const found = actorAt(context, document, position);
      if (!found) return undefined;
      const index = context.index;
      const actor = found.name.actor;
      const cite = (path: string, offset: number) => citation(index, path, offset, maxCitedTitle);
      const { others, start, end } = found.name;
      const sharedName = others ? { name: document.lineAt(position.line).text.slice(start, end), others } : undefined;
      const card = new vscode.MarkdownString(buildHoverCard(index, actor, { cite, commands: cardCommands, icon: typeLooks[actor.type].icon, sharedName }), true);
      // Only Dossier's own commands may run from the card; never `isTrusted: true`.
      card.isTrusted = { enabledCommands: Object.values(cardCommands) };
      card.supportHtml = false;
      return new vscode.Hover(card, found.range);
    },
  });
}
