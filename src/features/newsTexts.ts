// News texts, however opened (a view, the Explorer, Quick Open), show in the news language, which wraps lines.
import * as vscode from 'vscode';
import type { FeatureContext } from '../editor/context';
import { asNewsText } from '../editor/newsTexts';

export function registerNewsTexts(context: FeatureContext): vscode.Disposable {
  const wrap = (document: vscode.TextDocument) =>
    void asNewsText(document, context.isSource).then(undefined, (error: unknown) => context.log.warn(`Cannot set the language of ${document.uri}: ${error}`));
  const wrapAll = () => vscode.workspace.textDocuments.forEach(wrap);
  wrapAll();
  // The sources setting may make more documents news texts.
  return vscode.Disposable.from(vscode.workspace.onDidOpenTextDocument(wrap), context.onDidChangeSettings(wrapAll));
}
