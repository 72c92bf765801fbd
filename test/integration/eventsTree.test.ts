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
  const row = (label: RegExp) => {
    const found = eventRows().find(({ item }) => label.test(labelOf(item)));
    assert.ok(found, `no event row matching ${label}`);
    return found;
  };

  before(async () => {
    api = await dossier();
  });

  afterEach(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('groups events by year then month, oldest first, undated last', () => {
    const index = api.context.index;
    const roots = items().map(({ item }) => labelOf(item));
    const years = roots.filter((label) => /^\d{4}$/.test(label));
    assert.deepEqual(years, [...years].sort());
    assert.ok(years.includes('2020'), roots.join(', '));
    const undated = index.events().some((event) => !event.date);
    assert.equal(roots.at(-1) === 'Undated', undated);
    const year2020 = items().find(({ item }) => labelOf(item) === '2020')!;
    assert.equal(year2020.item.collapsibleState, vscode.TreeItemCollapsibleState.Expanded, 'a small timeline opens');
    const months = items(year2020.node).filter(({ node }) => node.kind === 'month');
    assert.ok(months.some(({ item }) => labelOf(item) === 'August 2020'));
    assert.ok(months.every(({ item }) => item.collapsibleState === vscode.TreeItemCollapsibleState.Expanded));
  });

  it('lists every event once, in date order, labelled "date · summary"', () => {
    const index = api.context.index;
    const rows = eventRows();
    assert.equal(rows.length, index.events().length);
    const dates = rows.map(({ item }) => labelOf(item).split(' · ')[0]).filter((date) => /^\d{4}/.test(date));
    assert.deepEqual(dates, [...dates].sort());
    for (const date of ['2020-08-06', '2020-08-14', '2020-08-17', '2020-08-18']) {
      const found = rows.filter(({ item }) => labelOf(item).startsWith(`${date} · `));
      assert.ok(found.length > 0, `no event on ${date}`);
      assert.ok(found.some(({ item }) => item.command?.arguments?.[0].endsWith(afp)), `the ${date} event is not from the AFP article`);
    }
    assert.ok(labelOf(row(/^2020-08-17 · The video-snippet sharing service launched an online information hub/).item));
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

  it('names the actors of an event in its description', () => {
    const { item } = row(/^2020-08-14 · Trump signed/);
    const actors = String(item.description).split(', ');
    assert.ok(actors.includes('Donald Trump') && actors.includes('ByteDance'), String(item.description));
  });

  it('shows the full sentence in an untrusted tooltip', () => {
    const { item, node } = row(/^2020-08-06 · /);
    assert.equal(item.tooltip, undefined, 'built only when asked for');
    const tooltip = tree().resolveTreeItem(item, node).tooltip as vscode.MarkdownString;
    assert.ok(tooltip instanceof vscode.MarkdownString);
    assert.ok(!tooltip.isTrusted && !tooltip.supportHtml);
    // appendText escapes: spaces become &nbsp; and punctuation gets a backslash.
    const shown = tooltip.value.replace(/&nbsp;/g, ' ').replace(/\\(.)/g, '$1');
    assert.match(shown, /^2020-08-06 \(“45 days after August 6”\)\n\nA previous executive order, prohibiting US entities from doing business with TikTok, will take effect/);
    assert.match(shown, /\n\n— TikTok ramps up defense against US accusations, line \d+$/);
  });

  it('opens the sentence in the source when an event is clicked', async () => {
    const { item } = row(/^2020-08-17 · The video-snippet/);
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
