import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { DossierApi } from '../../src/extension';
import { type ActorPickItem, actorPickItems, eventPickItems, sentencePickItems, type SourcePickItem } from '../../src/editor/quickSearch';
import { dossier, eventually } from './support';

const afpTitle = 'TikTok ramps up defense against US accusations';

/** Runs a search command; it hands back its QuickPick, which the test drives like a user. */
async function openSearch<T extends vscode.QuickPickItem>(command: string): Promise<vscode.QuickPick<T>> {
  const quickPick = await vscode.commands.executeCommand<vscode.QuickPick<T>>(command);
  assert.ok(quickPick && Array.isArray(quickPick.items), `${command} did not return its QuickPick`);
  return quickPick;
}

/** Types a query (the workbench echoes it back as a value change) and waits for the items to follow. */
async function type<T extends vscode.QuickPickItem>(quickPick: vscode.QuickPick<T>, value: string, ready: (items: readonly T[]) => boolean): Promise<void> {
  quickPick.value = value;
  await eventually(() => ready(quickPick.items) || undefined, 5000, `items for "${value}"`);
}

/** Makes `item` the active one and presses Enter in the real quick input. */
async function accept<T extends vscode.QuickPickItem>(quickPick: vscode.QuickPick<T>, item: T): Promise<vscode.TextEditor> {
  quickPick.activeItems = [item];
  await eventually(() => quickPick.activeItems[0] === item || undefined, 5000, 'the item to be active');
  await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
  return eventually(() => {
    const editor = vscode.window.activeTextEditor;
    return editor && !editor.selection.isEmpty ? editor : undefined;
  }, 5000, 'an editor with a selection');
}

describe('Palette searches', () => {
  let api: DossierApi;

  before(async () => {
    api = await dossier();
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('finds ByteDance for the typo "bytedanse", with its type icon and counts', () => {
    const [first] = actorPickItems(api.context.index, 'bytedanse');
    const byteDance = api.context.index.actorNamed('ByteDance')!;
    assert.equal(first.label, 'ByteDance');
    assert.equal(first.actorId, byteDance.id);
    assert.equal((first.iconPath as vscode.ThemeIcon).id, 'organization');
    assert.equal(first.description, `organization · ${byteDance.mentions.length} mentions · ${byteDance.articleCount} articles`);
    assert.equal(first.alwaysShow, true, 'VS Code would hide a fuzzy match its own filter does not see');
    assert.equal(first.buttons?.[0].tooltip, 'Reveal in Dossier');
  });

  it('shows the most mentioned actors for an empty query', () => {
    const items = actorPickItems(api.context.index, '');
    const top = api.context.index.actors().slice(0, items.length);
    assert.deepEqual(items.map((item) => item.actorId), top.map((actor) => actor.id));
  });

  it('Search Actors: typing "bytedanse" and accepting opens the first mention of ByteDance', async () => {
    const quickPick = await openSearch<ActorPickItem>('dossier.searchActors');
    assert.equal(quickPick.items[0].actorId, api.context.index.actors()[0].id);
    await type(quickPick, 'bytedanse', (items) => items[0]?.label === 'ByteDance');
    const editor = await accept(quickPick, quickPick.items[0]);
    const first = api.context.index.actorNamed('ByteDance')!.mentions[0];
    assert.equal(editor.document.uri.toString(), first.path);
    assert.equal(editor.document.getText(editor.selection), 'ByteDance');
    assert.equal(editor.document.offsetAt(editor.selection.start), first.start);
  });

  it('Search Events: latest first for an empty query; a typo finds the event and opens its sentence', async () => {
    const index = api.context.index;
    const latest = eventPickItems(index, '').map((item) => item.label.split(' · ')[0]).filter((date) => /^\d{4}/.test(date));
    assert.deepEqual(latest, [...latest].sort().reverse());

    const quickPick = await openSearch<SourcePickItem>('dossier.searchEvents');
    await type(quickPick, 'informaton hub', (items) => /^2020-08-17 · .*information hub/.test(items[0]?.label ?? ''));
    const item = quickPick.items[0];
    assert.match(item.detail ?? '', new RegExp(`${afpTitle}, line \\d+`));
    const editor = await accept(quickPick, item);
    assert.equal(editor.document.uri.toString(), item.path);
    assert.equal(editor.document.offsetAt(editor.selection.start), item.start);
    assert.equal(editor.document.offsetAt(editor.selection.end), item.end);
    assert.match(editor.document.getText(editor.selection), /launched an online information hub/);
  });

  it("Search Events of This Actor: every event of the actor, and a query searches among them only", async () => {
    const index = api.context.index;
    const trump = index.actorNamed('Trump')!;
    const all = index.eventsOf(trump.id);
    const items = eventPickItems(index, '', trump.id);
    assert.equal(items.length, all.length);
    const quickPick = await vscode.commands.executeCommand<vscode.QuickPick<SourcePickItem>>('dossier.actors.searchEvents', trump.id);
    assert.equal(quickPick.title, 'Dossier: Events of Donald Trump');
    await type(quickPick, 'separate ordr', (found) => /Trump signed a separate executive order/.test(found[0]?.label ?? ''));
    assert.ok(quickPick.items.length < items.length, 'the query narrows the list');
    assert.ok(quickPick.items.every((item) => all.some((event) => event.path === item.path && event.start === item.start)), 'only his events');
  });

  it('Search Sources: finds a sentence across the articles and opens it', async () => {
    const items = sentencePickItems(api.context.index, 'digital gunboat diplomacy');
    assert.ok(items.length > 0);
    assert.match(items[0].label, /digital gunboat diplomacy/);
    assert.match(items[0].detail ?? '', new RegExp(`^${afpTitle}, line \\d+$`));
    assert.equal(sentencePickItems(api.context.index, '').length, api.context.index.stats().articles);

    const quickPick = await openSearch<SourcePickItem>('dossier.searchSources');
    await type(quickPick, 'gunboat diplomacy', (shown) => /gunboat diplomacy/.test(shown[0]?.label ?? ''));
    const editor = await accept(quickPick, quickPick.items[0]);
    assert.match(editor.document.getText(editor.selection), /digital gunboat diplomacy/);
    assert.ok(editor.document.uri.path.endsWith('tiktok-ramps-up-defense.txt'));
  });

  it('Search Sources from a note offers to quote each sentence found into it', async () => {
    const note = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'Notes\n' });
    await vscode.window.showTextDocument(note);
    const quickPick = await openSearch<SourcePickItem>('dossier.searchSources');
    try {
      await type(quickPick, 'gunboat diplomacy', (shown) => /gunboat diplomacy/.test(shown[0]?.label ?? ''));
      assert.deepEqual(quickPick.items[0].buttons?.map((button) => button.tooltip), ['Quote in the note']);
    } finally {
      quickPick.hide();
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  it('keeps article text from turning into icons in the palette', () => {
    const index = api.context.index;
    for (const item of [...actorPickItems(index, ''), ...eventPickItems(index, ''), ...sentencePickItems(index, 'TikTok')]) {
      assert.ok(!/(^|[^\\])\$\(/.test(item.label), item.label);
    }
  });
});
