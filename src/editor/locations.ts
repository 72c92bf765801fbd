// Converts the core's offsets in news texts into VS Code locations; links between files.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { type DossierIndex, excerptAround, type Span } from '../core';
import { asNewsText } from './newsTexts';

export function rangeIn(index: DossierIndex, path: string, span: Span): vscode.Range {
  const start = index.positionAt(path, span.start);
  const end = index.positionAt(path, span.end);
  return new vscode.Range(start.line, start.character, end.line, end.character);
}

export function locationOf(index: DossierIndex, mention: { path: string } & Span): vscode.Location {
  return new vscode.Location(vscode.Uri.parse(mention.path), rangeIn(index, mention.path, mention));
}

/** Opens a news text with a span selected and in view. */
export async function openAt(index: DossierIndex, path: string, span: Span, options: { preview?: boolean } = {}): Promise<vscode.TextEditor> {
  const range = rangeIn(index, path, span);
  const document = await asNewsText(await vscode.workspace.openTextDocument(vscode.Uri.parse(path)), () => index.has(path));
  const editor = await vscode.window.showTextDocument(document, { selection: range, preview: options.preview ?? true });
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

/** "TikTok ramps up defense…, line 12": where a mention is, as a reader would cite it (the title cut to `maxTitle` characters, at a word). */
export function citation(index: DossierIndex, path: string, offset: number, maxTitle = Infinity): string {
  const article = index.article(path);
  const title = article?.title || vscode.workspace.asRelativePath(vscode.Uri.parse(path));
  const shown = title.length > maxTitle ? excerptAround(title, { start: 0, end: 0 }, maxTitle).text : title;
  return `${shown}, line ${index.positionAt(path, offset).line + 1}`;
}

/** A link from a note to a file: relative when both are in the same file system, the full URI otherwise. */
export function linkTo(note: vscode.Uri, target: vscode.Uri): string {
  if (note.scheme !== target.scheme || note.authority !== target.authority) return target.toString();
  return path.posix.relative(path.posix.dirname(note.path), target.path);
}
