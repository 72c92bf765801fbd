// Dossier: Export Note with Sources: writes, beside the note, a Markdown and an HTML copy of it with
// every citation resolved to the article's title, date and path, the sources listed, the stale quotes
// in a section of their own. Written only when the user runs the command; the note is left as it is.
import * as vscode from 'vscode';
import { briefOf, briefPaths, plural } from '../core';
import { commands, vscodeCommands } from '../editor/commands';
import type { FeatureContext } from '../editor/context';

export function registerExportBrief(context: FeatureContext): vscode.Disposable {
  const citations = context.citations;
  // From the Explorer's context menu a note's URI is given; from the palette, the active note is exported.
  return vscode.commands.registerCommand(commands.exportBrief, async (given?: vscode.Uri) => {
    const editor = vscode.window.activeTextEditor;
    const note = given instanceof vscode.Uri ? given : editor && context.isNote(editor.document) ? editor.document.uri : undefined;
    const text = note && (await citations.read(note.toString()))?.text;
    if (!note || text === undefined) {
      void vscode.window.showInformationMessage('Dossier: open the note to export, then export again.');
      return undefined;
    }
    const brief = await briefOf(note.toString(), text, async (uri) => (await citations.read(uri))?.text, {
      resolveTarget: (noteUri, target) => citations.resolve(noteUri, target),
      minSimilarity: context.settings.minSimilarity,
    });
    const paths = briefPaths(note.toString());
    const markdown = vscode.Uri.parse(paths.markdown);
    const html = vscode.Uri.parse(paths.html);
    await vscode.workspace.fs.writeFile(markdown, new TextEncoder().encode(brief.markdown));
    await vscode.workspace.fs.writeFile(html, new TextEncoder().encode(brief.html));
    const name = (uri: vscode.Uri) => uri.path.replace(/^.*\//, '');
    const stale = brief.stale.length > 0 ? `, ${plural(brief.stale.length, 'stale quote')}` : '';
    void vscode.window.showInformationMessage(`Dossier: wrote ${name(markdown)} and ${name(html)} (${plural(brief.sources.length, 'source')}${stale}).`, 'Open').then((choice) => {
      if (choice === 'Open') void vscode.commands.executeCommand(vscodeCommands.open, markdown);
    });
    return { markdown, html, sources: brief.sources.length, stale: brief.stale.length };
  });
}
