// The service over the VS Code workspace, as the extension runs it: the model and the worker bundle
// from the extension's folder, the index cache in its workspace storage, progress shown in the window.
import * as vscode from 'vscode';
import { createDossier, type Display, type Dossier, type FileSettings } from '../core';
import { createAnalysisPool, defaultPoolSize } from '../node/analysisPool';
import { folderStorage } from '../node/folderWorkspace';
import { vscodeCommands } from './commands';
import type { Log } from './log';
import { vscodeWorkspace, workspaceStorage } from './workspace';

/** Progress is shown as a notification from this many files on; below it, only by Dossier's status item. */
const notificationThreshold = 200;
/** The progress notification changes at most this often (each change is work for the window). */
const progressIntervalMs = 500;

/** `storageUri`: the extension's workspace storage, where the index cache lives (none: no cache). */
export function openDossier(extension: { extensionUri: vscode.Uri; storageUri?: vscode.Uri }, settings: FileSettings, log: Log): Dossier {
  const workerFile = vscode.Uri.joinPath(extension.extensionUri, 'dist', 'indexWorker.js');
  const cacheDir = extension.storageUri && vscode.Uri.joinPath(extension.storageUri, 'index');
  const size = defaultPoolSize();
  return createDossier({
    workspace: vscodeWorkspace(),
    settings,
    // A copy starts at offset 0 of its own buffer, as the model's typed arrays need.
    model: async () => new Uint8Array(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extension.extensionUri, 'media', 'ner', 'model.bin'))),
    cache: cacheDir && {
      storage: cacheDir.scheme === 'file' ? folderStorage(cacheDir.fsPath) : workspaceStorage(cacheDir),
      // The worker bundle holds all of the analysis code; without it, the version stands for it.
      code: () =>
        Promise.resolve(vscode.workspace.fs.readFile(workerFile)).catch(() => new TextEncoder().encode(String(vscode.extensions.getExtension('dossier.dossier')?.packageJSON.version))),
    },
    workers: extension.extensionUri.scheme === 'file' ? { size, start: (model) => createAnalysisPool(workerFile.fsPath, model, size) } : undefined,
    logger: log,
    display: windowDisplay(log),
  });
}

function windowDisplay(log: Log): Display {
  return {
    async progress(total, cancel, read) {
      if (total < notificationThreshold) {
        await read(() => undefined);
        return;
      }
      const options = { location: vscode.ProgressLocation.Notification, title: 'Dossier: indexing news texts', cancellable: true };
      await vscode.window.withProgress(options, (progress, token) => {
        token.onCancellationRequested(cancel);
        let reported = 0;
        let reportedAt = 0;
        return read((done, total) => {
          if (Date.now() - reportedAt < progressIntervalMs && done < total) return;
          progress.report({ message: `${done} of ${total}`, increment: (100 * (done - reported)) / total });
          reported = done;
          reportedAt = Date.now();
        });
      });
    },
    sourcesFound: (count) => void vscode.commands.executeCommand(vscodeCommands.setContext, 'dossier.hasSources', count > 0),
    curationProblems(key, errors) {
      void vscode.window.showWarningMessage(`Dossier: ${errors.length} problem(s) in ${vscode.workspace.asRelativePath(vscode.Uri.parse(key))}: ${errors[0]}`, 'Open File', 'Show Log').then((choice) => {
        if (choice === 'Open File') void vscode.window.showTextDocument(vscode.Uri.parse(key));
        if (choice === 'Show Log') log.channel.show();
      });
    },
    failed(error) {
      log.channel.error(`Indexing failed: ${error.stack ?? error}`);
      void vscode.window.showErrorMessage(`Dossier could not index the workspace: ${error.message}`);
    },
  };
}
