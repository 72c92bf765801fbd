// Commands behind the hover card's links: open one mention, show all of an actor's mentions.
import * as vscode from 'vscode';
import { commands, vscodeCommands } from '../editor/commands';
import type { FeatureContext } from '../editor/context';
import { locationOf, openAt } from '../editor/locations';

export function registerMentionCommands(context: FeatureContext): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(commands.openMention, async (path: unknown, start: unknown, end: unknown) => {
      // Arguments come from a link: accept only a mention the index knows.
      if (typeof path !== 'string' || typeof start !== 'number' || typeof end !== 'number' || !context.index.has(path)) return;
      await openAt(context.index, path, { start, end });
    }),
    vscode.commands.registerCommand(commands.showMentions, async (actorId: unknown) => {
      const actor = typeof actorId === 'string' ? context.index.actor(actorId) : undefined;
      const editor = vscode.window.activeTextEditor;
      if (!actor || actor.mentionCount === 0) return;
      const locations = actor.mentions.map((mention) => locationOf(context.index, mention));
      if (!editor) {
        await openAt(context.index, actor.mentions[0].path, actor.mentions[0]);
        return;
      }
      await vscode.commands.executeCommand(vscodeCommands.peekLocations, editor.document.uri, editor.selection.active, locations, 'peek');
    }),
  );
}
