// Find All References (Shift+F12) on an actor name: every mention in the news texts and in the notes.
import * as vscode from 'vscode';
import type { Actor } from '../core/index/dossierIndex';
import { locationOf } from '../locations';
import type { WorkspaceIndex } from '../workspaceIndex';
import { actorAtPosition, notesSelector } from './notes';

export function registerReferences(workspaceIndex: WorkspaceIndex): vscode.Disposable {
  return vscode.languages.registerReferenceProvider([...(notesSelector as vscode.DocumentFilter[]), { language: 'plaintext' }], {
    async provideReferences(document, position, _context, token) {
      const found = actorAtPosition(workspaceIndex, document, position);
      if (!found) return undefined;
      const inSources = found.name.actor.mentions.map((mention) => locationOf(workspaceIndex.index, mention));
      return [...inSources, ...(await mentionsInNotes(workspaceIndex, found.name.actor, token))];
    },
  });
}

/** Where notes name an actor; open editors count with their unsaved text. */
export async function mentionsInNotes(workspaceIndex: WorkspaceIndex, actor: Actor, token?: vscode.CancellationToken): Promise<vscode.Location[]> {
  const exclude = workspaceIndex.config.exclude.length ? `{${workspaceIndex.config.exclude.join(',')}}` : undefined;
  const files = await vscode.workspace.findFiles(workspaceIndex.config.notes, exclude, undefined, token);
  const open = new Map(vscode.workspace.textDocuments.map((document) => [document.uri.toString(), document]));
  const locations: vscode.Location[] = [];
  for (const uri of files) {
    if (token?.isCancellationRequested || workspaceIndex.isSource(uri)) continue;
    let document = open.get(uri.toString());
    try {
      document ??= await vscode.workspace.openTextDocument(uri);
    } catch {
      continue; // deleted meanwhile, or not text
    }
    if (!workspaceIndex.isNote(document)) continue;
    const text = document.getText();
    for (const name of workspaceIndex.index.namesIn(text)) {
      if (name.actor.id === actor.id) locations.push(new vscode.Location(uri, new vscode.Range(document.positionAt(name.start), document.positionAt(name.end))));
    }
  }
  return locations;
}
