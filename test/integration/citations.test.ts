// Citations in a real VS Code: quote a source into a note, edit the source, see the diagnostics and apply
// the quick fix; backlinks in the source (lenses, references), the Citations view, the preview's
// [[references]], Check Citations and Export Note with Sources.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { DossierApi } from '../../src/extension';
import { dossier, eventually, workspaceUri } from './support';

const encoder = new TextEncoder();
const sentence = 'The video-snippet sharing service launched an online information hub on Monday';
const title = 'TikTok ramps up defense against US accusations';

describe('Citations: anchored quotes, stale-quote warnings, backlinks, preview, export', () => {
  const note = () => workspaceUri('notes', 'citing.md');
  const source = () => workspaceUri('sources', 'tiktok-ramps-up-defense.txt');
  let api: DossierApi;
  let original: string;
  /** The source's line (1-based) of the quoted sentence, as it is now. */
  const lineOf = (text: string) => text.slice(0, text.indexOf(sentence)).split('\n').length;
  const writeSource = async (text: string) => {
    await vscode.workspace.fs.writeFile(source(), encoder.encode(text));
    await eventually(() => api.context.index.article(source().toString())?.text === text, 10_000, 'the source to be read again');
  };
  const diagnostics = (what: string, test: (d: vscode.Diagnostic) => boolean) =>
    eventually(() => vscode.languages.getDiagnostics(note()).find(test), 10_000, what).catch((error: Error) => {
      throw new Error(`${error.message}; the note has: ${vscode.languages.getDiagnostics(note()).map((d) => d.message).join(' | ') || 'none'}`);
    });

  before(async () => {
    api = await dossier();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    original = api.context.index.article(source().toString())!.text;
    await vscode.workspace.fs.writeFile(note(), encoder.encode('# Citing\n\nWhat TikTok did.\n\n'));
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await writeSource(original);
    for (const name of ['citing.md', 'citing.brief.md', 'citing.brief.html']) await vscode.workspace.fs.delete(workspaceUri('notes', name)).then(undefined, () => undefined);
  });

  it('quotes a source into a note, with no diagnostic while the quote is where its link says', async () => {
    const document = await vscode.workspace.openTextDocument(note());
    const editor = await vscode.window.showTextDocument(document);
    editor.selection = new vscode.Selection(document.lineCount - 1, 0, document.lineCount - 1, 0);
    assert.equal(await vscode.commands.executeCommand('dossier.quoteSource', source().toString(), original.indexOf(sentence)), true);
    await document.save();
    const line = lineOf(original);
    assert.match(document.getText(), new RegExp(`^> ${sentence} after President Donald Trump gave[^\\n]*\\n>\\n> — \\[${title}, line ${line}\\]\\(\\.\\./sources/tiktok-ramps-up-defense\\.txt#L${line} "…`, 'm'));
    await eventually(() => api.context.citations.check(note().toString())?.quotes.length === 1, 10_000, 'the note to be checked');
    assert.deepEqual(vscode.languages.getDiagnostics(note()), []);
  });

  it('marks the quoted sentence in the source with "quoted in 1 note" (unless switched off), names the note on the title line, and lists it in Find All References', async () => {
    const line = lineOf(original) - 1;
    const document = await vscode.workspace.openTextDocument(source()); // a provider answers for a loaded document
    const lenses = await eventually(async () => {
      const found = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', source());
      return found.length > 0 ? found : undefined;
    }, 10_000, 'the source\'s lenses');
    const passage = lenses.find((lens) => lens.command?.title === 'quoted in 1 note');
    assert.ok(passage, lenses.map((lens) => lens.command?.title).join(' | '));
    assert.equal(passage.range.start.line, line);
    const titleLenses = lenses.filter((lens) => lens.range.start.line === 0).map((lens) => lens.command?.title);
    assert.deepEqual(titleLenses, ['cited in 1 note:', 'notes/citing.md']);
    // The marks can be switched off (dossier.citations.markQuoted).
    const settings = vscode.workspace.getConfiguration('dossier');
    await settings.update('citations.markQuoted', false, vscode.ConfigurationTarget.Workspace);
    try {
      const count = async () => (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', source())).length;
      await eventually(async () => (await count()) === 0 || undefined, 5000, 'the lenses to go');
    } finally {
      await settings.update('citations.markQuoted', undefined, vscode.ConfigurationTarget.Workspace);
    }

    const position = document.positionAt(original.indexOf('online information hub'));
    const references = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', source(), position);
    const inNote = references.filter((location) => location.uri.toString() === note().toString());
    assert.equal(inNote.length, 1, references.map((l) => l.uri.path).join());
    const quote = (await vscode.workspace.openTextDocument(note())).getText(inNote[0].range);
    assert.match(quote, new RegExp(`^> ${sentence}[\\s\\S]*#L${line + 1} "[^\\n]*\\)$`));
  });

  it('the Citations view lists the sources of the active note, and the notes quoting the active source', async () => {
    const tree = api.citationsTree;
    const labels = () => tree.getChildren().map((node) => tree.getTreeItem(node));
    await vscode.window.showTextDocument(note());
    await eventually(() => tree.followed?.uri === note().toString() || undefined, 5000, 'the view to follow the note');
    const [sourceItem] = labels();
    assert.equal(sourceItem.label, title);
    assert.equal(sourceItem.description, '1 quote');
    const [quoteNode] = tree.getChildren(tree.getChildren()[0]);
    assert.match(String(tree.getTreeItem(quoteNode).label), /^The video-snippet sharing service launched/);
    assert.equal(tree.getTreeItem(quoteNode).description, `line ${lineOf(original)}`);

    await vscode.window.showTextDocument(source());
    await eventually(() => tree.followed?.uri === source().toString() || undefined, 5000, 'the view to follow the source');
    assert.deepEqual(labels().map((item) => [item.label, item.description]), [['notes/citing.md', '1 quote']]);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('after an edit above the quote, the note gets an information diagnostic, and nothing rewrites it', async () => {
    const before = (await vscode.workspace.openTextDocument(note())).getText();
    const edited = `Editor's note: this article was updated on 19 August.\n\n${original}`;
    await writeSource(edited);
    const line = lineOf(edited);
    const moved = await diagnostics('the "moved" diagnostic', (d) => d.message === `Quoted text moved to line ${line} of its source`);
    assert.equal(moved.severity, vscode.DiagnosticSeverity.Information);
    assert.equal(moved.source, 'Dossier');
    const document = await vscode.workspace.openTextDocument(note());
    assert.equal(document.getText(), before);
    assert.equal(document.isDirty, false);
    // The title is the headline still, not the editor's note.
    assert.equal(api.context.index.article(source().toString())?.title, title);
  });

  it('the quick fix "Update link to line N" points the link at the new line, and the diagnostic goes', async () => {
    const edited = (await vscode.workspace.openTextDocument(source())).getText();
    const line = lineOf(edited);
    const moved = await diagnostics('the "moved" diagnostic', (d) => /moved/.test(d.message));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', note(), moved.range);
    const fix = actions.find((action) => action.title === `Update link to line ${line}`);
    assert.ok(fix?.edit, actions.map((action) => action.title).join(' | '));
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    const document = await vscode.workspace.openTextDocument(note());
    await document.save();
    assert.match(document.getText(), new RegExp(`\\[${title}, line ${line}\\]\\(\\.\\./sources/tiktok-ramps-up-defense\\.txt#L${line} "`));
    await eventually(() => vscode.languages.getDiagnostics(note()).length === 0 || undefined, 10_000, 'the diagnostic to go');
    // The line the link names holds the sentence.
    assert.ok(edited.split('\n')[line - 1].startsWith(sentence));
  });

  it('after the sentence is deleted from the source, the quote gets the warning "quoted text no longer in source"', async () => {
    const edited = (await vscode.workspace.openTextDocument(source())).getText();
    const start = edited.indexOf(sentence);
    const end = edited.indexOf('\n', start);
    await writeSource(edited.slice(0, start) + edited.slice(end + 1));
    const gone = await diagnostics('the "no longer in source" warning', (d) => d.message === 'Quoted text no longer in source');
    assert.equal(gone.severity, vscode.DiagnosticSeverity.Warning);
  });

  it('Dossier: Check Citations reports every quote of the workspace', async () => {
    const report = await vscode.commands.executeCommand<{ notes: number; quotes: number; problems: Record<string, number> }>('dossier.checkCitations');
    assert.deepEqual(report, { notes: 1, quotes: 1, problems: { moved: 0, changed: 0, orphaned: 1, 'no source': 0 } });
  });

  it('Dossier: Export Note with Sources writes a Markdown and an HTML copy beside the note, listing the sources', async () => {
    await vscode.window.showTextDocument(note());
    const written = await vscode.commands.executeCommand<{ markdown: vscode.Uri; html: vscode.Uri; sources: number; stale: number }>('dossier.exportBrief');
    assert.equal(written.markdown.toString(), workspaceUri('notes', 'citing.brief.md').toString());
    assert.deepEqual([written.sources, written.stale], [1, 1]);
    const markdown = new TextDecoder().decode(await vscode.workspace.fs.readFile(written.markdown));
    assert.match(markdown, new RegExp(`^1\\. ${title} — 2020-08-18 — \\[\\.\\./sources/tiktok-ramps-up-defense\\.txt\\]\\(\\.\\./sources/tiktok-ramps-up-defense\\.txt\\)$`, 'm'));
    assert.match(markdown, /^## Stale quotes\n\n- “The video-snippet sharing service[^\n]*: quoted text no longer in source$/m);
    const html = new TextDecoder().decode(await vscode.workspace.fs.readFile(written.html));
    assert.match(html, /<h2>Sources<\/h2>\n<ol>\n<li>TikTok ramps up defense against US accusations — 2020-08-18 — <a href="\.\.\/sources\/tiktok-ramps-up-defense\.txt">/);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('the Markdown preview\'s renderer makes [[TikTok]] and [[Alias|shown]] links to the sources', async () => {
    await vscode.window.showTextDocument(note());
    const html = await vscode.commands.executeCommand<string>('markdown.api.render', 'See [[TikTok]] and [[Donald Trump|the president]].');
    assert.match(html, /<a href="[^"]*sources\/tiktok-[a-z-]+\.txt#L\d+" title="TikTok · organization" class="dossier-reference"[^>]*>TikTok<\/a>/);
    assert.match(html, /<a href="[^"]*#L\d+" title="Donald Trump · person" class="dossier-reference"[^>]*>the president<\/a>/);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});
