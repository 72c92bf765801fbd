import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { firstNote } from '../runner/codeServer';
import { workbench } from './workbench';

describe('Workbench', () => {
  before(() => workbench().waitUntilReady());

  it('shows the Dossier icon in the activity bar', async () => {
    const entries = await workbench().activityBarEntries();
    assert.ok(
      entries.some((entry) => entry.label === 'Dossier' && entry.viewContainerId === 'dossier'),
      `activity bar shows: ${entries.map((entry) => entry.label).join(', ')}`,
    );
  });

  it('lists the sample newsroom in the Explorer', async () => {
    await workbench().showViewContainer('Explorer');
    const rows = await workbench().treeRows('newsroom', { atLeast: 2 });
    const labels = rows.filter((row) => row.level === 1).map((row) => row.label);
    assert.ok(labels.includes('notes') && labels.includes('sources'), `Explorer shows: ${labels.join(', ')}`);
  });

  it('opens the Dossier side bar with the Actors, Events and Citations views', async () => {
    await workbench().showViewContainer('Dossier');
    assert.equal(await workbench().sideBarTitle(), 'Dossier');
    assert.deepEqual(await workbench().viewNames(), ['Actors', 'Events', 'Review', 'Citations']);
  });

  it('opens the Dossier walkthrough from the Command Palette, with its steps', async () => {
    await workbench().runCommand('Welcome: Open Walkthrough...', { asks: true });
    await workbench().pick('Get started with Dossier');
    const page = await workbench().walkthroughText();
    assert.match(page, /Get started with Dossier/);
    assert.match(page, /Keep the articles in the workspace/);
    await workbench().closeEditor();
  });

  it('takes a screenshot with a sample file open', async () => {
    const file = firstNote(workbench().folder);
    await workbench().openFile(file);
    assert.ok((await workbench().editorTabs()).includes(path.basename(file)));
    const png = await workbench().screenshot('demo');
    assert.ok(fs.statSync(png).size > 10_000, 'screenshot is suspiciously small');
  });
});
