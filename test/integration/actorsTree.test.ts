import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { DossierApi } from '../../src/extension';
import type { ActorsNode } from '../../src/features/actorsTree';
import { dossier, eventually, positionOf, workspaceUri } from './support';

const afp = 'tiktok-ramps-up-defense.txt';
const zdnet = 'tiktok-exploring-all-remedies.txt';

function labelOf(item: vscode.TreeItem): string {
  return typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
}

function iconOf(item: vscode.TreeItem): string | undefined {
  return item.iconPath instanceof vscode.ThemeIcon ? item.iconPath.id : undefined;
}

describe('Actors tree', () => {
  let api: DossierApi;
  const tree = () => api.actorsTree;
  const items = (node?: ActorsNode) => tree().getChildren(node).map((child) => ({ node: child, item: tree().getTreeItem(child) }));
  const actorRow = (name: string) => {
    const actor = api.context.index.actorNamed(name);
    assert.ok(actor, `no actor named ${name}`);
    return { actor, node: tree().actorNode(actor.id), item: tree().getTreeItem(tree().actorNode(actor.id)) };
  };

  before(async () => {
    api = await dossier();
  });

  afterEach(async () => {
    tree().filter = {};
    tree().sort = 'mentions';
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('groups actors into People, Organizations and Places, with type icons', () => {
    const groups = items();
    assert.deepEqual(groups.map(({ item }) => labelOf(item)), ['People', 'Organizations', 'Places']);
    assert.deepEqual(groups.map(({ item }) => iconOf(item)), ['person', 'organization', 'globe']);
    assert.ok(groups.every(({ item }) => item.collapsibleState === vscode.TreeItemCollapsibleState.Expanded));
  });

  it('lists the expected actors under their type', () => {
    const names = (type: number) => items(items()[type].node).map(({ item }) => labelOf(item));
    const [people, organizations, places] = [names(0), names(1), names(2)];
    assert.ok(people.includes('Donald Trump'), people.join(', '));
    for (const name of ['ByteDance', 'TikTok', 'Oracle', 'Microsoft']) assert.ok(organizations.includes(name), `${name} not in ${organizations.join(', ')}`);
    for (const name of ['China', 'Singapore', 'United States']) assert.ok(places.includes(name), `${name} not in ${places.join(', ')}`);
    const index = api.context.index;
    assert.equal(people.length + organizations.length + places.length, index.actors().length);
  });

  it('sorts each group by mentions, shows counts, and toggles to A–Z', async () => {
    for (const { node } of items()) {
      const actors = items(node).map(({ node: child }) => api.context.index.actor((child as { actorId: string }).actorId)!);
      const counts = actors.map((actor) => actor.mentions.length);
      assert.deepEqual(counts, [...counts].sort((a, b) => b - a));
    }
    const trump = actorRow('Trump');
    const mentions = trump.actor.mentions.length;
    assert.equal(trump.item.description, `${mentions} in 2 articles`);
    assert.equal(iconOf(trump.item), 'person');
    assert.equal(trump.item.contextValue, 'dossier.actor');

    await vscode.commands.executeCommand('dossier.actors.sortByName');
    for (const { node } of items()) {
      const labels = items(node).map(({ item }) => labelOf(item));
      assert.deepEqual(labels, [...labels].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base' })));
    }
    await vscode.commands.executeCommand('dossier.actors.sortByMentions');
    assert.equal(tree().sort, 'mentions');
  });

  it('shows under an actor its articles, and under each article its mentions with the name highlighted', async () => {
    const trump = actorRow('Trump');
    assert.equal(trump.item.collapsibleState, vscode.TreeItemCollapsibleState.Collapsed);
    const articles = items(trump.node).filter(({ node }) => node.kind === 'article');
    assert.equal(articles.length, trump.actor.articleCount);
    const files = articles.map(({ node }) => (node as { path: string }).path.replace(/.*\//, ''));
    assert.deepEqual(files.sort(), [zdnet, afp].sort());
    const titles = articles.map(({ item }) => labelOf(item));
    assert.ok(titles.includes('TikTok ramps up defense against US accusations'), titles.join(' | '));
    let total = 0;
    for (const article of articles) {
      const mentions = items(article.node);
      total += mentions.length;
      const undated = !api.context.index.article((article.node as { path: string }).path)!.published;
      assert.equal(article.item.description, `${mentions.length} mention${mentions.length === 1 ? '' : 's'}${undated ? ' · undated' : ''}`);
      for (const { item } of mentions) {
        const label = item.label as vscode.TreeItemLabel;
        const [[start, end]] = label.highlights!;
        assert.match(label.label.slice(start, end), /^(Donald )?Trump$/, label.label);
        assert.ok(label.label.length <= 110, `mention label too long: ${label.label}`);
        assert.equal(item.command?.command, 'dossier.openMention');
        assert.match(String(item.description), /^line \d+$/);
      }
    }
    assert.equal(total, trump.actor.mentions.length);
  });

  it('opens the source with the exact span selected when a mention is clicked', async () => {
    const byteDance = actorRow('ByteDance');
    const [article] = items(byteDance.node).filter(({ node }) => node.kind === 'article');
    const [mention] = items(article.node);
    const command = mention.item.command!;
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
    const editor = await eventually(() => vscode.window.activeTextEditor, 5000, 'an editor');
    assert.equal(editor.document.uri.toString(), command.arguments![0]);
    assert.equal(editor.document.getText(editor.selection), 'ByteDance');
    assert.equal(editor.document.offsetAt(editor.selection.start), command.arguments![1]);
  });

  it("shows an actor's timeline first under it: its events in date order, each opening its sentence", async () => {
    const trump = actorRow('Trump');
    const [timeline] = items(trump.node);
    assert.equal(timeline.node.kind, 'timeline');
    assert.equal(labelOf(timeline.item), 'Timeline');
    const events = api.context.index.eventsOf(trump.actor.id);
    assert.equal(timeline.item.description, `${events.length} events`);
    const rows = items(timeline.node);
    assert.equal(rows.length, events.length);
    const dates = rows.map(({ node }) => events.find((event) => node.kind === 'event' && event.id === node.eventId)!.date);
    const dated = dates.filter((date) => date !== undefined);
    assert.deepEqual(dated, [...dated].sort(), 'oldest first');
    assert.deepEqual(dates.slice(dated.length), dates.filter((date) => date === undefined), 'undated last');
    const signed = rows.find(({ item }) => /^Trump signed/.test(labelOf(item)))!;
    assert.equal(signed.item.description, '14 Aug 2020', 'no group to say the year: the whole date');
    await vscode.commands.executeCommand(signed.item.command!.command, ...signed.item.command!.arguments!);
    const editor = await eventually(() => vscode.window.activeTextEditor, 5000, 'an editor');
    assert.match(editor.document.getText(editor.selection), /^On Friday, Trump signed a separate executive order/);
  });

  it('knows the parent of every item, and gives each a stable unique id', () => {
    const ids = new Set<string>();
    const walk = (node: ActorsNode | undefined, depth: number) => {
      for (const child of tree().getChildren(node)) {
        const item = tree().getTreeItem(child);
        assert.ok(item.id === undefined || !ids.has(item.id), `duplicate id ${item.id}`);
        if (item.id) ids.add(item.id);
        assert.deepEqual(tree().getParent(child), node);
        if (depth < 3) walk(child, depth + 1);
      }
    };
    walk(undefined, 0);
    const before = items().map(({ item }) => item.id);
    tree().refresh();
    assert.deepEqual(items().map(({ item }) => item.id), before);
  });

  it('filters by text and by type, and clears the filter', async () => {
    tree().filter = { text: 'trump' };
    assert.deepEqual(items().map(({ item }) => labelOf(item)), ['People']);
    assert.deepEqual(items(items()[0].node).map(({ item }) => labelOf(item)), ['Donald Trump']);
    assert.match(api.actorsView.description ?? '', /trump/);
    assert.match(api.actorsView.message ?? '', /Showing 1 of \d+ actors/);

    tree().filter = { type: 'place' };
    assert.deepEqual(items().map(({ item }) => labelOf(item)), ['Places']);
    assert.equal(api.actorsView.description, 'Places');

    await vscode.commands.executeCommand('dossier.actors.clearFilter');
    assert.equal(items().length, 3);
    assert.equal(api.actorsView.description, undefined);
    assert.equal(api.actorsView.message, undefined);
  });

  /** The view's selection reaches the extension host a moment after a reveal. */
  const selected = async (id: string | undefined) => {
    await eventually(() => api.actorsView.selection.some((node) => node.id === id) || undefined, 5000, `${id} selected`);
    assert.deepEqual(api.actorsView.selection.map((node) => node.id), [id]);
  };

  it('reveals an actor by id, selecting it in the view', async () => {
    tree().filter = { type: 'place' }; // Trump is filtered out: revealing him clears the filter
    const trump = actorRow('Trump');
    await vscode.commands.executeCommand('dossier.revealActor', trump.actor.id);
    await selected(trump.node.id);
    assert.equal(api.actorsView.visible, true);
    assert.deepEqual(tree().filter, { type: undefined, text: undefined });
  });

  it('lists a page of actors per group, with a row that shows more, and grows the list to reveal an actor', async () => {
    const organizations = () => items(tree().groupNode('organization'));
    const all = tree().visibleActors('organization');
    assert.ok(all.length > 5, 'the sample has enough organizations');
    tree().pageSize = 2;
    try {
      tree().filter = {}; // lists start again at their first page
      let rows = organizations();
      assert.deepEqual(rows.slice(0, 2).map((row) => row.node.id), all.slice(0, 2).map((actor) => `actor:${actor.id}`));
      const more = rows[2];
      assert.equal(rows.length, 3);
      assert.equal(more.item.label, 'Show 2 more…');
      assert.equal(more.item.description, `${all.length - 2} not listed`);
      assert.deepEqual(tree().getParent(more.node), tree().groupNode('organization'));
      await vscode.commands.executeCommand(more.item.command!.command, ...more.item.command!.arguments!);
      rows = organizations();
      assert.equal(rows.length, 5);
      assert.equal(rows[4].node.kind, 'more');

      const last = all[all.length - 1];
      await vscode.commands.executeCommand('dossier.revealActor', last.id);
      await selected(`actor:${last.id}`);
      assert.ok(organizations().some((row) => row.node.id === `actor:${last.id}`), 'the revealed actor is listed');
    } finally {
      tree().pageSize = 200;
      tree().filter = {};
    }
  });

  it('reveals the actor under the cursor when called without arguments', async () => {
    const { document, position } = await positionOf(workspaceUri('notes', 'tiktok-ban-timeline.md'), 'ByteDance');
    const editor = await vscode.window.showTextDocument(document);
    editor.selection = new vscode.Selection(position, position);
    await vscode.commands.executeCommand('dossier.revealActor');
    await selected(actorRow('ByteDance').node.id);
  });

  it('reveals the timeline with Show Actor Timeline, from the tree node or an actor id', async () => {
    for (const name of ['ByteDance', 'Trump']) {
      const actor = actorRow(name);
      const node = await vscode.commands.executeCommand<ActorsNode>('dossier.showActorTimeline', name === 'Trump' ? actor.actor.id : actor.node);
      assert.deepEqual(node, tree().timelineNode(actor.actor.id));
      await selected(node.id);
      assert.ok(api.actorsView.visible);
    }
  });

  it('peeks every mention of an actor from the context menu', async () => {
    const byteDance = actorRow('ByteDance');
    await vscode.commands.executeCommand('dossier.actors.revealMentions', byteDance.node);
    const editor = await eventually(() => vscode.window.activeTextEditor, 5000, 'an editor');
    const first = byteDance.actor.mentions[0];
    assert.equal(editor.document.uri.toString(), first.path);
    assert.equal(editor.document.offsetAt(editor.selection.active), first.start, 'the peek opens at the first mention');
  });

  it('copies the name and searches the events of an actor from the context menu', async () => {
    const trump = actorRow('Trump');
    await vscode.commands.executeCommand('dossier.actors.copyName', trump.node);
    assert.equal(await vscode.env.clipboard.readText(), 'Donald Trump');

    const quickPick = await vscode.commands.executeCommand<vscode.QuickPick<vscode.QuickPickItem>>('dossier.actors.searchEvents', trump.node);
    try {
      assert.equal(quickPick.title, 'Dossier: Events of Donald Trump');
      const events = api.context.index.eventsOf(trump.actor.id);
      assert.ok(events.length > 0);
      assert.equal(quickPick.items.length, events.length);
      assert.ok(quickPick.items.every((item) => (item.detail ?? '').includes('Donald Trump')));
    } finally {
      quickPick.hide();
    }
  });

  it('runs Find in Notes with a pattern of every name of the actor, over the notes', async () => {
    const byteDance = actorRow('ByteDance');
    const search = await vscode.commands.executeCommand<{ query: string; isRegex: boolean; filesToInclude: string }>('dossier.actors.findInNotes', byteDance.node);
    assert.equal(search.filesToInclude, '**/*.md');
    assert.equal(search.isRegex, true);
    for (const name of [byteDance.actor.name, ...byteDance.actor.aliases]) assert.match(name, new RegExp(`^(?:${search.query})$`));
    const note = await vscode.workspace.openTextDocument(workspaceUri('notes', 'tiktok-ban-timeline.md'));
    assert.match(note.getText(), new RegExp(search.query));
  });
});
