// Corrections from the Actors view, a hover card or the palette: change an actor's type, merge it into
// another, reject it, or add a name the recognizer missed. Each is written into the folder's
// .dossier/actors.json, with an Undo in the message.
import * as vscode from 'vscode';
import { type Actor, type ActorType, actorTypes, type CurationChange, plainLabel } from '../core';
import { commands } from '../editor/commands';
import type { FeatureContext } from '../editor/context';
import { applyChanges, curationUri, folderOf, readText, writeText } from '../editor/curation';
import { typeIcon } from '../editor/icons';
import { pickActor } from '../editor/quickSearch';
import { actorOf, actorUnderCursor } from '../editor/targets';

const corrections = [
  { label: '$(symbol-class) Change type…', command: commands.setActorType },
  { label: '$(merge) Merge into another actor…', command: commands.mergeActor },
  { label: '$(circle-slash) Not an actor: reject it', command: commands.rejectActor },
];

export function registerCurationCommands(context: FeatureContext): vscode.Disposable {
  const index = context.index;
  /** The actor given (an id or a tree node), else the one under the cursor, else one picked. */
  const targetActor = async (target: unknown) =>
    actorOf(context, target) ?? actorUnderCursor(context) ?? (await pickActor(index, 'Which actor?'));
  /** A correction of the target actor; `option` (the type, the actor to merge into) skips its question. */
  const command = (id: string, changeFor: (actor: Actor, option: unknown) => Promise<CurationChange | undefined>) =>
    vscode.commands.registerCommand(id, async (target?: unknown, option?: unknown) => {
      const actor = await targetActor(target);
      const change = actor && (await changeFor(actor, option));
      return change ? applyChanges(context, folderOf(actor), [change]) : false;
    });

  return vscode.Disposable.from(
    command(commands.setActorType, async (actor, option) => {
      const type = actorTypes.includes(option as ActorType) ? (option as ActorType) : await pickType(actor);
      return type && type !== actor.type ? { kind: 'type', name: actor.name, type } : undefined;
    }),
    command(commands.mergeActor, async (actor, option) => {
      const into = (typeof option === 'string' ? index.actor(option) : undefined) ?? (await pickActor(index, `Merge ${plainLabel(actor.name)} into…`, actor.id));
      return into && into.id !== actor.id ? { kind: 'merge', name: actor.name, into: into.name } : undefined;
    }),
    command(commands.rejectActor, async (actor) => ({ kind: 'reject', name: actor.name })),
    vscode.commands.registerCommand(commands.addActor, async (name?: unknown, type?: unknown) => {
      const editor = vscode.window.activeTextEditor;
      const given = typeof name === 'string' ? name : editor?.document.getText(editor.selection);
      const selected = given?.replace(/\s+/g, ' ').trim();
      const actorName = selected && selected.length <= 100 ? selected : await askName();
      if (!actorName) return false;
      const actorType = actorTypes.includes(type as ActorType) ? (type as ActorType) : await pickType(actorName);
      if (!actorType) return false;
      const folder = (editor && vscode.workspace.getWorkspaceFolder(editor.document.uri)) ?? vscode.workspace.workspaceFolders?.[0];
      return applyChanges(context, folder, [{ kind: 'type', name: actorName, type: actorType }]);
    }),
    // Opens the first folder's curation file, made with empty lists when there is none yet.
    vscode.commands.registerCommand(commands.openCuration, async () => {
      const uri = curationUri(vscode.workspace.workspaceFolders?.[0]);
      if (!uri) return;
      if ((await readText(uri)) === undefined) await writeText(uri, JSON.stringify({ actors: [], merge: [], reject: [] }, null, 2) + '\n');
      await vscode.window.showTextDocument(uri);
    }),
    vscode.commands.registerCommand(commands.correctActor, async (target?: unknown) => {
      const actor = await targetActor(target);
      // Opened from a hover card, it must outlive the card closing under it (which gives the editor the focus back).
      const picked = actor && (await vscode.window.showQuickPick(corrections, { title: `Correct ${plainLabel(actor.name)} (${actor.type})`, ignoreFocusOut: true }));
      return picked && vscode.commands.executeCommand(picked.command, actor.id);
    }),
  );
}

/** A type picked for an actor, or for a name not yet one. */
async function pickType(actor: Actor | string): Promise<ActorType | undefined> {
  const [name, current] = typeof actor === 'string' ? [actor, undefined] : [actor.name, actor.type];
  const items = actorTypes.map((type) => ({
    label: type,
    iconPath: typeIcon(type),
    description: type === current ? 'current' : undefined,
    type,
  }));
  const picked = await vscode.window.showQuickPick(items, { title: `Type of ${plainLabel(name)}`, placeHolder: 'What is it?' });
  return picked?.type;
}

async function askName(): Promise<string | undefined> {
  const name = await vscode.window.showInputBox({ title: 'Add an actor', prompt: 'The name as the sources write it', placeHolder: 'e.g. Sequoia Capital' });
  return name?.replace(/\s+/g, ' ').trim() || undefined;
}
