// Helpers for UI suites (test/ui/**/*.test.ts): they drive the VS Code workbench the way a person
// does — keyboard, mouse, what is on screen — through playwright-core.
//
// The harness (test/runner/runWithCodeServer.ts) opens the workbench on a fresh copy of the sample
// newsroom with Dossier loaded in development mode, then runs the UI suites with mocha in its own
// Node process. A suite gets the open workbench with `workbench()`:
//
//   import { workbench } from './workbench';
//   describe('Hovers', () => {
//     before(() => workbench().waitUntilReady());
//     it('shows the actor card', async () => {
//       await workbench().openFile('notes/some-note.md');
//       const text = await workbench().hover('ByteDance');
//       assert.match(text, /ByteDance/);
//     });
//   });
//
// All suites share one page, in the order mocha loads the files: leave it as you found it
// (close what you opened) when later suites could trip over it. `workbench().page` is the
// playwright Page for anything the helpers do not cover.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { screenshotsDir as defaultScreenshotsDir } from '../runner/paths';

let current: Workbench | undefined;

/** The workbench of the running UI suites. Throws outside the harness. */
export function workbench(): Workbench {
  if (!current) throw new Error('UI suites need the harness: run them with `npm run test:integration`.');
  return current;
}

/** Used by the harness to hand the page to the suites. */
export function setWorkbench(value: Workbench | undefined): void {
  current = value;
}

/** One row of a tree in the side bar (Explorer, or an extension's tree view). */
export interface TreeRow {
  /** The label as shown, e.g. `ByteDance` or `notes`. */
  label: string;
  /** The grey text after the label ('' when none). */
  description: string;
  /** 1 for top-level rows. */
  level: number;
  /** true/false for rows with children, undefined for leaves. */
  expanded: boolean | undefined;
}

/** An icon in the activity bar. */
export interface ActivityBarEntry {
  /** Its tooltip without the keybinding, e.g. `Explorer` or `Dossier`. */
  label: string;
  /** For extension view containers, the container id from package.json (e.g. `dossier`). */
  viewContainerId: string | undefined;
}

const defaultTimeout = 20_000;

export class Workbench {
  /**
   * @param page the playwright page showing the workbench
   * @param folder absolute path of the opened workspace folder (a temp copy of the newsroom)
   * @param screenshotsDir where screenshot() writes (default: see paths.screenshotsDir)
   */
  constructor(
    readonly page: Page,
    readonly folder: string,
    readonly screenshotsDir = defaultScreenshotsDir,
    /** The workbench URL that opens another folder (with Dossier loaded), as the harness makes it. */
    private readonly urlOf?: (folder: string) => string,
  ) {}

  /** Another window (a page of the same browser) on `folder`; close its page when done. */
  async openFolder(folder: string): Promise<Workbench> {
    if (!this.urlOf) throw new Error('openFolder needs the harness\'s URL of a folder.');
    const page = await this.page.context().browser()!.newPage({ viewport: this.page.viewportSize() });
    await page.goto(this.urlOf(folder));
    return new Workbench(page, folder, this.screenshotsDir, this.urlOf);
  }

  /** Dossier's status item, e.g. "Dossier: 80 articles · 775 actors · 260 events", once it matches `text`. */
  async statusItem(text: RegExp, timeout = defaultTimeout): Promise<string> {
    const item = this.page.locator('.part.statusbar .statusbar-item', { hasText: text }).first();
    await item.waitFor({ timeout });
    return ((await item.textContent()) ?? '').trim();
  }

  /**
   * Waits until the workbench is drawn, the Explorer lists the workspace's files and Dossier's
   * contributions are registered (its activity-bar icon is shown).
   */
  async waitUntilReady(timeout = 60_000): Promise<void> {
    const page = this.page;
    await page.locator('.monaco-workbench .part.activitybar').waitFor({ timeout });
    await page.locator('.monaco-workbench .part.statusbar').waitFor({ timeout });
    await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout });
    await page
      .locator('.part.activitybar a.action-label[aria-label="Dossier"]')
      .waitFor({ timeout })
      .catch(() => {
        throw new Error(`Dossier's activity-bar icon did not appear within ${timeout} ms: was the extension loaded?`);
      });
  }

  /** The icons of the activity bar, top to bottom. */
  async activityBarEntries(): Promise<ActivityBarEntry[]> {
    return this.page.locator('.part.activitybar .composite-bar a.action-label').evaluateAll((links) =>
      links.map((link) => {
        const tooltip = link.getAttribute('aria-label') ?? '';
        const container = /\bactivity-workbench-view-extension-(.+)-[0-9a-f]{40}\b/.exec(link.className);
        return { label: tooltip.replace(/ \([^)]*\)$/, ''), viewContainerId: container?.[1] };
      }),
    );
  }

  /** Clicks the activity-bar icon labelled `label` (e.g. `Dossier`, `Explorer`) unless its side bar is already open. */
  async showViewContainer(label: string): Promise<void> {
    const item = this.page.locator('.part.activitybar .composite-bar li.action-item').filter({
      has: this.page.locator(`a.action-label[aria-label="${label}"], a.action-label[aria-label^="${label} ("]`),
    });
    await item.first().waitFor({ timeout: defaultTimeout });
    if ((await item.first().getAttribute('aria-selected')) !== 'true') {
      await item.first().click();
      await this.page.mouse.move(0, 0); // no tooltip left over the icon
    }
    await this.page
      .locator('.part.sidebar .composite.title h2')
      .filter({ hasText: new RegExp(`^${escapeRegExp(label)}$`, 'i') })
      .waitFor({ timeout: defaultTimeout });
  }

  /** The title of the open side bar (as written, not upper-cased), or '' when it is closed. */
  async sideBarTitle(): Promise<string> {
    const title = this.page.locator('.part.sidebar .composite.title h2');
    if ((await title.count()) === 0 || !(await title.first().isVisible())) return '';
    return ((await title.first().textContent()) ?? '').trim();
  }

  /** The names of the views (sections) in the open side bar, e.g. `['Actors', 'Events']`. */
  async viewNames(): Promise<string[]> {
    const titles = this.page.locator('.part.sidebar .pane-header h3.title');
    return (await titles.allTextContents()).map((text) => text.trim());
  }

  /** The view (section) of the open side bar titled `name`; expands it when collapsed. */
  async view(name: string): Promise<Locator> {
    const pane = this.page
      .locator('.part.sidebar .pane')
      .filter({ has: this.page.locator('.pane-header h3.title', { hasText: new RegExp(`^${escapeRegExp(name)}$`, 'i') }) })
      .first();
    await pane.waitFor({ timeout: defaultTimeout });
    const header = pane.locator('.pane-header');
    if ((await header.getAttribute('aria-expanded')) === 'false') await header.click();
    return pane;
  }

  /**
   * The rows on screen in the tree of side-bar view `name` (the Explorer's view is named after the
   * folder: `newsroom`). Waits up to `timeout` ms for at least `atLeast` rows (default 1; pass 0 to not wait).
   */
  async treeRows(name: string, { atLeast = 1, timeout = defaultTimeout } = {}): Promise<TreeRow[]> {
    const pane = await this.view(name);
    const rows = pane.locator('.pane-body .monaco-list-row');
    if (atLeast > 0) await rows.nth(atLeast - 1).waitFor({ timeout });
    return rows.evaluateAll((elements) =>
      elements.map((row) => {
        const expanded = row.getAttribute('aria-expanded');
        return {
          label: (row.querySelector('.label-name')?.textContent ?? row.textContent ?? '').trim(),
          description: (row.querySelector('.label-description')?.textContent ?? '').trim(),
          level: Number(row.getAttribute('aria-level') ?? 1),
          expanded: expanded === null ? undefined : expanded === 'true',
        };
      }),
    );
  }

  /** A row of the tree of side-bar view `name`, by its label as shown. */
  async treeRow(name: string, label: string, timeout = defaultTimeout): Promise<Locator> {
    const pane = await this.view(name);
    const row = pane.locator('.pane-body .monaco-list-row').filter({ has: this.page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(label)}$`) }) }).first();
    await row.waitFor({ timeout });
    return row;
  }

  /** The codicon a tree row shows for its item, e.g. `person` or `question`. */
  async treeRowIcon(name: string, label: string): Promise<string | undefined> {
    const icon = (await this.treeRow(name, label)).locator('.custom-view-tree-node-item-icon').first();
    return /\bcodicon-([\w-]+)/.exec((await icon.getAttribute('class')) ?? '')?.[1];
  }

  /** The labels of the rows on screen in view `name` whose description is cut (an ellipsis instead of its end). */
  async cutTreeRows(name: string): Promise<string[]> {
    const rows = (await this.view(name)).locator('.pane-body .monaco-list-row');
    return rows.evaluateAll((elements) =>
      elements.flatMap((row) => {
        const description = row.querySelector('.label-description');
        const container = row.querySelector('.monaco-icon-label-container');
        if (!description || !container) return [];
        const cut = description.getBoundingClientRect().right > container.getBoundingClientRect().right + 1;
        return cut ? [(row.querySelector('.label-name')?.textContent ?? '').trim()] : [];
      }),
    );
  }

  /** Selects the rows labelled `labels` in view `name`, as with a click, then Ctrl+clicks. */
  async selectTreeRows(name: string, labels: string[]): Promise<void> {
    for (const [i, label] of labels.entries()) {
      await (await this.treeRow(name, label)).locator('.label-name').click({ modifiers: i === 0 ? [] : ['Control'] });
    }
  }

  /** Clicks the inline action titled `action` (e.g. `Merge into the Suggestion`) of a tree row. */
  async clickTreeRowAction(name: string, label: string, action: string): Promise<void> {
    const row = await this.treeRow(name, label);
    await row.hover();
    await row.locator(`.actions .action-label[aria-label="${action}"]`).click();
  }

  /** Collapses the view (section) of the open side bar titled `name`, leaving the others the room. */
  async collapseView(name: string): Promise<void> {
    const header = (await this.view(name)).locator('.pane-header');
    if ((await header.getAttribute('aria-expanded')) === 'true') await header.click();
  }

  /** The welcome text a view shows when it has nothing to list; '' when none shows up within `timeout` ms. */
  async welcomeText(name: string, timeout = 5000): Promise<string> {
    const welcome = (await this.view(name)).locator('.welcome-view-content').first();
    try {
      await welcome.waitFor({ timeout });
    } catch {
      return '';
    }
    return (await welcome.innerText()).trim();
  }

  /** Opens a workspace file with Quick Open (Ctrl+P), e.g. `notes/tiktok.md`; waits for its editor tab. */
  async openFile(relativePath: string, timeout = defaultTimeout): Promise<void> {
    const name = path.basename(relativePath);
    const row = this.page.locator('.quick-input-list .monaco-list-row').filter({ hasText: name }).first();
    // A file written just now may be missing from the first search: type the path again until it shows.
    const deadline = Date.now() + timeout;
    for (let attempt = 1; ; attempt++) {
      await this.quickInput('Control+P', relativePath);
      try {
        await row.waitFor({ timeout: Math.min(5000, Math.max(1, deadline - Date.now())) });
        break;
      } catch (error) {
        await this.page.keyboard.press('Escape');
        if (Date.now() >= deadline) throw new Error(`Quick Open did not find ${relativePath} (tried ${attempt} times).`, { cause: error });
      }
    }
    await row.click(); // not Enter: the list may still show recently opened files above it
    await this.page.locator('.tabs-container .tab.active', { hasText: name }).waitFor({ timeout });
    await this.page.locator('.editor-group-container.active .monaco-editor .view-lines').first().waitFor({ timeout });
  }

  /**
   * Runs a command from the Command Palette (F1), by its title as listed there, e.g.
   * `Dossier: Rebuild Index` or `View: Close All Editors`. With `asks`, the command asks something in
   * a quick pick of its own (answer it with pick()).
   */
  async runCommand(title: string, { asks = false } = {}): Promise<void> {
    await this.quickInput('F1', title, '>');
    await this.pick(new RegExp(`^${escapeRegExp(title)}$`, 'i'), { closes: !asks });
  }

  /**
   * Hovers the mouse over `text` in the active editor and returns the text of the hover that
   * appears (`.monaco-hover`), once it has settled (not "Loading...", unchanged for half a second).
   * Finds the text with the editor's Find widget first, so it need not be on screen; `occurrence`
   * (1-based) picks a later match in the file. Call dismissHover() when done.
   */
  async hover(text: string, { occurrence = 1, timeout = defaultTimeout } = {}): Promise<string> {
    const point = await this.revealText(text, occurrence);
    const hover = this.page.locator('.monaco-hover').filter({ visible: true }).first();
    await this.page.mouse.move(0, 0); // leave any earlier hover first
    await hover.waitFor({ state: 'hidden', timeout });
    await this.page.mouse.move(point.x, point.y, { steps: 4 });
    await hover.waitFor({ timeout });
    let previous = '';
    return poll(`the hover over "${text}" to settle`, timeout, async () => {
      const shown = (await hover.innerText()).trim();
      const settled = shown !== '' && shown === previous && !/^loading\.\.\.$/i.test(shown);
      previous = shown;
      return settled ? shown : undefined;
    }, 500);
  }

  /** Whether the hover on screen shows all of its content, without a scroll bar. */
  async hoverFits(): Promise<boolean> {
    const content = this.page.locator('.monaco-hover .monaco-hover-content').filter({ visible: true }).first();
    return content.evaluate((element) => element.scrollHeight <= element.clientHeight + 1);
  }

  /** Moves the mouse away and presses Escape, closing hovers and widgets. */
  async dismissHover(): Promise<void> {
    await this.page.mouse.move(0, 0);
    await this.page.keyboard.press('Escape');
  }

  /**
   * Selects the `occurrence`-th match of `text` in the active editor (with Find, which scrolls it
   * into view) and returns the screen point at the middle of that match.
   */
  async revealText(text: string, occurrence = 1): Promise<{ x: number; y: number }> {
    const page = this.page;
    const editor = page.locator('.editor-group-container.active .monaco-editor').first();
    // Focus the editor and put the cursor at the start, where Find starts looking.
    await editor.locator('.overflow-guard').click({ position: { x: 120, y: 5 } });
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('Control+F');
    const findInput = editor.locator('.find-widget.visible').locator('textarea, input').first();
    await findInput.waitFor({ timeout: defaultTimeout });
    await findInput.fill(text);
    // Step through the matches until Find says "occurrence of total".
    const count = editor.locator('.find-widget.visible .matchesCount');
    await poll(`match ${occurrence} of "${text}"`, defaultTimeout, async () => {
      const shown = ((await count.textContent()) ?? '').trim();
      if (/^no results$/i.test(shown)) throw new Error(`"${text}" is not in the active editor.`);
      if (/^\? of \d+$/.test(shown)) {
        await page.keyboard.press('Enter'); // the same query as last time: no match chosen yet
        return undefined;
      }
      const match = /^(\d+) of (\d+)$/.exec(shown);
      if (!match) return undefined;
      if (Number(match[2]) < occurrence) throw new Error(`"${text}" occurs only ${match[2]} times in the active editor.`);
      if (Number(match[1]) === occurrence) return true;
      await page.keyboard.press('Enter');
      return undefined;
    });
    await page.keyboard.press('Escape'); // closes Find; the match stays selected, the cursor at its end
    return poll(`"${text}" on screen in the editor`, defaultTimeout, () => editor.evaluate(matchNextToCursor, text));
  }
  /** The text of the active editor's visible lines (what is on screen, not the whole file). */
  async visibleEditorText(): Promise<string> {
    const lines = this.page.locator('.editor-group-container.active .monaco-editor .view-lines .view-line');
    const texts = await lines.evaluateAll((elements) =>
      elements
        .map((el) => ({ top: el.getBoundingClientRect().top, text: (el.textContent ?? '').replace(/\u00a0/g, ' ') }))
        .sort((a, b) => a.top - b.top)
        .map((line) => line.text),
    );
    return texts.join('\n');
  }

  /**
   * The characters of the active editor that are on screen, line by line: unlike visibleEditorText,
   * without what is scrolled out of view sideways.
   */
  async editorTextOnScreen(): Promise<string> {
    const editor = this.page.locator('.editor-group-container.active .monaco-editor .overflow-guard').first();
    return editor.evaluate(charactersOnScreen);
  }

  /** Picks the row of the open quick pick whose label is (or matches) `label`. */
  async pick(label: string | RegExp, { closes = true } = {}): Promise<void> {
    const row = this.page.locator('.quick-input-list .monaco-list-row').filter({ has: this.page.locator('.label-name', { hasText: label }) }).first();
    try {
      await row.waitFor({ timeout: defaultTimeout });
    } catch {
      const shown = await this.page.locator('.quick-input-list .monaco-list-row .label-name').allTextContents();
      await this.page.keyboard.press('Escape');
      throw new Error(`No row labelled ${label} in the quick pick; it lists: ${shown.slice(0, 10).join(' | ')}`);
    }
    await row.click();
    if (closes) await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: defaultTimeout });
  }

  /** The text of the walkthrough page on screen. */
  async walkthroughText(): Promise<string> {
    const page = this.page.locator('.gettingStartedContainer .gettingStartedSlideDetails').filter({ visible: true }).first();
    await page.waitFor({ timeout: defaultTimeout });
    return poll('the walkthrough to show its steps', defaultTimeout, async () => {
      const text = await page.innerText();
      return /\S/.test(text) ? text : undefined;
    });
  }

  /** Closes the active editor with its tab's close button. */
  async closeEditor(): Promise<void> {
    const tab = this.page.locator('.tabs-container .tab.active');
    await tab.hover();
    await tab.locator('.tab-actions .action-label').click();
    await tab.waitFor({ state: 'detached', timeout: defaultTimeout });
  }

  /** The titles of the open editor tabs, left to right. */
  async editorTabs(): Promise<string[]> {
    return (await this.page.locator('.tabs-container .tab .label-name').allTextContents()).map((t) => t.trim());
  }

  /** The messages of the notification toasts on screen. */
  async notifications(): Promise<string[]> {
    const messages = this.page.locator('.notification-toast .notification-list-item-message');
    return (await messages.allInnerTexts()).map((t) => t.trim());
  }

  /** Saves a PNG of the whole window as NAME.png in the screenshots folder and returns its path. */
  async screenshot(name: string, dir = this.screenshotsDir): Promise<string> {
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `${name}.png`);
    await this.page.screenshot({ path: file });
    return file;
  }

  /** Opens a quick input with `keys`, makes sure it holds `prefix`, then types `text`. */
  private async quickInput(keys: string, text: string, prefix = ''): Promise<void> {
    const input = this.page.locator('.quick-input-widget .quick-input-box input');
    await this.page.keyboard.press(keys);
    await input.waitFor({ timeout: defaultTimeout });
    await input.fill(prefix + text);
  }
}

/** Polls until `check` is true, or fails after `ms`. */
export async function until(what: string, check: () => boolean | Promise<boolean>, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Calls `check` every `interval` ms until it returns a value, or throws after `timeout` ms. */
export async function poll<T>(what: string, timeout: number, check: () => Promise<T | undefined | null>, interval = 200): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== null) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeout} ms waiting for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}

// The little of the DOM that matchNextToCursor uses (the project compiles with Node's types, not the DOM's).
interface Box { top: number; bottom: number; left: number; right: number; width: number; height: number }
interface DomNode {
  data: string;
  ownerDocument: DomDocument;
  getBoundingClientRect(): Box;
  querySelector(selector: string): DomNode | null;
  querySelectorAll(selector: string): Iterable<DomNode>;
}
interface DomDocument {
  createTreeWalker(root: DomNode, whatToShow: number): { nextNode(): DomNode | null };
  createRange(): { setStart(node: DomNode, offset: number): void; setEnd(node: DomNode, offset: number): void; getBoundingClientRect(): Box };
}

/** Runs in the browser: the text of an editor's lines, only the characters inside its box. */
function charactersOnScreen(guard: DomNode): string {
  const box = guard.getBoundingClientRect();
  const doc = guard.ownerDocument;
  const lines: { top: number; text: string }[] = [];
  for (const line of guard.querySelectorAll('.view-lines .view-line')) {
    const lineBox = line.getBoundingClientRect();
    if (lineBox.bottom <= box.top || lineBox.top >= box.bottom) continue;
    let text = '';
    const walker = doc.createTreeWalker(line, 4 /* NodeFilter.SHOW_TEXT */);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const range = doc.createRange();
      for (let offset = 0; offset < node.data.length; offset++) {
        range.setStart(node, offset);
        range.setEnd(node, offset + 1);
        const char = range.getBoundingClientRect();
        if (char.left >= box.left && char.right <= box.right) text += node.data[offset];
      }
    }
    lines.push({ top: lineBox.top, text: text.replace(/\u00a0/g, ' ') });
  }
  return lines.sort((a, b) => a.top - b.top).map((line) => line.text).join('\n');
}

/**
 * Runs in the browser: the middle of the occurrence of `wanted` on the cursor's line that ends
 * nearest the cursor, or null.
 */
function matchNextToCursor(editor: DomNode, wanted: string): { x: number; y: number } | null {
  const doc = editor.ownerDocument;
  const cursor = editor.querySelector('.cursors-layer .cursor');
  if (!cursor) return null;
  const cursorBox = cursor.getBoundingClientRect();
  const cursorMiddle = cursorBox.top + cursorBox.height / 2;
  let best: { x: number; y: number; distance: number } | null = null;
  for (const line of editor.querySelectorAll('.view-lines .view-line')) {
    const lineBox = line.getBoundingClientRect();
    if (cursorMiddle < lineBox.top || cursorMiddle > lineBox.bottom) continue;
    // The line's characters with their text node and offset, so a match may span several spans.
    const chars: { node: DomNode; offset: number }[] = [];
    let lineText = '';
    const walker = doc.createTreeWalker(line, 4 /* NodeFilter.SHOW_TEXT */);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (let offset = 0; offset < node.data.length; offset++) chars.push({ node, offset });
      lineText += node.data;
    }
    lineText = lineText.replace(/\u00a0/g, ' ');
    for (let start = lineText.indexOf(wanted); start >= 0; start = lineText.indexOf(wanted, start + 1)) {
      const range = doc.createRange();
      range.setStart(chars[start].node, chars[start].offset);
      const last = chars[start + wanted.length - 1];
      range.setEnd(last.node, last.offset + 1);
      const box = range.getBoundingClientRect();
      const distance = Math.abs(box.right - cursorBox.left);
      if (!best || distance < best.distance) best = { x: box.left + box.width / 2, y: box.top + box.height / 2, distance };
    }
  }
  return best && { x: best.x, y: best.y };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
