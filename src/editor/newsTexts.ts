// News texts open in Dossier's own language, "dossier-news", whose default (package.json) wraps lines:
// a paragraph is often one long line, and a sentence opened from a view must show without scrolling sideways.
// Only plain-text sources get it (markdown wraps already); no setting of the user's is changed.
import * as vscode from 'vscode';

export const newsLanguage = 'dossier-news';

/** The document in the news language, when it is a source in plain text. */
export async function asNewsText(document: vscode.TextDocument, isSource: (uri: vscode.Uri) => boolean): Promise<vscode.TextDocument> {
  if (document.languageId !== 'plaintext' || !isSource(document.uri)) return document;
  return vscode.languages.setTextDocumentLanguage(document, newsLanguage);
}
