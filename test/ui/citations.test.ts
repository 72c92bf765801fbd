import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { poll, workbench } from './workbench';

describe('Citations as a person sees them', () => {
  const note = () => path.join(workbench().folder, 'notes', 'quotes.md');

  before(async () => {
    await workbench().waitUntilReady();
    fs.writeFileSync(note(), '# Quotes\n\n');
  });

  after(async () => {
    await workbench().page.keyboard.press('Escape');
    await workbench().runCommand('View: Close All Editors');
    await workbench().showViewContainer('Explorer');
    fs.rmSync(note(), { force: true });
  });

  it('quotes a sentence with Quote a Source…, then sees it marked "quoted in 1 note" in the source', async () => {
    const page = workbench().page;
    await workbench().openFile('notes/quotes.md');
    await page.locator('.part.statusbar .statusbar-item', { hasText: /Dossier: 2 articles/ }).first().waitFor({ timeout: 30_000 });
    await page.keyboard.press('Control+End');
    await workbench().runCommand('Dossier: Quote a Source…', { asks: true });
    await page.keyboard.type('information hub monday', { delay: 30 });
    await workbench().pick(/online information hub on Monday/);
    await page.locator('.editor-group-container.active .view-lines', { hasText: 'The video-snippet sharing service' }).waitFor();
    await page.keyboard.press('Control+S');
    await poll('the note to be saved', 10_000, async () => /^> The video-snippet sharing service launched an online information hub on Monday/m.test(fs.readFileSync(note(), 'utf8')) || undefined);

    await workbench().openFile('sources/tiktok-ramps-up-defense.txt');
    const lenses = page.locator('.editor-group-container.active .codelens-decoration');
    await lenses.filter({ hasText: 'quoted in 1 note' }).first().waitFor({ timeout: 15_000 });
    const shown = (await lenses.allInnerTexts()).join(' | ');
    assert.match(shown, /cited in 1 note:\s*\|?\s*notes\/quotes\.md/, shown);
    await workbench().screenshot('citations');
  });

  it('the Citations view lists the note that quotes the open source', async () => {
    await workbench().showViewContainer('Dossier');
    const rows = await workbench().treeRows('Citations', { atLeast: 2, timeout: 15_000 });
    assert.deepEqual(rows[0], { label: 'notes/quotes.md', description: '1 quote', level: 1, expanded: true });
    assert.match(rows[1].label, /^The video-snippet sharing service launched/);
  });

  it('the Markdown preview renders [[TikTok]] and [[Donald Trump|the president]] as links', async () => {
    await workbench().runCommand('View: Close All Editors');
    await workbench().openFile('notes/tiktok-ban-timeline.md');
    await workbench().runCommand('Markdown: Open Preview to the Side');
    const preview = workbench().page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
    const tiktok = preview.locator('a.dossier-reference', { hasText: /^TikTok$/ });
    await tiktok.waitFor({ timeout: 20_000 });
    assert.match((await tiktok.getAttribute('href')) ?? '', /^\.\.\/sources\/tiktok-[a-z-]+\.txt#L\d+$/);
    assert.equal(await tiktok.getAttribute('title'), 'TikTok · organization');
    await preview.locator('a.dossier-reference', { hasText: /^the president$/ }).waitFor();
    assert.doesNotMatch(await preview.locator('body').innerText(), /\[\[/);
    await workbench().screenshot('preview');
  });
});
