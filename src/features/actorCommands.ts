// The Actors view's context menu: copy the name, find it in the notes, peek its mentions, search its events.
import * as vscode from 'vscode';
import type { Actor } from '../core';
import { commands, vscodeCommands } from '../editor/commands';
import type { FeatureContext } from '../editor/context';
import { locationOf, openAt } from '../editor/locations';
import { actorOf } from '../editor/targets';

export function registerActorCommands(context: FeatureContext): vscode.Disposable {
  const command = (id: string, run: (actor: Actor) => unknown) =>
    vscode.commands.registerCommand(id, async (target: unknown) => {
      const actor = actorOf(context, target);
      return actor && run(actor);
    });

  return vscode.Disposable.from(
    command(commands.copyName, (actor) => vscode.env.clipboard.writeText(actor.name)),
    command(commands.findInNotes, async (actor) => {
      const search = { query: namesPattern(actor), isRegex: true, matchWholeWord: true, isCaseSensitive: true, filesToInclude: context.settings.notes, triggerSearch: true };
      await vscode.commands.executeCommand(vscodeCommands.findInFiles, search);
      return search; // what was searched for (for tests)
    }),
    command(commands.revealMentions, (actor) => peekMentions(context, actor)),
    command(commands.searchActorEvents, (actor) => vscode.commands.executeCommand(commands.searchEvents, { actorId: actor.id })),
  );
}

/** A regular expression for any of an actor's names, longest first. */
function namesPattern(actor: Actor): string {
  const names = [...new Set([actor.name, ...actor.aliases])].sort((a, b) => b.length - a.length);
  return names.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
}

/** Opens the first mention and peeks all of them from there. */
async function peekMentions(context: FeatureContext, actor: Actor): Promise<void> {
  const [first] = actor.mentions;
  if (!first) return;
  const editor = await openAt(context.index, first.path, first);
  const locations = actor.mentions.map((mention) => locationOf(context.index, mention));
  await vscode.commands.executeCommand(vscodeCommands.peekLocations, editor.document.uri, editor.selection.start, locations, 'peek');
}
