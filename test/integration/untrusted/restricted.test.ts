import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { dossier, eventually, hoverText, positionOf, workspaceUri } from '../support';

// Dossier only reads text and runs nothing from the workspace, so Restricted Mode keeps it whole.
describe('Restricted Mode (untrusted workspace)', () => {
  it('runs in a workspace that is not trusted', () => {
    assert.equal(vscode.workspace.isTrusted, false);
  });

  it('still indexes the news texts and lists their actors', async () => {
    const api = await dossier();
    await api.context.dossier.whenReady();
    assert.equal(api.context.index.articles().length, 2);
    const names = api.context.index.actors().map((actor) => actor.name);
    assert.ok(names.includes('ByteDance'), names.join(', '));
  });

  it('still shows hover cards in notes, trusted for Dossier commands only', async () => {
    const { document, position } = await positionOf(workspaceUri('notes', 'bidders.md'), 'Oracle');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
    assert.match(hoverText(hovers), /\*\*Oracle\*\* · organization/);
    const card = hovers[0].contents[0] as vscode.MarkdownString;
    assert.notEqual(card.isTrusted, true);
  });

  it('still shows what Dossier is unsure of, on the card and in the Review view', async () => {
    const api = await dossier();
    const { document, position } = await positionOf(workspaceUri('notes', 'bidders.md'), 'Oracle');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
    assert.match(hoverText(hovers), /\*\*Oracle\*\* · organization\? named once/);
    assert.ok(api.reviewTree.items().some((item) => item.actor.name === 'Oracle'));
  });

  it('still sets an article date when asked, as it writes a correction: into .dossier/dates.json only', async () => {
    const api = await dossier();
    const article = workspaceUri('sources', 'tiktok-exploring-all-remedies.txt');
    const dates = workspaceUri('.dossier', 'dates.json');
    try {
      assert.equal(await vscode.commands.executeCommand('dossier.setArticleDate', article, '2020-08-10'), true);
      assert.equal(api.context.index.article(article.toString())?.published, '2020-08-10');
    } finally {
      await Promise.resolve(vscode.workspace.fs.delete(dates)).catch(() => undefined);
      await api.context.dossier.loadCuration();
    }
    assert.equal(api.context.index.article(article.toString())?.published, undefined);
  });

  it('still checks quotes and shows the backlinks in the source', async () => {
    const note = workspaceUri('notes', 'restricted-quote.md');
    const quote = [
      '> TikTok has stepped up its defense against US accusations that the popular video app is a national security threat, denouncing what it called "rumors and misinformation" about its links to the Chinese government.',
      '>',
      '> — [TikTok ramps up defense against US accusations, line 3](../sources/tiktok-ramps-up-defense.txt#L3)',
      '',
    ].join('\n');
    await vscode.workspace.fs.writeFile(note, new TextEncoder().encode(quote));
    try {
      const moved = await eventually(() => vscode.languages.getDiagnostics(note).find((d) => /moved to line 9/.test(d.message)), 10_000, 'the diagnostic');
      assert.equal(moved.severity, vscode.DiagnosticSeverity.Information);
      const source = await vscode.workspace.openTextDocument(workspaceUri('sources', 'tiktok-ramps-up-defense.txt'));
      const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', source.uri);
      assert.ok(lenses.some((lens) => lens.command?.title === 'quoted in 1 note' && lens.range.start.line === 8), lenses.map((l) => l.command?.title).join());
    } finally {
      await vscode.workspace.fs.delete(note);
    }
  });
});
