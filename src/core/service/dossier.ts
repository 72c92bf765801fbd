// The Dossier service: keeps the index in step with a workspace. It reads the news texts (from the
// cache when unchanged, in worker threads when many), follows changes to them and to the curation
// files, debounced, and builds the searches in the background. The extension, the command line and
// the benchmarks use it alike, each over its own workspace.
import { type Curation, emptyCuration, parseCuration } from '../actors';
import { type Disposable, Emitter, hash, type Logger, pathFilter, type Recognizer, silentLogger } from '../base';
import { AnalysisCache, type ArticleAnalyzer, type CacheStorage, createIndex, type DossierIndex, localAnalyzer, restoreAnalysis, withFallback } from '../indexing';
import { createRecognizer } from '../ner';
import { type LoadOptions, loadSources, type LoadStats } from './loader';
import { dateResolver, type DatesFile, folderPrefix, parseDatesFile } from './articleDates';
import { type FileSettings, sameFiles } from './settings';
import type { Workspace, WorkspaceChange } from './workspace';

export interface DossierOptions {
  workspace: Workspace;
  settings: FileSettings;
  /** The recognizer model's bytes, read before the workspace is first read. */
  model(): Promise<Uint8Array>;
  /** This thread's recognizer, made from the model on first use (a warm start never needs it); by default the shipped one. */
  recognizer?(model: Uint8Array): Recognizer;
  /** Where analyses are kept between sessions, and the bytes of the code that makes them: with the model, they name the cache. */
  cache?: { storage: CacheStorage; code(): Promise<Uint8Array> };
  /** Worker threads, for reads of many texts. */
  workers?: { size: number; start(model: Uint8Array): ArticleAnalyzer };
  logger?: Logger;
  display?: Display;
  /** Milliseconds to wait (tests shorten them). */
  delays?: Partial<typeof defaultDelays>;
}

/** What the service shows the person using it, beyond the log. */
export interface Display {
  /** Runs a read of the whole workspace (`total` files) while showing its progress; `cancel` stops the read. */
  progress?(total: number, cancel: () => void, read: (report: (done: number, total: number) => void) => Promise<void>): Promise<void>;
  /** The workspace was searched for news texts. */
  sourcesFound?(count: number): void;
  /** A curation file (or a dates file) has problems (each is logged too). */
  curationProblems?(key: string, errors: string[]): void;
  /** Reading the workspace failed. */
  failed?(error: Error): void;
}

const defaultDelays = {
  /** Changed files are read, and listeners told of changes, this long after the last change. */
  change: 150,
  /** Cache changes are written this long after the last one. */
  cacheWrite: 2000,
  /** How often listeners are told of changes while the whole workspace is read (each refresh merges the actors again). */
  loadingRefresh: 5000,
};
/** From this many texts to analyse on, worker threads do it. */
const poolThreshold = 100;
/** Articles and events the searches take per turn while they are built in the background (about 15 ms). */
const sentenceSearchSlice = 50;
const eventSearchSlice = 1000;

export function createDossier(options: DossierOptions): Dossier {
  return new Dossier(options);
}

export class Dossier implements Disposable {
  readonly index: DossierIndex;
  /** How the last full read went: articles served from the cache, analysed (since, too), skipped, milliseconds, worker threads. */
  stats: LoadStats & { workers: number } = { fromCache: 0, analyzed: 0, skipped: 0, ms: 0, workers: 0 };
  /** Files not indexed, and why. */
  readonly skipped = new Map<string, string>();
  private readonly changed = new Emitter<void>();
  /** Fires, debounced, when what the index answers has changed. */
  readonly onDidChange = this.changed.event;
  private readonly workspace: Workspace;
  private readonly logger: Logger;
  private readonly delays: typeof defaultDelays;
  private fileSettings: FileSettings;
  /** The dates files as last read. */
  private datesFiles: DatesFile[] = [];
  private sources: ReturnType<typeof pathFilter>;
  private modelRead: Promise<void> | undefined;
  private model: Uint8Array | undefined;
  private recognizer: Recognizer | undefined;
  private cache: AnalysisCache | undefined;
  /** Worker threads of the current full read (0: analysed in this thread). */
  private workers = 0;
  private loading: Promise<void> | undefined;
  /** The full read under way, if any. */
  private cancelLoading: { cancelled: boolean } | undefined;
  /** Changed files to read (false) or forget (true). */
  private readonly pending = new Map<string, boolean>();
  private readonly timers: Partial<Record<'change' | 'pending' | 'curation' | 'cache' | 'search', ReturnType<typeof setTimeout>>> = {};
  private readonly indexListener: Disposable;
  private watcher: Disposable | undefined;

  constructor(private readonly options: DossierOptions) {
    this.workspace = options.workspace;
    this.logger = options.logger ?? silentLogger;
    this.delays = { ...defaultDelays, ...options.delays };
    this.fileSettings = options.settings;
    this.sources = pathFilter(this.fileSettings.sources, this.fileSettings.exclude);
    this.index = createIndex({
      recognizer: { recognize: (text) => this.localRecognizer().recognize(text) },
      logger: { info: (message) => this.logger.debug?.(message), warn: (message) => this.logger.warn(message) },
    });
    this.indexListener = this.index.onDidChange(() => this.scheduleChange());
  }

  /** New settings: the workspace is read again when they choose other files. */
  updateSettings(settings: FileSettings): void {
    const before = this.fileSettings;
    this.fileSettings = settings;
    if (JSON.stringify([...(settings.articleDates ?? [])]) !== JSON.stringify([...(before.articleDates ?? [])])) this.applyDates();
    if (sameFiles(settings, before)) return;
    this.sources = pathFilter(settings.sources, settings.exclude);
    void this.rebuild();
  }

  isSource(key: string): boolean {
    const path = this.workspace.relativePath(key);
    return path !== undefined && this.sources.included(path);
  }

  /** Resolves once the workspace has been read (again, after a rebuild). */
  whenReady(): Promise<void> {
    this.loading ??= this.load();
    return this.loading;
  }

  /** Forgets everything and reads the workspace again; with `clearCache`, analyses every text again too. */
  rebuild(clearCache = false): Promise<void> {
    if (this.cancelLoading) this.cancelLoading.cancelled = true;
    const previous = this.loading;
    // `loading` is the new read at once, so changes wait for it and rebuilds run one after another.
    this.loading = (async () => {
      await previous?.catch(() => undefined);
      for (const article of this.index.articles()) this.index.remove(article.path);
      this.skipped.clear();
      if (clearCache) {
        clearTimeout(this.timers.cache);
        await (await this.loadModel())?.clear();
      }
      await this.load();
    })();
    return this.loading;
  }

  /** Reads the files of .dossier (the corrections and the dates of articles) into the index. */
  async loadCuration(): Promise<void> {
    // Both read at once, then applied together: a read never lands between the two.
    const [curationFiles, datesFiles] = await Promise.all([this.workspace.readCuration(), this.workspace.readDates?.() ?? []]);
    this.setDates(datesFiles);
    let curation: Curation = emptyCuration;
    for (const { key, text } of curationFiles) {
      const result = parseCuration(text);
      for (const error of result.errors) this.logger.warn(`${this.workspace.label(key)}: ${error}`);
      if (result.errors.length > 0) this.options.display?.curationProblems?.(key, result.errors);
      curation = {
        actors: [...curation.actors, ...result.curation.actors],
        merges: [...curation.merges, ...result.curation.merges],
        rejects: [...curation.rejects, ...result.curation.rejects],
        accepts: [...curation.accepts, ...result.curation.accepts],
      };
    }
    this.index.setCuration(curation);
  }

  private setDates(texts: readonly { key: string; text: string }[]): void {
    const files: DatesFile[] = [];
    for (const { key, text } of texts) {
      const result = parseDatesFile(text);
      for (const error of result.errors) this.logger.warn(`${this.workspace.label(key)}: ${error}`);
      if (result.errors.length > 0) this.options.display?.curationProblems?.(key, result.errors);
      files.push({ prefix: folderPrefix(key), dates: result.dates });
    }
    this.datesFiles = files;
    this.applyDates();
  }

  private applyDates(): void {
    const folders = this.fileSettings.articleDates ?? new Map<string, string>();
    this.index.setArticleDates(dateResolver(this.datesFiles, folders, (key) => this.workspace.relativePath(key)));
  }

  /** Resolves once the index cache holds everything analysed so far. */
  async writeCache(): Promise<void> {
    clearTimeout(this.timers.cache);
    await this.cache?.flush();
  }

  private async load(): Promise<void> {
    const cancel = { cancelled: false };
    this.cancelLoading = cancel;
    try {
      await this.loadModel();
      await this.loadCuration();
      this.watcher ??= this.workspace.watch?.((change) => this.follow(change));
      const files = await this.workspace.findSources(this.fileSettings);
      this.options.display?.sourcesFound?.(files.length);
      const read = (report?: (done: number, total: number) => void) => this.readAll(files, cancel, report);
      const progress = this.options.display?.progress;
      await (progress ? progress(files.length, () => (cancel.cancelled = true), read) : read());
      const stats = this.index.stats();
      this.logger.info(
        `Dossier: ${this.stats.fromCache} articles from cache, ${this.stats.analyzed} analyzed in ${this.stats.ms} ms` +
          (this.stats.workers ? ` (${this.stats.workers} worker threads)` : '') +
          ` (${stats.articles} of ${files.length} news texts indexed: ${stats.actors} actors, ${stats.events} events` +
          (this.skipped.size ? `; skipped ${this.skipped.size}` : '') +
          (cancel.cancelled ? '; cancelled' : '') +
          ')',
      );
    } catch (error) {
      this.logger.warn(`Indexing failed: ${(error as Error).message}`);
      this.options.display?.failed?.(error as Error);
    } finally {
      if (this.cancelLoading === cancel) this.cancelLoading = undefined;
      clearTimeout(this.timers.change);
      this.timers.change = undefined;
      this.scheduleChange();
    }
  }

  /** Reads every file into the index: unchanged ones from the cache, which then forgets files gone. */
  private async readAll(files: string[], cancel: { cancelled: boolean }, report?: (done: number, total: number) => void): Promise<void> {
    const started = Date.now();
    this.workers = 0;
    const cached = this.cache && (await this.cache.readAll(restoreAnalysis));
    const stats = await this.read(files, { cached, isCancelled: () => cancel.cancelled, onProgress: report });
    if (this.cache && cached) {
      const present = new Set(files);
      for (const key of cached.keys()) if (!present.has(key)) this.cache.delete(key);
      // Written in the background: the index is ready now. (`writeCache()` resolves once all is written.)
      if (this.cache.dirty) void this.cache.flush();
    }
    this.stats = { ...stats, ms: Date.now() - started, workers: this.workers };
  }

  private read(keys: readonly string[], options: Pick<LoadOptions, 'cached' | 'isCancelled' | 'onProgress'> = {}): Promise<LoadStats> {
    const limit = this.fileSettings.maxFileSizeMB;
    return loadSources(keys, {
      ...options,
      index: this.index,
      reader: this.workspace,
      cache: this.cache,
      analyzerFor: (count) => this.analyzerFor(count),
      maxBytes: limit * 1024 * 1024,
      maxBytesLabel: `${limit} MB (dossier.maxFileSizeMB)`,
      onSkip: (key, reason) => this.skip(key, reason),
    });
  }

  /** Reads the model (once), and opens the cache that belongs to it; resolves to the cache, if any. */
  private async loadModel(): Promise<AnalysisCache | undefined> {
    this.modelRead ??= (async () => {
      const model = await this.options.model();
      const cache = this.options.cache;
      if (cache) {
        // The cache belongs to this model and this analysis code: another of either starts another cache.
        const fingerprint = `${hash(model).toString(36)}-${hash(await cache.code()).toString(36)}`;
        this.cache = new AnalysisCache(cache.storage, fingerprint, { info: () => undefined, warn: (message) => this.logger.warn(message) });
      }
      this.model = model;
    })();
    await this.modelRead;
    return this.cache;
  }

  /** The recognizer of this thread, made on first use (once the model is read). */
  private localRecognizer(): Recognizer {
    if (!this.model) throw new Error('the recognizer model is not read yet');
    this.recognizer ??= (this.options.recognizer ?? createRecognizer)(this.model);
    return this.recognizer;
  }

  /** Worker threads when there are many texts to analyse, this thread otherwise or if workers cannot start. */
  private analyzerFor(count: number): ArticleAnalyzer {
    const local = localAnalyzer(() => this.localRecognizer());
    const workers = this.options.workers;
    if (count < poolThreshold || !workers) return local;
    try {
      const pool = workers.start(this.model!);
      this.workers = workers.size;
      return withFallback(pool, local);
    } catch (error) {
      this.logger.warn(`Worker threads unavailable, indexing in this thread: ${(error as Error).message}`);
      return local;
    }
  }

  /** Follows a change in the workspace: changed texts are read (or forgotten) together, a moment after the last. */
  private follow(change: WorkspaceChange): void {
    if (change.type === 'curation') {
      // Read a moment after the last change, not while the file is still being written (half a file is no curation).
      clearTimeout(this.timers.curation);
      this.timers.curation = setTimeout(() => void this.loadCuration(), this.delays.change);
      return;
    }
    if (change.type === 'folders') return void this.rebuild();
    const { type, key } = change;
    if (this.isSource(key)) return this.queue(key, type === 'deleted');
    if (type === 'deleted') {
      // A folder deleted (or renamed) whole is reported alone, not the texts in it.
      const prefix = key + '/';
      for (const path of [...this.index.articles().map((article) => article.path), ...this.skipped.keys()]) {
        if (path.startsWith(prefix)) this.queue(path, true);
      }
    } else if (type === 'created') {
      // So is a folder created whole; its first files may even come before it is watched: look inside.
      void this.workspace.filesUnder(key).then((files) => files.forEach((file) => this.isSource(file) && this.queue(file, false)));
    }
  }

  private queue(key: string, deleted: boolean): void {
    this.pending.set(key, deleted);
    clearTimeout(this.timers.pending);
    this.timers.pending = setTimeout(() => void this.readPending(), this.delays.change);
  }

  private async readPending(): Promise<void> {
    // After any read of the whole workspace, including one that started meanwhile.
    for (let loading = this.loading; ; loading = this.loading) {
      await loading?.catch(() => undefined);
      if (loading === this.loading) break;
    }
    const batch = [...this.pending];
    this.pending.clear();
    for (const [key, deleted] of batch) {
      this.skipped.delete(key);
      if (deleted) {
        this.index.remove(key);
        this.cache?.delete(key);
      }
    }
    const changed = batch.filter(([, deleted]) => !deleted).map(([key]) => key);
    if (changed.length > 0) {
      await this.loadModel();
      this.stats.analyzed += (await this.read(changed)).analyzed;
    }
    if (!this.cache) return;
    clearTimeout(this.timers.cache);
    this.timers.cache = setTimeout(() => void this.cache?.flush(), this.delays.cacheWrite);
  }

  private skip(key: string, reason: string): void {
    this.index.remove(key);
    this.skipped.set(key, reason);
    this.logger.warn(`Skipped ${this.workspace.label(key)}: ${reason}`);
  }

  private scheduleChange(): void {
    if (this.cancelLoading) {
      // While the workspace is read, listeners hear of it now and then.
      this.timers.change ??= setTimeout(() => {
        this.timers.change = undefined;
        this.changed.fire();
      }, this.delays.loadingRefresh);
      return;
    }
    clearTimeout(this.timers.change);
    this.timers.change = setTimeout(() => {
      this.timers.change = undefined;
      this.changed.fire();
      this.prepareSearches();
    }, this.delays.change);
  }

  /**
   * Brings the searches over sentences and events up to date a slice at a time, once the workspace is
   * read and after each change, so that a search finds them ready (at 20,000 articles, building them
   * takes seconds, which would stall the first search).
   */
  private prepareSearches(): void {
    clearTimeout(this.timers.search);
    const step = () => {
      if (this.cancelLoading) return; // the workspace is read again; that read starts this again
      const done = this.index.prepareSentenceSearch(sentenceSearchSlice) && this.index.prepareEventSearch(eventSearchSlice);
      if (!done) this.timers.search = setTimeout(step, 0);
    };
    this.timers.search = setTimeout(step, 0);
  }

  dispose(): void {
    if (this.cancelLoading) this.cancelLoading.cancelled = true;
    if (this.cache?.dirty) void this.cache.flush();
    for (const timer of Object.values(this.timers)) clearTimeout(timer);
    this.indexListener.dispose();
    this.watcher?.dispose();
  }
}
