// Reads news texts into the index: from the cache when a file is unchanged, otherwise analysed (in
// worker threads for large batches). The service reads the whole workspace, and each change, with it.
import { mapLimited } from '../base';
import { AnalysisCache, type ArticleAnalysis, type ArticleAnalyzer, type CachedAnalysis, type DossierIndex, restoreAnalysis, storeAnalysis, type StoredAnalysis } from '../indexing';
import { decodeText } from '../text';

/** How the loader reaches the files: by key (a URI or a path). */
export interface SourceReader {
  stat(key: string): Promise<{ size: number; mtime: number; directory: boolean }>;
  read(key: string): Promise<Uint8Array>;
  /** Why a stat or read failed, in a few words. */
  describe(error: unknown): string;
}

export interface LoadOptions {
  index: DossierIndex;
  reader: SourceReader;
  /** Analyses read from the cache, by key (each is let go once used). */
  cached?: Map<string, Restored>;
  /** Where new analyses are kept. */
  cache?: AnalysisCache;
  /** The analyzer for this many texts to analyse (worker threads when many). */
  analyzerFor(count: number): ArticleAnalyzer;
  maxBytes: number;
  /** Describes the size limit in a skip message. */
  maxBytesLabel?: string;
  isCancelled?(): boolean;
  onProgress?(done: number, total: number): void;
  onSkip?(key: string, reason: string): void;
}

export interface LoadStats {
  fromCache: number;
  analyzed: number;
  skipped: number;
  ms: number;
}

export type Restored = CachedAnalysis<ArticleAnalysis>;

/** Stands in the cache map for an entry already read. */
const used = { size: -1, mtime: -1, text: '' } as Restored;

/** Files statted at once. */
const concurrency = 32;
/** Texts read and analysed ahead of the one entering the index: enough to keep workers busy while this thread is. */
const readAhead = 256;

/** Reads the files into the index, in their order; `ms` is left for the caller to set. */
export async function loadSources(keys: readonly string[], options: LoadOptions): Promise<LoadStats> {
  const stats: LoadStats = { fromCache: 0, analyzed: 0, skipped: 0, ms: 0 };
  const cached = options.cached ?? new Map<string, Restored>();
  const infos = await mapLimited(keys, concurrency, async (key) => {
    try {
      return await options.reader.stat(key);
    } catch (error) {
      return options.reader.describe(error);
    }
  });
  let misses = 0;
  infos.forEach((info, i) => {
    if (typeof info === 'object' && !AnalysisCache.fresh(cached.get(keys[i]), info.size, info.mtime)) misses++;
  });
  const analyzer = options.analyzerFor(misses);
  const skip = (key: string, reason: string) => {
    stats.skipped++;
    options.index.remove(key);
    options.onSkip?.(key, reason);
  };
  try {
    // Reads and analyses run ahead; results enter the index in file order, so it does not depend on timing.
    const window: Promise<(() => void) | undefined>[] = [];
    let done = 0;
    const prepare = async (i: number): Promise<(() => void) | undefined> => {
      const key = keys[i];
      const info = infos[i];
      if (options.isCancelled?.()) return undefined;
      if (typeof info === 'string') return () => skip(key, `cannot be read (${info})`);
      if (info.directory) return undefined;
      if (info.size > options.maxBytes) return () => skip(key, `larger than ${options.maxBytesLabel ?? `${options.maxBytes} bytes`}`);
      const entry = cached.get(key);
      cached.set(key, used); // let the stored form go as soon as it is read: 20k of them weigh
      if (AnalysisCache.fresh(entry, info.size, info.mtime)) {
        return () => {
          options.index.updateAnalyzed(key, entry!.text, entry!.analysis);
          stats.fromCache++;
        };
      }
      let bytes: Uint8Array;
      try {
        bytes = await options.reader.read(key);
      } catch (error) {
        return () => skip(key, `cannot be read (${options.reader.describe(error)})`);
      }
      const decoded = decodeText(bytes);
      if ('skipped' in decoded) return () => skip(key, decoded.skipped);
      const text = decoded.text;
      let answer: string | ArticleAnalysis;
      try {
        answer = await analyzer.analyze(key, text);
      } catch (error) {
        return () => skip(key, `analysis failed: ${(error as Error).message}`);
      }
      return () => {
        const analysis = typeof answer === 'string' ? restoreAnalysis(JSON.parse(answer) as StoredAnalysis) : answer;
        // Stored before the index takes the analysis (it gives the events their ids and actors).
        options.cache?.set(key, info.size, info.mtime, text, typeof answer === 'string' ? answer : JSON.stringify(storeAnalysis(analysis)));
        options.index.updateAnalyzed(key, text, analysis);
        stats.analyzed++;
      };
    };
    let next = 0;
    while (next < keys.length || window.length > 0) {
      while (next < keys.length && window.length < readAhead) window.push(prepare(next++));
      const apply = await window.shift()!;
      apply?.();
      options.onProgress?.(++done, keys.length);
      if (options.isCancelled?.()) {
        await Promise.allSettled(window);
        break;
      }
    }
  } finally {
    analyzer.dispose();
  }
  return stats;
}
