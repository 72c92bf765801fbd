// Keeps the core index in step with the workspace: finds and reads news texts, watches them, reads the curation file.
import * as vscode from 'vscode';
import { type DossierConfig, readConfig } from './config';
import { type ArticleAnalyzer, localAnalyzer, restoreAnalysis, type StoredAnalysis, withFallback } from './core/index/analysis';
import { AnalysisCache, hash } from './core/index/analysisCache';
import { decodeText } from './core/text/decode';
import { type Curation, emptyCuration, parseCuration } from './core/actors/curation';
import { createIndex, type DossierIndex } from './core/index/dossierIndex';
import { globToRegExp } from './core/base/glob';
import { loadSources, type LoadStats } from './core/index/indexLoader';
import { createRecognizer } from './core/ner';
import type { Recognizer } from './core/base/types';
import { createAnalysisPool, defaultPoolSize } from './node/analysisPool';
import { folderStorage } from './node/nodeSources';
import { fileErrorCode, filesOnDisk, workspaceReader, workspaceStorage } from './workspaceSources';

export const curationFile = '.dossier/actors.json';
/** Progress is shown as a notification from this many files on; below it, in the status bar. */
const notificationThreshold = 200;
const changeDelayMs = 150;
/** The progress notification changes at most this often (each change is work for the window). */
const progressIntervalMs = 500;
/** How often views refresh while the whole workspace is read. */
const loadingRefreshMs = 5000;
/** From this many texts to analyse on, worker threads do it. */
const poolThreshold = 100;
/** Cache changes are written this long after the last one. */
const cacheDelayMs = 2000;
/** Articles and events the searches take per turn while they are built in the background (about 15 ms). */
const sentenceSearchSlice = 50;
const eventSearchSlice = 1000;
/** How many warnings `warnings` keeps. */
const keptWarnings = 200;

export class WorkspaceIndex implements vscode.Disposable {
  readonly index: DossierIndex;
  config: DossierConfig;
  private recognizer: Recognizer | undefined;
  private model: Uint8Array | undefined;
  private cache: AnalysisCache | undefined;
  private cacheTimer: NodeJS.Timeout | undefined;
  /** How the last full read went: articles served from the cache, analysed, skipped, milliseconds. */
  stats: LoadStats & { workers: number } = { fromCache: 0, analyzed: 0, skipped: 0, ms: 0, workers: 0 };
  /** Worker threads of the current full read (0: analysed in the extension host). */
  private workers = 0;
  /** Warnings written to the output channel, newest last (for tests and diagnostics). */
  readonly warnings: string[] = [];
  private readonly disposables: vscode.Disposable[] = [];
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires, debounced, when what the index answers has changed. */
  readonly onDidChange = this.changed.event;
  private changeTimer: NodeJS.Timeout | undefined;
  private loading: Promise<void> | undefined;
  private cancelLoading: vscode.CancellationTokenSource | undefined;
  private readonly pending = new Map<string, vscode.Uri | 'deleted'>();
  private pendingTimer: NodeJS.Timeout | undefined;
  private searchTimer: NodeJS.Timeout | undefined;
  private watchers: vscode.Disposable[] = [];
  readonly skipped = new Map<string, string>();

  /** `storageUri`: the extension's workspace storage, where the index cache lives (none: no cache). */
  constructor(
    readonly extensionUri: vscode.Uri,
    readonly log: vscode.LogOutputChannel,
    readonly storageUri?: vscode.Uri,
  ) {
    this.config = readConfig((message) => this.warn(message));
    this.index = createIndex({
      recognizer: { recognize: (text) => this.localRecognizer().recognize(text) },
      logger: { info: (m) => log.trace(m), warn: (m) => this.logWarning(m) },
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

  /** Forgets everything and reads the workspace again; with `clearCache`, analyses every text again too. */
  rebuild(clearCache = false): Promise<void> {
    this.cancelLoading?.cancel();
    const previous = this.loading;
    // `loading` is the new read at once, so watcher changes wait for it and rebuilds run one after another.
    this.loading = (async () => {
      await previous?.catch(() => undefined);
      for (const article of this.index.articles()) this.index.remove(article.path);
      this.skipped.clear();
      if (clearCache) {
        clearTimeout(this.cacheTimer);
        await this.cache?.clear();
      }
      await this.load();
    })();
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
        `Dossier: ${this.stats.fromCache} articles from cache, ${this.stats.analyzed} analyzed in ${this.stats.ms} ms` +
          (this.stats.workers ? ` (${this.stats.workers} worker threads)` : '') +
          ` (${stats.articles} of ${files.length} news texts indexed: ${stats.actors} actors, ${stats.events} events` +
          (this.skipped.size ? `; skipped ${this.skipped.size}` : '') +
          (cancel.token.isCancellationRequested ? '; cancelled' : '') +
          ')',
      );
    } catch (error) {
      this.log.error(`Indexing failed: ${(error as Error).stack ?? error}`);
      this.warnings.push(`Indexing failed: ${(error as Error).message}`);
      void vscode.window.showErrorMessage(`Dossier could not index the workspace: ${(error as Error).message}`);
    } finally {
      if (this.cancelLoading === cancel) this.cancelLoading = undefined;
      cancel.dispose();
      clearTimeout(this.changeTimer);
      this.changeTimer = undefined;
      this.scheduleChange();
    }
  }

  /**
   * Brings the searches over sentences and events up to date a slice at a time, once the workspace is
   * read and after each change, so that a search finds them ready (at 20,000 articles, building them
   * takes seconds, which would stall the first search).
   */
  private prepareSearches(): void {
    clearTimeout(this.searchTimer);
    const step = () => {
      if (this.cancelLoading) return; // the workspace is read again; that read starts this again
      const done = this.index.prepareSentenceSearch(sentenceSearchSlice) && this.index.prepareEventSearch(eventSearchSlice);
      if (!done) this.searchTimer = setTimeout(step, 0);
    };
    this.searchTimer = setTimeout(step, 0);
  }

  private async loadRecognizer(): Promise<void> {
    if (this.model) return;
    // A copy starts at offset 0 of its own buffer, as the model's typed arrays need.
    this.model = new Uint8Array(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(this.extensionUri, 'media', 'ner', 'model.bin')));
    if (this.storageUri) {
      // The cache belongs to this model and this analysis code (the worker bundle holds all of it):
      // another model or another version of Dossier starts another cache.
      const code = await Promise.resolve(vscode.workspace.fs.readFile(vscode.Uri.joinPath(this.extensionUri, 'dist', 'indexWorker.js'))).catch(
        () => new TextEncoder().encode(String(vscode.extensions.getExtension('dossier.dossier')?.packageJSON.version)),
      );
      const dir = vscode.Uri.joinPath(this.storageUri, 'index');
      const storage = dir.scheme === 'file' ? folderStorage(dir.fsPath) : workspaceStorage(dir);
      const fingerprint = `${hash(this.model).toString(36)}-${hash(code).toString(36)}`;
      this.cache = new AnalysisCache(storage, fingerprint, { info: () => undefined, warn: (m) => this.logWarning(m) });
    }
  }

  /** The recognizer of this thread, made from the model on first use (a warm start never needs it). */
  private localRecognizer(): Recognizer {
    this.recognizer ??= createRecognizer(this.model!);
    return this.recognizer;
  }

  /** Worker threads when there are many texts to analyse, this thread otherwise or if workers cannot start. */
  private analyzerFor(count: number): ArticleAnalyzer {
    const local = localAnalyzer(() => this.localRecognizer());
    if (count < poolThreshold || this.extensionUri.scheme !== 'file') return local;
    try {
      const size = defaultPoolSize();
      const pool = createAnalysisPool(vscode.Uri.joinPath(this.extensionUri, 'dist', 'indexWorker.js').fsPath, this.model!, size);
      this.workers = size;
      return withFallback(pool, local);
    } catch (error) {
      this.log.warn(`Worker threads unavailable, indexing in the extension host: ${(error as Error).message}`);
      return local;
    }
  }

  private async findSources(): Promise<vscode.Uri[]> {
    const exclude = this.config.exclude.length ? `{${this.config.exclude.join(',')}}` : undefined;
    const found = await Promise.all(
      (vscode.workspace.workspaceFolders ?? []).map((folder) =>
        folder.uri.scheme === 'file'
          ? filesOnDisk(folder.uri, this.config.sources, this.config.exclude.length ? this.config.exclude : filesExclude(folder))
          : vscode.workspace.findFiles(new vscode.RelativePattern(folder, this.config.sources), exclude),
      ),
    );
    return found.flat().sort((a, b) => (a.toString() < b.toString() ? -1 : 1));
  }

  private async readSources(
    files: vscode.Uri[],
    progress: vscode.Progress<{ message?: string; increment?: number }> | undefined,
    token: vscode.CancellationToken,
  ): Promise<void> {
    let reported = 0;
    let reportedAt = 0;
    const limit = this.config.maxFileSizeMB;
    this.workers = 0;
    const stats = await loadSources(
      files.map((uri) => uri.toString()),
      {
        index: this.index,
        reader: workspaceReader,
        cache: this.cache,
        analyzerFor: (count) => this.analyzerFor(count),
        maxBytes: limit * 1024 * 1024,
        maxBytesLabel: `${limit} MB (dossier.maxFileSizeMB)`,
        isCancelled: () => token.isCancellationRequested,
        onProgress: (done, total) => {
          if (Date.now() - reportedAt < progressIntervalMs && done < total) return;
          progress?.report({ message: `${done} of ${total}`, increment: (100 * (done - reported)) / total });
          reported = done;
          reportedAt = Date.now();
        },
        onSkip: (key, reason) => this.skip(vscode.Uri.parse(key), reason),
      },
    );
    this.stats = { ...stats, workers: this.workers };
  }

  /** Reads one news text into the index (analysed in this thread), or logs why it was skipped. Never throws. */
  async readSource(uri: vscode.Uri): Promise<void> {
    const key = uri.toString();
    try {
      const stat = await workspaceReader.stat(key);
      if (stat.directory) return;
      const limit = this.config.maxFileSizeMB * 1024 * 1024;
      if (stat.size > limit) return this.skip(uri, `larger than ${this.config.maxFileSizeMB} MB (dossier.maxFileSizeMB)`);
      const decoded = decodeText(await workspaceReader.read(key));
      if ('skipped' in decoded) return this.skip(uri, decoded.skipped);
      this.skipped.delete(key);
      await this.loadRecognizer();
      const analysis = await localAnalyzer(() => this.localRecognizer()).analyze(key, decoded.text);
      this.index.updateAnalyzed(key, decoded.text, restoreAnalysis(JSON.parse(analysis) as StoredAnalysis));
      this.stats.analyzed++;
      this.cache?.set(key, stat.size, stat.mtime, decoded.text, analysis);
      this.scheduleCacheWrite();
    } catch (error) {
      const code = fileErrorCode(error);
      this.skip(uri, code ? `cannot be read (${code})` : `failed: ${(error as Error).message}`);
    }
  }

  /** Resolves once the index cache holds everything analysed so far. */
  async writeCache(): Promise<void> {
    clearTimeout(this.cacheTimer);
    await this.cache?.flush();
  }

  private scheduleCacheWrite(): void {
    clearTimeout(this.cacheTimer);
    this.cacheTimer = setTimeout(() => void this.cache?.flush(), cacheDelayMs);
  }

  private skip(uri: vscode.Uri, reason: string): void {
    this.index.remove(uri.toString());
    this.skipped.set(uri.toString(), reason);
    this.logWarning(`Skipped ${vscode.workspace.asRelativePath(uri)}: ${reason}`);
  }

  /** Reads the curation files of all folders into the index. */
  async loadCuration(): Promise<void> {
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
      for (const error of result.errors) this.logWarning(`${vscode.workspace.asRelativePath(uri)}: ${error}`);
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
      // A folder deleted, renamed or created whole reports only the folder, not the texts in it.
      const folders = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, '**'), false, true, false);
      const curationFolder = vscode.Uri.joinPath(folder.uri, curationFile, '..').toString();
      folders.onDidDelete((uri) => {
        if (uri.toString() === curationFolder) reloadCuration();
        const prefix = uri.toString() + '/';
        for (const key of [...this.index.articles().map((article) => article.path), ...this.skipped.keys()]) {
          if (key.startsWith(prefix)) queue(vscode.Uri.parse(key), true);
        }
      });
      folders.onDidCreate(async (uri) => {
        // A new folder's first files may come before the folder is watched: look inside.
        if (uri.toString() === curationFolder) reloadCuration();
        if (this.isSource(uri)) return;
        const stat = await Promise.resolve(vscode.workspace.fs.stat(uri)).catch(() => undefined);
        // Not through a symbolic link: its texts are indexed where they are (and a link loop never ends).
        if (!stat || !(stat.type & vscode.FileType.Directory) || stat.type & vscode.FileType.SymbolicLink) return;
        for (const file of await filesUnder(uri)) queue(file, false);
      });
      this.watchers.push(sources, curation, folders);
    }
  }

  private async flushPending(): Promise<void> {
    // After any read of the whole workspace, including one that started meanwhile.
    for (let loading = this.loading; ; loading = this.loading) {
      await loading?.catch(() => undefined);
      if (loading === this.loading) break;
    }
    const batch = [...this.pending];
    this.pending.clear();
    for (const [key, change] of batch) {
      if (change === 'deleted') {
        this.index.remove(key);
        this.skipped.delete(key);
        this.cache?.delete(key);
        this.scheduleCacheWrite();
      } else await this.readSource(change);
    }
  }

  private scheduleChange(): void {
    if (this.cancelLoading) {
      // While the workspace is read, views refresh now and then (each refresh merges the actors again).
      this.changeTimer ??= setTimeout(() => {
        this.changeTimer = undefined;
        this.changed.fire();
      }, loadingRefreshMs);
      return;
    }
    clearTimeout(this.changeTimer);
    this.changeTimer = setTimeout(() => {
      this.changeTimer = undefined;
      this.changed.fire();
      this.prepareSearches();
    }, changeDelayMs);
  }

  private warn(message: string): void {
    this.logWarning(message);
    void vscode.window.showWarningMessage(`Dossier: ${message}`);
  }

  private logWarning(message: string): void {
    this.log.warn(message);
    this.warnings.push(message);
    if (this.warnings.length > keptWarnings) this.warnings.splice(0, this.warnings.length - keptWarnings);
  }

  dispose(): void {
    this.cancelLoading?.cancel();
    if (this.cache?.dirty) void this.cache.flush();
    clearTimeout(this.cacheTimer);
    clearTimeout(this.changeTimer);
    clearTimeout(this.pendingTimer);
    clearTimeout(this.searchTimer);
    for (const disposable of [...this.watchers, ...this.disposables]) disposable.dispose();
  }
}

/** Files under a folder, not following symbolic links (so a link loop ends the walk). */
async function filesUnder(dir: vscode.Uri, depth = 0): Promise<vscode.Uri[]> {
  if (depth > 32) return [];
  const entries = await Promise.resolve(vscode.workspace.fs.readDirectory(dir)).catch(() => [] as [string, vscode.FileType][]);
  const files: vscode.Uri[] = [];
  for (const [name, type] of entries) {
    const uri = vscode.Uri.joinPath(dir, name);
    if (type & vscode.FileType.SymbolicLink) continue;
    if (type & vscode.FileType.Directory) files.push(...(await filesUnder(uri, depth + 1)));
    else if (type & vscode.FileType.File) files.push(uri);
  }
  return files;
}

/** The patterns of the `files.exclude` setting that are on (what findFiles leaves out when given no exclude). */
function filesExclude(folder: vscode.WorkspaceFolder): string[] {
  const setting = vscode.workspace.getConfiguration('files', folder).get<Record<string, unknown>>('exclude') ?? {};
  return Object.keys(setting).filter((pattern) => setting[pattern] === true);
}
