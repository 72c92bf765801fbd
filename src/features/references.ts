// Find All References (Shift+F12) on an actor name: every mention in the news texts and in the notes.
import * as vscode from 'vscode';
import type { Actor } from '../core';
import { type FeatureContext, notesSelector } from '../editor/context';
import { locationOf } from '../editor/locations';
import { newsLanguage } from '../editor/newsTexts';
import { actorAt } from '../editor/targets';

export function registerReferences(context: FeatureContext): vscode.Disposable {
  return vscode.languages.registerReferenceProvider([...notesSelector, { language: 'plaintext' }, { language: newsLanguage }], {
    async provideReferences(document, position, _context, token) {
      const found = actorAt(context, document, position);
      if (!found) return undefined;
      const inSources = found.name.actor.mentions.map((mention) => locationOf(context.index, mention));
      return [...inSources, ...(await mentionsInNotes(context, found.name.actor, token))];
    },
  });
}

/** Where notes name an actor; open editors count with their unsaved text. */
async function mentionsInNotes(context: FeatureContext, actor: Actor, token?: vscode.CancellationToken): Promise<vscode.Location[]> {
  const exclude = context.settings.exclude.length ? `{${context.settings.exclude.join(',')}}` : undefined;
  const files = await vscode.workspace.findFiles(context.settings.notes, exclude, undefined, token);
  const open = new Map(vscode.workspace.textDocuments.map((document) => [document.uri.toString(), document]));
  const locations: vscode.Location[] = [];
  for (const uri of files) {
    if (token?.isCancellationRequested || context.isSource(uri)) continue;
    let document = open.get(uri.toString());
    try {
      document ??= await vscode.workspace.openTextDocument(uri);
    } catch {
      continue; // deleted meanwhile, or not text
    }
    if (!context.isNote(document)) continue;
    const text = document.getText();
    for (const name of context.index.namesIn(text)) {
      if (name.actor.id === actor.id) locations.push(new vscode.Location(uri, new vscode.Range(document.positionAt(name.start), document.positionAt(name.end))));
    }
  }
  return locations;
}
