import * as vscode from 'vscode';

export function activate(context: vscode.ExtensionContext): void {
  const output = vscode.window.createOutputChannel('Dossier', { log: true });
  context.subscriptions.push(output);
  output.info('Dossier activated');
}

export function deactivate(): void {}
