// Underlines recognised actor names in visible notes (setting dossier.highlightNames, color dossier.actorName).
import * as vscode from 'vscode';
import type { FeatureContext } from '../editor/context';

const delayMs = 100;

export function registerNameHighlights(context: FeatureContext): vscode.Disposable {
  const decoration = vscode.window.createTextEditorDecorationType({
    textDecoration: 'underline dotted',
    color: new vscode.ThemeColor('dossier.actorName'),
  });
  let timer: NodeJS.Timeout | undefined;

  const paint = (editor: vscode.TextEditor) => {
    if (!context.settings.highlightNames || !context.isNote(editor.document)) {
      editor.setDecorations(decoration, []);
      return;
    }
    const document = editor.document;
    const ranges = editor.visibleRanges.flatMap((visible) => {
      const from = document.offsetAt(new vscode.Position(Math.max(0, visible.start.line - 50), 0));
      const to = document.offsetAt(document.lineAt(Math.min(document.lineCount - 1, visible.end.line + 50)).range.end);
      return context.index.namesIn(document.getText(), from, to).map((name) => new vscode.Range(document.positionAt(name.start), document.positionAt(name.end)));
    });
    editor.setDecorations(decoration, ranges);
  };
  const paintAll = () => vscode.window.visibleTextEditors.forEach(paint);
  const paintSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(paintAll, delayMs);
  };
  paintAll();
  return vscode.Disposable.from(
    decoration,
    context.dossier.onDidChange(paintAll),
    // Whether names are underlined, and which documents are notes.
    context.onDidChangeSettings(paintAll),
    vscode.window.onDidChangeVisibleTextEditors(paintAll),
    vscode.window.onDidChangeTextEditorVisibleRanges((event) => paint(event.textEditor)),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (vscode.window.visibleTextEditors.some((editor) => editor.document === event.document)) paintSoon();
    }),
    { dispose: () => clearTimeout(timer) },
  );
}
