import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { workbench } from './workbench';

const sources = ['tiktok-ramps-up-defense.txt', 'tiktok-exploring-all-remedies.txt'];

describe('Dossier side bar and Search Actors', () => {
  before(() => workbench().waitUntilReady());

  after(async () => {
    await workbench().page.keyboard.press('Escape');
    await workbench().runCommand('View: Close All Editors');
    await workbench().showViewContainer('Explorer');
  });

  it('lists actors by type with their counts, and a timeline of events', async () => {
    await workbench().showViewContainer('Dossier');
    // The tree fills in once the index is built: wait for an actor row under a group.
    const actors = await workbench().treeRows('Actors', { atLeast: 6, timeout: 30_000 });
    const byLabel = new Map(actors.map((row) => [row.label, row]));
    const people = byLabel.get('People');
    assert.ok(people && people.level === 1 && people.expanded === true, `no expanded People group: ${actors.map((r) => r.label).join(', ')}`);
    for (const name of ['Donald Trump', 'TikTok', 'ByteDance']) {
      const row = byLabel.get(name);
      assert.ok(row, `no row "${name}" in the Actors view; it shows: ${actors.map((r) => r.label).join(', ')}`);
      assert.equal(row.level, 2);
      assert.match(row.description, /^\d+ in \d+ articles?$/);
    }
    assert.match(byLabel.get('Donald Trump')!.description, / in 2 articles$/);
    assert.ok(actors.findIndex((r) => r.label === 'TikTok') < actors.findIndex((r) => r.label === 'ByteDance'), 'most mentioned first');

    const events = await workbench().treeRows('Events', { atLeast: 3 });
    const labels = events.map((row) => row.label);
    assert.ok(labels.includes('2020'), labels.join(', '));
    assert.ok(labels.includes('August 2020'), labels.join(', '));
    assert.equal(labels[0], '2020', 'the story first');
    assert.ok(events.some((row) => /^\d{1,2} Aug$/.test(row.description) && /\S/.test(row.label)), `no dated event row among: ${labels.join(' | ')}`);

    const status = workbench().page.locator('.part.statusbar .statusbar-item', { hasText: /Dossier: \d+ articles · \d+ actors · \d+ events/ });
    await status.first().waitFor({ timeout: 10_000 });

    const png = await workbench().screenshot('sidebar');
    assert.ok(fs.statSync(png).size > 10_000, 'screenshot is suspiciously small');
  });

  it('runs "Dossier: Search Actors", finds ByteDance for "bytedanse" and opens it with the name selected', async () => {
    const page = workbench().page;
    // Run from the Command Palette; the command opens its own QuickPick in the same widget.
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor();
    await input.fill('>Dossier: Search Actors');
    await page.locator('.quick-input-list .monaco-list-row .label-name', { hasText: /^Dossier: Search Actors$/ }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget .quick-input-title', { hasText: 'Dossier: Search Actors' }).waitFor();

    await page.keyboard.type('bytedanse', { delay: 40 });
    const firstRow = page.locator('.quick-input-list .monaco-list-row').first();
    await firstRow.locator('.label-name', { hasText: /^ByteDance$/ }).waitFor();
    const description = (await firstRow.locator('.label-description').textContent())?.trim() ?? '';
    assert.match(description, /^organization · \d+ mentions · \d+ articles$/);
    await workbench().screenshot('search-actors');

    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
    const tab = page.locator('.tabs-container .tab.active .label-name');
    await tab.waitFor();
    assert.ok(sources.includes(((await tab.textContent()) ?? '').trim()), `opened ${(await tab.textContent()) ?? 'nothing'}`);
    // As a person sees it: the status bar counts the selected characters, "ByteDance" is nine.
    const selection = page.locator('.part.statusbar [id="status.editor.selection"]');
    await selection.filter({ hasText: '(9 selected)' }).waitFor();
    assert.match(await workbench().visibleEditorText(), /ByteDance/);
  });
});
