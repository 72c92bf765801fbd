// Set Article Date… in the real VS Code: the seeds' ZDNet article has no date, so it is flagged and its
// "Friday" is undated; the date given it (written into .dossier/dates.json, never into the article)
// dates its events.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { DossierApi } from '../../src/extension';
import { dossier, workspaceUri } from './support';

describe('Set Article Date…', () => {
  let api: DossierApi;
  const article = () => workspaceUri('sources', 'tiktok-exploring-all-remedies.txt');
  const datesFile = () => workspaceUri('.dossier', 'dates.json');
  /** "TikTok said in a statement Friday …" */
  const friday = () => api.context.index.events().find((event) => event.path === article().toString() && event.dateText === 'Friday');
  const tree = () => api.eventsTree;
  const undatedRow = () => {
    tree().refresh();
    const group = tree().getChildren().find((node) => node.kind === 'undatedArticles');
    const rows = group ? tree().getChildren(group).map((node) => ({ node, item: tree().getTreeItem(node) })) : [];
    return rows.find(({ node }) => node.kind === 'article' && node.path === article().toString());
  };

  before(async () => {
    api = await dossier();
  });

  after(async () => {
    await Promise.resolve(vscode.workspace.fs.delete(datesFile())).catch(() => undefined);
    await api.context.dossier.loadCuration();
  });

  it('flags an article without a date in the Events view and the Actors view, with the fix on its row', () => {
    assert.equal(friday()!.date, undefined);
    const row = undatedRow();
    assert.ok(row, 'no row for the undated article');
    assert.equal(row.item.description, 'undated');
    assert.equal(row.item.contextValue, 'dossier.undatedArticle');
    const tiktok = api.context.index.actorNamed('TikTok')!;
    const articleRow = api.actorsTree.getTreeItem(api.actorsTree.articleNode(tiktok.id, article().toString()));
    assert.match(String(articleRow.description), / · undated$/);
    assert.equal(articleRow.contextValue, 'dossier.undatedArticle');
  });

  it("dates the article's events from the date set, kept in .dossier/dates.json, and removes it again", async () => {
    const before = new TextDecoder().decode(await vscode.workspace.fs.readFile(article()));
    // The row's node is what its calendar button passes; the date skips the input box.
    assert.equal(await vscode.commands.executeCommand('dossier.setArticleDate', undatedRow()!.node, '2020-08-10'), true);
    assert.equal(friday()?.date, '2020-08-07', 'the Friday before Monday 10 August 2020');
    assert.equal(api.context.index.article(article().toString())?.dateSource, 'set');
    const saved = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(datesFile())));
    assert.deepEqual(saved, { 'sources/tiktok-exploring-all-remedies.txt': '2020-08-10' });
    assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(article())), before, 'the article is left as it is');
    assert.equal(undatedRow(), undefined, 'no longer flagged');
    const events = api.context.index.events().filter((event) => event.path === article().toString());
    assert.ok(events.filter((event) => event.dateText !== 'in November').every((event) => event.date?.startsWith('2020-')), events.map((e) => `${e.date} ${e.dateText}`).join(', '));

    assert.equal(await vscode.commands.executeCommand('dossier.setArticleDate', article(), ''), true);
    assert.equal(friday()?.date, undefined);
    assert.ok(undatedRow());
  });

  it('asks for the date in an input box that accepts only YYYY-MM-DD, on the active news text', async () => {
    await vscode.window.showTextDocument(article());
    const original = vscode.window.showInputBox;
    let validate: ((value: string) => unknown) | undefined;
    (vscode.window as { showInputBox: unknown }).showInputBox = async (options: vscode.InputBoxOptions) => {
      validate = options.validateInput as (value: string) => unknown;
      return '2020-08-21';
    };
    try {
      assert.equal(await vscode.commands.executeCommand('dossier.setArticleDate'), true);
    } finally {
      (vscode.window as { showInputBox: unknown }).showInputBox = original;
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    }
    assert.ok(validate!('21 Aug 2020'), 'a date in words is refused');
    assert.ok(validate!('2020-02-30'), 'a day that does not exist is refused');
    assert.equal(validate!('2020-08-21'), undefined);
    assert.equal(friday()?.date, '2020-08-21');
    assert.equal(await vscode.commands.executeCommand('dossier.setArticleDate', article(), 'last Friday'), false, 'a malformed argument writes nothing');
    assert.equal(friday()?.date, '2020-08-21');
  });
});
