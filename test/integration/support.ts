// Shared by the integration suites: the activated extension and positions in the sample newsroom.
import * as vscode from 'vscode';
import type { DossierApi } from '../../src/extension';

export async function dossier(): Promise<DossierApi> {
  const api = (await vscode.extensions.getExtension('dossier.dossier')!.activate()) as DossierApi;
  await api.context.dossier.whenReady();
  return api;
}

export function workspaceUri(...segments: string[]): vscode.Uri {
  return vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, ...segments);
}

/** The position of the n-th occurrence (from 0) of a text in a document, plus `offset` characters. */
export async function positionOf(uri: vscode.Uri, text: string, occurrence = 0, offset = 1): Promise<{ document: vscode.TextDocument; position: vscode.Position }> {
  const document = await vscode.workspace.openTextDocument(uri);
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = document.getText().indexOf(text, at + 1);
    if (at < 0) throw new Error(`"${text}" occurs fewer than ${occurrence + 1} times in ${uri.path}`);
  }
  return { document, position: document.positionAt(at + offset) };
}

export function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n');
}

/** Polls until `check` returns a value, or fails after `ms`. */
export async function eventually<T>(check: () => Promise<T | undefined> | T | undefined, ms = 5000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
