// Commands behind the hover card's links: open one mention, show all of an actor's mentions.
import * as vscode from 'vscode';
import { hoverCommands } from '../core/cards/hoverCard';
import { locationOf, openAt } from '../locations';
import type { WorkspaceIndex } from '../workspaceIndex';

export function registerMentionCommands(workspaceIndex: WorkspaceIndex): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(hoverCommands.openMention, async (path: unknown, start: unknown, end: unknown) => {
      // Arguments come from a link: accept only a mention the index knows.
      if (typeof path !== 'string' || typeof start !== 'number' || typeof end !== 'number' || !workspaceIndex.index.has(path)) return;
      await openAt(workspaceIndex.index, path, { start, end });
    }),
    vscode.commands.registerCommand(hoverCommands.showMentions, async (actorId: unknown) => {
      const actor = typeof actorId === 'string' ? workspaceIndex.index.actor(actorId) : undefined;
      const editor = vscode.window.activeTextEditor;
      if (!actor || actor.mentionCount === 0) return;
      const locations = actor.mentions.map((mention) => locationOf(workspaceIndex.index, mention));
      if (!editor) {
        await openAt(workspaceIndex.index, actor.mentions[0].path, actor.mentions[0]);
        return;
      }
      await vscode.commands.executeCommand('editor.action.peekLocations', editor.document.uri, editor.selection.active, locations, 'peek');
    }),
  );
}
