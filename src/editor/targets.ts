// What a provider or a command acts on: the actor named at a position (one rule for hovers, Go to
// Definition and the cursor), or the actor a command was given.
import * as vscode from 'vscode';
import type { Actor, NameInText } from '../core';
import type { FeatureContext } from './context';

/** The actor named at a position of a note or a news text, with the range of the name. */
export function actorAt(
  context: FeatureContext,
  document: vscode.TextDocument,
  position: vscode.Position,
): { name: NameInText; range: vscode.Range } | undefined {
  if (!context.isNote(document) && !context.isSource(document.uri)) return undefined;
  const line = document.lineAt(position.line).text;
  const name = context.index.actorAt(line, position.character);
  if (!name) return undefined;
  return { name, range: new vscode.Range(position.line, name.start, position.line, name.end) };
}

/** The actor named under the cursor of the active editor, if any. */
export function actorUnderCursor(context: FeatureContext): Actor | undefined {
  const editor = vscode.window.activeTextEditor;
  return editor && actorAt(context, editor.document, editor.selection.active)?.name.actor;
}

/** The actor a command was run on: the menus pass the tree node, other callers may pass an actor id. */
export function actorOf(context: FeatureContext, target: unknown): Actor | undefined {
  const id = typeof target === 'string' ? target : (target as { actorId?: unknown } | undefined)?.actorId;
  return typeof id === 'string' ? context.index.actor(id) : undefined;
}
