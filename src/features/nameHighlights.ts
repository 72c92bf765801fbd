// Underlines recognised actor names in visible notes (setting dossier.highlightNames): a solid line in
// the colour dossier.actorName, a dotted one in dossier.doubtfulActorName where Dossier is unsure.
import * as vscode from 'vscode';
import type { FeatureContext } from '../editor/context';

const delayMs = 100;

export function registerNameHighlights(context: FeatureContext): vscode.Disposable {
  const sure = vscode.window.createTextEditorDecorationType({ textDecoration: 'underline', color: new vscode.ThemeColor('dossier.actorName') });
  const doubtful = vscode.window.createTextEditorDecorationType({
    textDecoration: 'underline dotted',
    color: new vscode.ThemeColor('dossier.doubtfulActorName'),
  });
  let timer: NodeJS.Timeout | undefined;

  const paint = (editor: vscode.TextEditor) => {
    if (!context.settings.highlightNames || !context.isNote(editor.document)) {
      editor.setDecorations(sure, []);
      editor.setDecorations(doubtful, []);
      return;
    }
    const document = editor.document;
    const index = context.index;
    const ranges: Record<'sure' | 'doubtful', vscode.Range[]> = { sure: [], doubtful: [] };
    for (const visible of editor.visibleRanges) {
      const from = document.offsetAt(new vscode.Position(Math.max(0, visible.start.line - 50), 0));
      const to = document.offsetAt(document.lineAt(Math.min(document.lineCount - 1, visible.end.line + 50)).range.end);
      for (const name of index.namesIn(document.getText(), from, to)) {
        // A name other actors have too ("Johnson") is as doubtful as an actor Dossier is unsure of.
        const unsure = name.others !== undefined || index.doubtsOf(name.actor).length > 0;
        ranges[unsure ? 'doubtful' : 'sure'].push(new vscode.Range(document.positionAt(name.start), document.positionAt(name.end)));
      }
    }
    editor.setDecorations(sure, ranges.sure);
    editor.setDecorations(doubtful, ranges.doubtful);
  };
  const paintAll = () => vscode.window.visibleTextEditors.forEach(paint);
  const paintSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(paintAll, delayMs);
  };
  paintAll();
  return vscode.Disposable.from(
    sure,
    doubtful,
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
