// The Actors view's context menu: copy the name, find it in the notes, peek its mentions, search its events.
import * as vscode from 'vscode';
import type { Actor } from '../core/index/dossierIndex';
import { locationOf, openAt } from '../locations';
import type { WorkspaceIndex } from '../workspaceIndex';

/** The actor a command was run on: the menus pass the tree node, other callers may pass an actor id. */
export function actorOf(workspaceIndex: WorkspaceIndex, target: unknown): Actor | undefined {
  const id = typeof target === 'string' ? target : (target as { actorId?: unknown } | undefined)?.actorId;
  return typeof id === 'string' ? workspaceIndex.index.actor(id) : undefined;
}

export function registerActorCommands(workspaceIndex: WorkspaceIndex): vscode.Disposable {
  const command = (id: string, run: (actor: Actor) => unknown) =>
    vscode.commands.registerCommand(id, async (target: unknown) => {
      const actor = actorOf(workspaceIndex, target);
      return actor && run(actor);
    });

  return vscode.Disposable.from(
    command('dossier.actors.copyName', (actor) => vscode.env.clipboard.writeText(actor.name)),
    command('dossier.actors.findInNotes', (actor) =>
      vscode.commands.executeCommand('workbench.action.findInFiles', {
        query: namesPattern(actor),
        isRegex: true,
        matchWholeWord: true,
        isCaseSensitive: true,
        filesToInclude: workspaceIndex.config.notes,
        triggerSearch: true,
      }),
    ),
    command('dossier.actors.revealMentions', (actor) => peekMentions(workspaceIndex, actor)),
    command('dossier.actors.searchEvents', (actor) => vscode.commands.executeCommand('dossier.searchEvents', { actorId: actor.id })),
  );
}

/** A regular expression for any of an actor's names, longest first. */
export function namesPattern(actor: Actor): string {
  const names = [...new Set([actor.name, ...actor.aliases])].sort((a, b) => b.length - a.length);
  return names.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
}

/** Opens the first mention and peeks all of them from there. */
async function peekMentions(workspaceIndex: WorkspaceIndex, actor: Actor): Promise<void> {
  const [first] = actor.mentions;
  if (!first) return;
  const editor = await openAt(workspaceIndex.index, first.path, first);
  const locations = actor.mentions.map((mention) => locationOf(workspaceIndex.index, mention));
  await vscode.commands.executeCommand('editor.action.peekLocations', editor.document.uri, editor.selection.start, locations, 'peek');
}
