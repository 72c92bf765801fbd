import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { copyBbcSample } from '../runner/codeServer';
import { cacheRoot, corpusScreenshotsDir, newsroomFixture } from '../runner/paths';
import { until, type Workbench, workbench } from './workbench';

/** A folder of the newsroom's news texts only (no notes), where the BBC corpus is missing. */
function sourcesOnly(): string {
  const dir = path.join(fs.mkdtempSync(path.join(cacheRoot, 'workspaces', 'run-')), 'sources-only');
  fs.cpSync(path.join(newsroomFixture, 'sources'), path.join(dir, 'sources'), { recursive: true });
  return dir;
}

/** The last sentence of at least ten words of the longest line of the folder's news texts: far to the right without wrapping. */
function sentenceFarRight(folder: string): string {
  const lines = fs.readdirSync(path.join(folder, 'sources')).flatMap((name) => fs.readFileSync(path.join(folder, 'sources', name), 'utf8').split('\n'));
  const longest = lines.reduce((a, b) => (b.length > a.length ? b : a));
  const sentences = longest.match(/[^.!?]+[.!?]+/g) ?? [longest];
  return sentences.filter((sentence) => sentence.trim().split(/\s+/).length >= 10).at(-1)!.trim();
}

const squeezed = (text: string) => text.replace(/\s+/g, '');

// Opening a folder of news texts as a new user does: 80 BBC articles copied at test time (never
// committed; so are the screenshots of them), or the sample's two news texts where the corpus is missing.
describe('A folder of news texts at real size', () => {
  let window: Workbench;
  let folder: string;
  let bbc: boolean;

  before(async () => {
    fs.mkdirSync(path.join(cacheRoot, 'workspaces'), { recursive: true });
    const sample = copyBbcSample();
    bbc = sample !== undefined;
    folder = sample ?? sourcesOnly();
    window = await workbench().openFolder(folder);
    await window.waitUntilReady();
  });

  after(async () => {
    await window.page.close();
    fs.rmSync(path.dirname(folder), { recursive: true, force: true });
  });

  it('shows the status item and the Actors tree without opening a note, and offers the walkthrough', async () => {
    const status = await window.statusItem(/Dossier: \d+ articles · \d+ actors/, 60_000);
    assert.match(status, bbc ? /80 articles/ : /2 articles/);
    assert.equal(await window.page.locator('.part.statusbar .statusbar-item', { hasText: /Dossier/ }).count(), 1, 'one status item');
    assert.deepEqual(await window.editorTabs(), [], 'no editor was opened');
    await window.page.locator('.notification-toast', { hasText: /Dossier read \d+ news texts/ }).waitFor({ timeout: 10_000 });

    await window.showViewContainer('Dossier');
    const rows = await window.treeRows('Actors', { atLeast: 6 });
    assert.ok(rows.some((row) => row.level === 2 && /^\d+ in \d+ articles?$/.test(row.description)), rows.map((r) => `${r.label} ${r.description}`).join(' | '));
    // At the default side-bar width, a name of ordinary length leaves its counts whole.
    const cut = await window.cutTreeRows('Actors');
    assert.deepEqual(cut.filter((label) => label.length <= 18), []);
  });

  it('opens a sentence found with Search Sources in view, without scrolling sideways', async () => {
    const sentence = sentenceFarRight(folder);
    const words = sentence.split(/\s+/);
    await window.runCommand('Dossier: Search Sources', { asks: true });
    await window.page.keyboard.type(words.slice(-8, -2).join(' '), { delay: 20 });
    await window.page.locator('.quick-input-list .monaco-list-row').first().waitFor();
    await window.page.keyboard.press('Enter');
    await window.page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
    await window.page.locator('.tabs-container .tab.active').waitFor();
    const onScreen = async () => squeezed(await window.editorTextOnScreen()).includes(squeezed(sentence));
    await until('the sentence on screen', onScreen).catch(async () => assert.fail(`not on screen: "${sentence}"; the screen shows:\n${await window.editorTextOnScreen()}`));
    if (bbc) {
      await window.runCommand('Notifications: Clear All Notifications');
      await window.screenshot('bbc-sidebar', corpusScreenshotsDir);
    }
  });

  it('lists what to review, each row with why, and under it the sentences to judge by', async () => {
    await window.collapseView('Events');
    await window.collapseView('Actors');
    const rows = await window.treeRows('Review', { atLeast: 3 });
    assert.ok(rows.every((row) => row.level === 1 && row.description !== ''), rows.map((r) => `${r.label}: ${r.description}`).join(' | '));
    // A likely duplicate, opened: its sentences and the suggestion's, its buttons shown.
    const duplicate = rows.find((row) => /^(another spelling|plural|also a name|acronym) /.test(row.description)) ?? rows[0];
    const row = await window.treeRow('Review', duplicate.label);
    await row.locator('.label-name').click();
    await until('its sentences', async () => (await window.treeRows('Review')).some((other) => other.level === 2));
    await row.hover();
    if (bbc) await window.screenshot('bbc-review', corpusScreenshotsDir);
  });

  it('shows a hover card whole, not in a scroll box, for a much-mentioned actor', async () => {
    const note = bbc ? 'Tony Blair and Michael Howard clashed over the budget, said the BBC.\n' : 'Donald Trump and TikTok.\n';
    fs.mkdirSync(path.join(folder, 'notes'), { recursive: true });
    fs.writeFileSync(path.join(folder, 'notes', 'brief.md'), `# Brief\n\n${note}`);
    await window.openFile('notes/brief.md');
    const text = await window.hover(bbc ? 'Tony Blair' : 'Donald Trump');
    assert.match(text, /mentions in \d+ articles/);
    assert.ok(await window.hoverFits(), `the card scrolls:\n${text}`);
    if (bbc) await window.screenshot('bbc-hover', corpusScreenshotsDir);
    await window.dismissHover();
  });
});
