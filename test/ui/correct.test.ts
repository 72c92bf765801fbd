import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { until, workbench } from './workbench';

describe('Correcting an actor from its hover card', () => {
  const curationFile = () => path.join(workbench().folder, '.dossier', 'actors.json');

  before(() => workbench().waitUntilReady());

  after(async () => {
    await workbench().dismissHover();
    await workbench().runCommand('View: Close All Editors');
    fs.rmSync(path.join(workbench().folder, '.dossier'), { recursive: true, force: true });
  });

  it('rejects "Oracle" through Correct… on its card, then Undo in the message brings it back', async () => {
    const page = workbench().page;
    await workbench().openFile('notes/bidders.md');
    await page.locator('.part.statusbar .statusbar-item', { hasText: /Dossier: 2 articles/ }).first().waitFor({ timeout: 30_000 });
    assert.match(await workbench().hover('Oracle'), /Correct…/);

    await page.locator('.monaco-hover a', { hasText: 'Correct…' }).first().click();
    const reject = page.locator('.quick-input-list .monaco-list-row', { hasText: 'Not an actor' }).first();
    await reject.waitFor({ timeout: 10_000 });
    await reject.click();

    const message = page.locator('.notification-toast', { hasText: 'Oracle is no longer an actor' }).first();
    await message.waitFor({ timeout: 10_000 });
    assert.deepEqual(JSON.parse(fs.readFileSync(curationFile(), 'utf8')).reject, ['Oracle']);

    await message.locator('.monaco-button', { hasText: 'Undo' }).click();
    await until('the correction to be undone', () => !fs.existsSync(curationFile()));
    await workbench().dismissHover();
    assert.match(await workbench().hover('Oracle'), /Oracle · organization/);
  });
});
