// Keeps the core index in step with the workspace: finds and reads news texts, watches them, reads the curation file.
import * as vscode from 'vscode';
import { type DossierConfig, readConfig } from './config';
import { decodeText } from './core/decode';
import { type Curation, emptyCuration, parseCuration } from './core/curation';
import { createIndex, type DossierIndex } from './core/dossierIndex';
import { globToRegExp } from './core/glob';
import { createRecognizer } from './core/ner';
import type { Recognizer } from './core/types';

export const curationFile = '.dossier/actors.json';
/** Progress is shown as a notification from this many files on; below it, in the status bar. */
const notificationThreshold = 200;
const changeDelayMs = 150;

export class WorkspaceIndex implements vscode.Disposable {
  readonly index: DossierIndex;
  config: DossierConfig;
  private recognizer: Recognizer | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires, debounced, when what the index answers has changed. */
  readonly onDidChange = this.changed.event;
  private changeTimer: NodeJS.Timeout | undefined;
  private loading: Promise<void> | undefined;
  private cancelLoading: vscode.CancellationTokenSource | undefined;
  private readonly pending = new Map<string, vscode.Uri | 'deleted'>();
  private pendingTimer: NodeJS.Timeout | undefined;
  private watchers: vscode.Disposable[] = [];
  readonly skipped = new Map<string, string>();

  constructor(
    private readonly extensionUri: vscode.Uri,
    readonly log: vscode.LogOutputChannel,
  ) {
    this.config = readConfig((message) => this.warn(message));
    this.index = createIndex({
      recognizer: { recognize: (text) => this.recognizer!.recognize(text) },
      logger: { info: (m) => log.trace(m), warn: (m) => log.warn(m) },
    });
    this.disposables.push(
      this.changed,
      this.index.onDidChange(() => this.scheduleChange()),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('dossier')) this.reload();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.reload()),
    );
  }

  /** Resolves once the workspace has been read (again, after a rebuild). */
  whenReady(): Promise<void> {
    this.loading ??= this.load();
    return this.loading;
  }

  /** Forgets everything and reads the workspace again. */
  async rebuild(): Promise<void> {
    this.cancelLoading?.cancel();
    await this.loading?.catch(() => undefined);
    for (const article of this.index.articles()) this.index.remove(article.path);
    this.skipped.clear();
    this.loading = this.load();
    return this.loading;
  }

  isSource(uri: vscode.Uri): boolean {
    return this.matches(uri, this.config.sources);
  }

  isNote(document: vscode.TextDocument): boolean {
    if (document.languageId !== 'markdown' || this.isSource(document.uri)) return false;
    return document.uri.scheme === 'untitled' || this.matches(document.uri, this.config.notes);
  }

  private matches(uri: vscode.Uri, glob: string): boolean {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return false;
    const path = uri.path.slice(folder.uri.path.replace(/\/$/, '').length + 1);
    return globToRegExp(glob).test(path) && !this.config.exclude.some((pattern) => globToRegExp(pattern).test(path));
  }

  private reload(): void {
    this.config = readConfig((message) => this.warn(message));
    this.watch();
    void this.rebuild();
  }

  private async load(): Promise<void> {
    const cancel = new vscode.CancellationTokenSource();
    this.cancelLoading = cancel;
    try {
      await this.loadRecognizer();
      await this.loadCuration();
      if (this.watchers.length === 0) this.watch();
      const files = await this.findSources();
      await vscode.commands.executeCommand('setContext', 'dossier.hasSources', files.length > 0);
      const started = Date.now();
      const read = (progress?: vscode.Progress<{ message?: string; increment?: number }>, token?: vscode.CancellationToken) =>
        this.readSources(files, progress, token ?? cancel.token);
      if (files.length >= notificationThreshold) {
        await vscode.window.withProgress(
          { location: vscode.ProgressLocation.Notification, title: 'Dossier: indexing news texts', cancellable: true },
          (progress, token) => {
            token.onCancellationRequested(() => cancel.cancel());
            return read(progress, cancel.token);
          },
        );
      } else {
        await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Dossier: indexing' }, () => read());
      }
      const stats = this.index.stats();
      this.log.info(
        `Indexed ${stats.articles} of ${files.length} news texts in ${Date.now() - started} ms: ${stats.actors} actors, ${stats.events} events` +
          (this.skipped.size ? `; skipped ${this.skipped.size}` : '') +
          (cancel.token.isCancellationRequested ? ' (cancelled)' : ''),
      );
    } catch (error) {
      this.log.error(`Indexing failed: ${(error as Error).stack ?? error}`);
      void vscode.window.showErrorMessage(`Dossier could not index the workspace: ${(error as Error).message}`);
    } finally {
      if (this.cancelLoading === cancel) this.cancelLoading = undefined;
      cancel.dispose();
    }
  }

  private async loadRecognizer(): Promise<void> {
    if (this.recognizer) return;
    const model = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(this.extensionUri, 'media', 'ner', 'model.bin'));
    // A copy starts at offset 0 of its own buffer, as the model's typed arrays need.
    this.recognizer = createRecognizer(new Uint8Array(model));
  }

  private async findSources(): Promise<vscode.Uri[]> {
    const exclude = this.config.exclude.length ? `{${this.config.exclude.join(',')}}` : undefined;
    const found = await Promise.all(
      (vscode.workspace.workspaceFolders ?? []).map((folder) =>
        vscode.workspace.findFiles(new vscode.RelativePattern(folder, this.config.sources), exclude),
      ),
    );
    return found.flat().sort((a, b) => (a.toString() < b.toString() ? -1 : 1));
  }

  private async readSources(
    files: vscode.Uri[],
    progress: vscode.Progress<{ message?: string; increment?: number }> | undefined,
    token: vscode.CancellationToken,
  ): Promise<void> {
    let lastYield = Date.now();
    for (let i = 0; i < files.length; i++) {
      if (token.isCancellationRequested) return;
      await this.readSource(files[i]);
      if (Date.now() - lastYield > 30) {
        // Let the editor breathe: features answer from what is indexed so far.
        await new Promise((resolve) => setImmediate(resolve));
        lastYield = Date.now();
        progress?.report({ message: `${i + 1} of ${files.length}`, increment: (100 * 30) / Math.max(files.length, 1) });
      }
    }
  }

  /** Reads one news text into the index, or logs why it was skipped. Never throws. */
  async readSource(uri: vscode.Uri): Promise<void> {
    const key = uri.toString();
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.type & vscode.FileType.Directory) return;
      const limit = this.config.maxFileSizeMB * 1024 * 1024;
      if (stat.size > limit) return this.skip(uri, `larger than ${this.config.maxFileSizeMB} MB (dossier.maxFileSizeMB)`);
      const decoded = decodeText(await vscode.workspace.fs.readFile(uri));
      if ('skipped' in decoded) return this.skip(uri, decoded.skipped);
      this.skipped.delete(key);
      this.index.update(key, decoded.text);
    } catch (error) {
      const reason = error instanceof vscode.FileSystemError ? `cannot be read (${error.code})` : `failed: ${(error as Error).message}`;
      this.skip(uri, reason);
    }
  }

  private skip(uri: vscode.Uri, reason: string): void {
    this.index.remove(uri.toString());
    this.skipped.set(uri.toString(), reason);
    this.log.warn(`Skipped ${vscode.workspace.asRelativePath(uri)}: ${reason}`);
  }

  private async loadCuration(): Promise<void> {
    let curation: Curation = emptyCuration;
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const uri = vscode.Uri.joinPath(folder.uri, curationFile);
      let text: string;
      try {
        text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      } catch {
        continue; // no curation file in this folder
      }
      const result = parseCuration(text);
      for (const error of result.errors) this.log.warn(`${vscode.workspace.asRelativePath(uri)}: ${error}`);
      if (result.errors.length > 0) {
        void vscode.window
          .showWarningMessage(`Dossier: ${result.errors.length} problem(s) in ${curationFile}: ${result.errors[0]}`, 'Open File', 'Show Log')
          .then((choice) => {
            if (choice === 'Open File') void vscode.window.showTextDocument(uri);
            if (choice === 'Show Log') this.log.show();
          });
      }
      curation = {
        actors: [...curation.actors, ...result.curation.actors],
        merges: [...curation.merges, ...result.curation.merges],
        rejects: [...curation.rejects, ...result.curation.rejects],
      };
    }
    this.index.setCuration(curation);
  }

  /** File watchers per workspace folder: sources and the curation file. */
  private watch(): void {
    for (const watcher of this.watchers) watcher.dispose();
    this.watchers = [];
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const sources = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, this.config.sources));
      const queue = (uri: vscode.Uri, deleted: boolean) => {
        if (!this.isSource(uri)) return;
        this.pending.set(uri.toString(), deleted ? 'deleted' : uri);
        clearTimeout(this.pendingTimer);
        this.pendingTimer = setTimeout(() => void this.flushPending(), changeDelayMs);
      };
      sources.onDidCreate((uri) => queue(uri, false));
      sources.onDidChange((uri) => queue(uri, false));
      sources.onDidDelete((uri) => queue(uri, true));
      const curation = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, curationFile));
      const reloadCuration = () => void this.loadCuration();
      curation.onDidCreate(reloadCuration);
      curation.onDidChange(reloadCuration);
      curation.onDidDelete(reloadCuration);
      this.watchers.push(sources, curation);
    }
  }

  private async flushPending(): Promise<void> {
    await this.loading;
    const batch = [...this.pending];
    this.pending.clear();
    for (const [key, change] of batch) {
      if (change === 'deleted') {
        this.index.remove(key);
        this.skipped.delete(key);
      } else await this.readSource(change);
    }
  }

  private scheduleChange(): void {
    clearTimeout(this.changeTimer);
    this.changeTimer = setTimeout(() => this.changed.fire(), changeDelayMs);
  }

  private warn(message: string): void {
    this.log.warn(message);
    void vscode.window.showWarningMessage(`Dossier: ${message}`);
  }

  dispose(): void {
    this.cancelLoading?.cancel();
    clearTimeout(this.changeTimer);
    clearTimeout(this.pendingTimer);
    for (const disposable of [...this.watchers, ...this.disposables]) disposable.dispose();
  }
}
