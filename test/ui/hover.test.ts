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
    // The index may still be building when the note opens: hover again until the card is there.
    let text = '';
    for (let attempt = 0; attempt < 10 && !/Donald Trump/.test(text); attempt++) {
      text = await workbench().hover('Trump');
      if (!/Donald Trump/.test(text)) await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    assert.match(text, /Donald Trump/);
    assert.match(text, /person/i);
    assert.match(text, /\d+ mentions? in 2 articles/);
    assert.match(text, /TikTok (ramps up defense|exploring all remedies)[^\n]*, line \d+/i);
    assert.ok(text.split('\n').length < 40, `the card is too long:\n${text}`);
    const png = await workbench().screenshot('hover');
    assert.ok(fs.statSync(png).size > 10_000, 'screenshot is suspiciously small');
  });
});
