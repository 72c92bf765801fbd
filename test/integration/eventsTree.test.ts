import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { DossierApi } from '../../src/extension';
import type { EventsNode } from '../../src/features/eventsTree';
import { dossier, eventually } from './support';

const afp = 'tiktok-ramps-up-defense.txt';

function labelOf(item: vscode.TreeItem): string {
  return typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
}

describe('Events tree', () => {
  let api: DossierApi;
  const tree = () => api.eventsTree;
  const items = (node?: EventsNode) => tree().getChildren(node).map((child) => ({ node: child, item: tree().getTreeItem(child) }));
  /** Every event row, depth first, as the tree lists them. */
  const eventRows = (node?: EventsNode): { node: EventsNode; item: vscode.TreeItem }[] =>
    items(node).flatMap((row) => (row.node.kind === 'event' ? [row] : eventRows(row.node)));
  /** The row of an event, by its date and the start of its summary. */
  const row = (date: string, summary: RegExp) => {
    const event = api.context.index.events().find((e) => e.date === date && summary.test(e.summary));
    const found = event && eventRows().find(({ node }) => node.kind === 'event' && node.eventId === event.id);
    assert.ok(found, `no event row on ${date} matching ${summary}`);
    return found;
  };

  before(async () => {
    api = await dossier();
  });

  afterEach(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('puts the story first: its years oldest first, the years before it under "Earlier", undated last', () => {
    const index = api.context.index;
    const roots = items().map(({ item }) => labelOf(item));
    assert.deepEqual(roots, ['2020', 'Earlier', 'Undated', 'Articles without a date'], 'the AFP article is of August 2020, TikTok was bought in 2017, the ZDNet article has no date');
    const earlier = items().find(({ node }) => node.kind === 'earlier')!;
    assert.equal(earlier.item.collapsibleState, vscode.TreeItemCollapsibleState.Collapsed, 'the background is folded');
    const background = items(earlier.node).map(({ item }) => labelOf(item));
    assert.ok(background.includes('2017'), background.join(', '));
    assert.ok(background.every((year) => year < '2019'));
    const year2020 = items().find(({ item }) => labelOf(item) === '2020')!;
    assert.equal(year2020.item.collapsibleState, vscode.TreeItemCollapsibleState.Expanded, 'a small timeline opens');
    const months = items(year2020.node).filter(({ node }) => node.kind === 'month');
    assert.ok(months.some(({ item }) => labelOf(item) === 'August 2020'));
    assert.ok(months.every(({ item }) => item.collapsibleState === vscode.TreeItemCollapsibleState.Expanded));
    assert.ok(index.events().some((event) => !event.date));
  });

  it('lists every event once, in date order within the story and within the background, a short summary with the date beside it', () => {
    const index = api.context.index;
    const rows = eventRows();
    assert.equal(rows.length, index.events().length);
    const byId = new Map(index.events().map((event) => [event.id, event]));
    const dates = rows.map(({ node }) => (node.kind === 'event' ? byId.get(node.eventId)!.date : undefined));
    const story = dates.filter((date) => date && date >= '2020');
    assert.deepEqual(story, [...story].sort());
    for (const date of ['2020-08-06', '2020-08-14', '2020-08-17', '2020-08-18']) {
      const day = `${Number(date.slice(8))} Aug`;
      const found = rows.filter(({ item }) => item.description === day);
      assert.ok(found.length > 0, `no event on ${date}`);
      assert.ok(found.some(({ item }) => item.command?.arguments?.[0].endsWith(afp)), `the ${date} event is not from the AFP article`);
    }
    const { item } = row('2020-08-17', /^The video-snippet sharing service launched an online information hub/);
    assert.equal(labelOf(item), 'The video-snippet…');
    assert.equal(item.description, '17 Aug', 'its group says August 2020');
    // About 31 characters show at the default side-bar width: label and date together.
    const dated = rows.filter(({ node }) => node.kind === 'event' && byId.get(node.eventId)?.date);
    for (const { item } of dated) assert.ok(labelOf(item).length + String(item.description).length <= 33, `too long for the side bar: ${labelOf(item)} ${item.description}`);
  });

  it('lists a page of events per group, with a row that shows more', async () => {
    const undated = items().find(({ node }) => node.kind === 'undated')!;
    const all = api.context.index.events().filter((event) => !event.date);
    assert.ok(all.length > 3, 'the sample has more undated events than a page of 2');
    tree().pageSize = 2;
    try {
      tree().refresh();
      let rows = items(undated.node);
      assert.deepEqual(rows.map(({ node }) => node.kind), ['event', 'event', 'more']);
      const more = rows[2];
      assert.equal(more.item.label, 'Show 2 more…');
      assert.equal(more.item.description, `${all.length - 2} not listed`);
      assert.deepEqual(tree().getParent(more.node), undated.node);
      await vscode.commands.executeCommand(more.item.command!.command, ...more.item.command!.arguments!);
      rows = items(undated.node);
      assert.equal(rows.filter(({ node }) => node.kind === 'event').length, Math.min(4, all.length));
    } finally {
      tree().pageSize = 200;
      tree().refresh();
    }
  });

  it('shows the full sentence, its actors and its source in an untrusted tooltip', () => {
    const { item, node } = row('2020-08-06', /./);
    assert.equal(item.tooltip, undefined, 'built only when asked for');
    const tooltip = tree().resolveTreeItem(item, node).tooltip as vscode.MarkdownString;
    assert.ok(tooltip instanceof vscode.MarkdownString);
    assert.ok(!tooltip.isTrusted && !tooltip.supportHtml);
    // appendText escapes: spaces become &nbsp; and punctuation gets a backslash.
    const shown = tooltip.value.replace(/&nbsp;/g, ' ').replace(/\\(.)/g, '$1');
    assert.match(shown, /^2020-08-06 \(“45 days after August 6”\)\n\nA previous executive order, prohibiting US entities from doing business with TikTok, will take effect/);
    assert.match(shown, /\n\n— TikTok ramps up defense against US accusations, line \d+$/);
    const signed = row('2020-08-14', /^Trump signed/);
    const actors = String((tree().resolveTreeItem(signed.item, signed.node).tooltip as vscode.MarkdownString).value).replace(/&nbsp;/g, ' ').replace(/\\(.)/g, '$1');
    assert.match(actors, /Donald Trump/);
    assert.match(actors, /ByteDance/);
  });

  it('opens the sentence in the source when an event is clicked', async () => {
    const { item } = row('2020-08-17', /^The video-snippet/);
    const [path, start, end] = item.command!.arguments as [string, number, number];
    await vscode.commands.executeCommand(item.command!.command, path, start, end);
    const editor = await eventually(() => vscode.window.activeTextEditor, 5000, 'an editor');
    assert.equal(editor.document.uri.toString(), path);
    const selected = editor.document.getText(editor.selection);
    assert.match(selected, /^The video-snippet sharing service launched an online information hub on Monday/);
    assert.equal(editor.document.offsetAt(editor.selection.end), end);
  });

  it('knows the parent of every item, and gives each a unique id', () => {
    const ids = new Set<string>();
    const walk = (node: EventsNode | undefined) => {
      for (const child of tree().getChildren(node)) {
        const id = tree().getTreeItem(child).id!;
        assert.ok(id && !ids.has(id), `missing or duplicate id ${id}`);
        ids.add(id);
        assert.deepEqual(tree().getParent(child), node);
        walk(child);
      }
    };
    walk(undefined);
  });
});
