// Underlines recognised actor names in visible notes (setting dossier.highlightNames, color dossier.actorName).
import * as vscode from 'vscode';
import type { WorkspaceIndex } from '../workspaceIndex';

const delayMs = 100;

export function registerNameHighlights(workspaceIndex: WorkspaceIndex): vscode.Disposable {
  const decoration = vscode.window.createTextEditorDecorationType({
    textDecoration: 'underline dotted',
    color: new vscode.ThemeColor('dossier.actorName'),
  });
  let timer: NodeJS.Timeout | undefined;

  const paint = (editor: vscode.TextEditor) => {
    if (!workspaceIndex.config.highlightNames || !workspaceIndex.isNote(editor.document)) {
      editor.setDecorations(decoration, []);
      return;
    }
    const document = editor.document;
    const ranges = editor.visibleRanges.flatMap((visible) => {
      const from = document.offsetAt(new vscode.Position(Math.max(0, visible.start.line - 50), 0));
      const to = document.offsetAt(document.lineAt(Math.min(document.lineCount - 1, visible.end.line + 50)).range.end);
      return workspaceIndex.index.namesIn(document.getText(), from, to).map((name) => new vscode.Range(document.positionAt(name.start), document.positionAt(name.end)));
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
    workspaceIndex.onDidChange(paintAll),
    vscode.window.onDidChangeVisibleTextEditors(paintAll),
    vscode.window.onDidChangeTextEditorVisibleRanges((event) => paint(event.textEditor)),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (vscode.window.visibleTextEditors.some((editor) => editor.document === event.document)) paintSoon();
    }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('dossier.highlightNames')) setTimeout(paintAll, 0);
    }),
    { dispose: () => clearTimeout(timer) },
  );
}
