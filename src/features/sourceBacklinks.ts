// Backlinks in sources: the passages notes quote are marked (theme colour dossier.quotedText, setting
// dossier.citations.markQuoted) with "quoted in N notes" above them, the title line names the notes
// that cite the article, and Find All References on a quoted passage lists the quotes in the notes.
import * as vscode from 'vscode';
import { escapeMarkdown, passagesAt, plainLabel, plural, type QuotedPassage, quotedInLabel } from '../core';
import { vscodeCommands } from '../editor/commands';
import type { FeatureContext } from '../editor/context';

/** Notes named one by one on a title line; more are in the first lens's list. */
const maxNoteLenses = 5;
const fileSelector: vscode.DocumentFilter[] = [{ scheme: 'file' }, { scheme: 'vscode-remote' }, { scheme: 'vscode-vfs' }];

export function registerSourceBacklinks(context: FeatureContext): vscode.Disposable {
  const citations = context.citations;
  const decoration = vscode.window.createTextEditorDecorationType({
    backgroundColor: new vscode.ThemeColor('dossier.quotedText'),
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  });
  const lensesChanged = new vscode.EventEmitter<void>();
  const quotesOf = (passage: QuotedPassage) =>
    passage.quotes.flatMap(({ notePath, span }) => {
      const range = citations.rangeIn(notePath, span);
      return range ? [new vscode.Location(vscode.Uri.parse(notePath), range)] : [];
    });
  const paint = (editor: vscode.TextEditor) => {
    const uri = editor.document.uri.toString();
    const passages = context.settings.markQuoted ? citations.passages(uri) : [];
    editor.setDecorations(
      decoration,
      passages.flatMap((passage) => {
        const range = citations.rangeIn(uri, passage.span);
        return range ? [{ range, hoverMessage: backlinksHover(passage, quotesOf(passage)) }] : [];
      }),
    );
  };
  const refresh = () => {
    vscode.window.visibleTextEditors.forEach(paint);
    lensesChanged.fire();
  };
  return vscode.Disposable.from(
    decoration,
    lensesChanged,
    citations.onDidChange(refresh),
    context.onDidChangeSettings(refresh),
    vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach(paint)),
    vscode.languages.registerCodeLensProvider(fileSelector, {
      onDidChangeCodeLenses: lensesChanged.event,
      provideCodeLenses(document) {
        const uri = document.uri.toString();
        if (!context.settings.markQuoted) return [];
        const passages = citations.passages(uri);
        const lenses = passages.flatMap((passage) => {
          const range = citations.rangeIn(uri, passage.span);
          if (!range) return [];
          return [new vscode.CodeLens(range, showQuotes(quotedInLabel(passage.noteCount), document.uri, range.start, quotesOf(passage)))];
        });
        const notes = citations.notesCiting(uri);
        if (notes.length === 0) return lenses;
        const line = titleLine(document, context.index.article(uri)?.title);
        const all = passages.flatMap(quotesOf);
        const title = [new vscode.CodeLens(line, showQuotes(`cited in ${plural(notes.length, 'note')}:`, document.uri, line.start, all))];
        for (const note of notes.slice(0, maxNoteLenses)) {
          const noteUri = vscode.Uri.parse(note);
          const first = all.find((location) => location.uri.toString() === note);
          const command = { title: plainLabel(vscode.workspace.asRelativePath(noteUri)), command: vscodeCommands.open, arguments: [noteUri, { selection: first?.range }] };
          title.push(new vscode.CodeLens(line, command));
        }
        return [...title, ...lenses];
      },
    }),
    vscode.languages.registerReferenceProvider(fileSelector, {
      provideReferences(document, position) {
        const found = passagesAt(citations.passages(document.uri.toString()), document.offsetAt(position));
        return found.length > 0 ? found.flatMap(quotesOf) : undefined;
      },
    }),
  );
}

function showQuotes(title: string, uri: vscode.Uri, position: vscode.Position, quotes: vscode.Location[]): vscode.Command {
  return { title, command: vscodeCommands.showReferences, arguments: [uri, position, quotes] };
}

/** "quoted in 2 notes: notes/a.md · notes/b.md", each a link to the quote (no command link: plain file links). */
function backlinksHover(passage: QuotedPassage, quotes: vscode.Location[]): vscode.MarkdownString {
  const links = quotes.map(({ uri, range }) => `[${escapeMarkdown(vscode.workspace.asRelativePath(uri))}](${uri.with({ fragment: `L${range.start.line + 1}` }).toString()})`);
  const hover = new vscode.MarkdownString(`${quotedInLabel(passage.noteCount)}: ${[...new Set(links)].join(' · ')}`);
  hover.isTrusted = false;
  hover.supportHtml = false;
  return hover;
}

/** The line of the article's title (the first line that holds it), else the first line. */
function titleLine(document: vscode.TextDocument, title: string | undefined): vscode.Range {
  const at = title ? document.getText().indexOf(title) : -1;
  return document.lineAt(at < 0 ? 0 : document.positionAt(at).line).range;
}
