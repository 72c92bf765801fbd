import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { eventually } from './support';

const extensionId = 'dossier.dossier';

const commands = [
  'dossier.searchActors',
  'dossier.searchEvents',
  'dossier.searchSources',
  'dossier.goToSource',
  'dossier.rebuildIndex',
];

describe('Dossier in VS Code', () => {
  it('runs in VS Code 1.100', () => {
    assert.match(vscode.version, /^1\.100\./);
  });

  it('opens a copy of the sample newsroom', () => {
    const folders = vscode.workspace.workspaceFolders ?? [];
    assert.equal(folders.length, 1);
    assert.equal(folders[0].uri.scheme, 'file');
    assert.equal(path.basename(folders[0].uri.fsPath), 'newsroom');
    assert.ok(!folders[0].uri.fsPath.includes(path.join('test', 'fixtures')), 'tests must run on a copy of the fixture');
  });

  it('activates', async () => {
    const extension = vscode.extensions.getExtension(extensionId);
    assert.ok(extension, `extension ${extensionId} is not loaded`);
    await extension.activate();
    assert.equal(extension.isActive, true);
  });

  it('registers its commands, every one the manifest contributes', async () => {
    const extension = vscode.extensions.getExtension(extensionId)!;
    await extension.activate();
    const registered = new Set(await vscode.commands.getCommands(true));
    const contributed = (extension.packageJSON.contributes.commands as { command: string }[]).map((c) => c.command);
    assert.ok(commands.every((command) => contributed.includes(command)));
    const missing = contributed.filter((command) => !registered.has(command));
    assert.deepEqual(missing, [], `commands not registered: ${missing.join(', ')}`);
  });

  it('opens its walkthrough, whose links and completion events name registered commands', async () => {
    const manifest = vscode.extensions.getExtension(extensionId)!.packageJSON;
    const [walkthrough] = manifest.contributes.walkthroughs as { id: string; steps: { description: string; completionEvents?: string[] }[] }[];
    assert.equal(walkthrough.id, 'start');
    const registered = new Set(await vscode.commands.getCommands(true));
    for (const step of walkthrough.steps) {
      const used = [...step.description.matchAll(/\(command:([\w.]+)/g)].map((m) => m[1]);
      used.push(...(step.completionEvents ?? []).flatMap((event) => (event.startsWith('onCommand:') ? [event.slice('onCommand:'.length)] : [])));
      for (const command of used) assert.ok(registered.has(command), `${command} is not a registered command`);
    }
    // An open walkthrough (code-server opens its own at start) would keep the command from opening another.
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('workbench.action.openWalkthrough', `${extensionId}#start`, false);
    // (Which walkthrough the page shows is checked in the UI suite, test/ui/workbench.test.ts.)
    const tabs = () => vscode.window.tabGroups.all.flatMap((group) => group.tabs.map((tab) => tab.label));
    await eventually(() => tabs().some((tab) => tab === 'Welcome' || tab.startsWith('Walkthrough')) || undefined, 5000, `the walkthrough page (tabs: ${tabs().join(', ')})`);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('contributes the Actors, Events, Review and Citations views in the Dossier container', () => {
    const manifest = vscode.extensions.getExtension(extensionId)!.packageJSON;
    const container = manifest.contributes.viewsContainers.activitybar.find((c: { id: string }) => c.id === 'dossier');
    assert.equal(container?.title, 'Dossier');
    const views = (manifest.contributes.views.dossier as { id: string }[]).map((view) => view.id);
    assert.deepEqual(views.sort(), ['dossier.actors', 'dossier.citations', 'dossier.events', 'dossier.review']);
  });
});
