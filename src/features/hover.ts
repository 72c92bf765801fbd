// Hover cards on actor names in notes (and in the news texts themselves).
import * as vscode from 'vscode';
import { buildHoverCard, hoverCommands } from '../core/cards/hoverCard';
import { citation } from '../locations';
import type { WorkspaceIndex } from '../workspaceIndex';
import { actorAtPosition, notesSelector } from './notes';

export function registerHover(workspaceIndex: WorkspaceIndex): vscode.Disposable {
  const selector = [...(notesSelector as vscode.DocumentFilter[]), { language: 'plaintext' }];
  return vscode.languages.registerHoverProvider(selector, {
    provideHover(document, position) {
      const found = actorAtPosition(workspaceIndex, document, position);
      if (!found) return undefined;
      const index = workspaceIndex.index;
      const card = new vscode.MarkdownString(buildHoverCard(index, found.name.actor, { cite: (path, offset) => citation(index, path, offset) }), true);
      // Only Dossier's own commands may run from the card; never `isTrusted: true`.
      card.isTrusted = { enabledCommands: Object.values(hoverCommands) };
      card.supportHtml = false;
      return new vscode.Hover(card, found.range);
    },
  });
}
