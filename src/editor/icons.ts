// How each type of actor shows: its icon (a codicon, in trees, pickers and hover cards) and its kind in symbol and completion lists.
import * as vscode from 'vscode';
import type { ActorType } from '../core';

export const typeLooks: Record<ActorType, { icon: string; symbol: vscode.SymbolKind; completion: vscode.CompletionItemKind }> = {
  person: { icon: 'person', symbol: vscode.SymbolKind.Object, completion: vscode.CompletionItemKind.User },
  organization: { icon: 'organization', symbol: vscode.SymbolKind.Module, completion: vscode.CompletionItemKind.Module },
  place: { icon: 'globe', symbol: vscode.SymbolKind.Namespace, completion: vscode.CompletionItemKind.Folder },
};

export function typeIcon(type: ActorType): vscode.ThemeIcon {
  return new vscode.ThemeIcon(typeLooks[type].icon);
}
