import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { workbench } from './workbench';

describe('Hover card in a note', () => {
  before(() => workbench().waitUntilReady());

  after(async () => {
    await workbench().dismissHover();
    await workbench().runCommand('View: Close All Editors');
  });

  it('shows the card of Donald Trump when the mouse rests on "Trump" in a note', async () => {
    await workbench().openFile('notes/tiktok-ban-timeline.md');
    // As a person would: wait until the status bar says the sources are indexed.
    const status = workbench().page.locator('.part.statusbar .statusbar-item', { hasText: /Dossier: 2 articles/ });
    await status.first().waitFor({ timeout: 30_000 });
    const text = await workbench().hover('Trump');
    assert.match(text, /Donald Trump/);
    assert.match(text, /person/i);
    assert.match(text, /\d+ mentions? in 2 articles/);
    assert.match(text, /TikTok (ramps up defense|exploring all remedies)[^\n]*, line \d+/i);
    assert.ok(await workbench().hoverFits(), `the card does not fit its hover:\n${text}`);
    const png = await workbench().screenshot('hover');
    assert.ok(fs.statSync(png).size > 10_000, 'screenshot is suspiciously small');
  });
});
