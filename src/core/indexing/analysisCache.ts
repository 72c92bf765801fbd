// Analyses of news texts kept between sessions, keyed by path + size + modification time, each with
// the text it was made from: a warm start then reads 1,024 shard files instead of every source (for
// 20,000 articles, a third of the start), at the price of disk space about the size of the sources.
// Spread over many small shard files, so a change rewrites one small file, never the whole cache;
// a shard that cannot be read is logged, deleted and its articles are analysed again.
import type { StoredAnalysis } from './analysis';
import { hash, type Logger, mapLimited, silentLogger } from '../base';

/** Bump when the analysis or its stored form changes: older caches are then deleted. */
export const cacheFormat = 18;
/**
 * Shards of about 100 KB for 20,000 articles: the text of one is then a short-lived string of the
 * young generation, not a large object that counts towards a full garbage collection (reading the
 * cache makes a quarter fewer page faults and takes about a tenth less time than with 128 shards).
 */
const shardCount = 1024;
/** Shards read ahead of the one being restored, and shards written at once. */
const readAhead = 4;
const writesAtOnce = 4;

/** A folder of small UTF-8 text files (the extension's workspace storage, or a folder on disk). */
export interface CacheStorage {
  list(): Promise<string[]>;
  read(name: string): Promise<string | undefined>;
  /** Replaces a file whole (atomically where the storage can). */
  write(name: string, text: string): Promise<void>;
  delete(name: string): Promise<void>;
}

export interface CachedAnalysis<T = StoredAnalysis> {
  size: number;
  mtime: number;
  /** The decoded text of the file. */
  text: string;
  analysis: T;
}

/** An analysis to write, as the analyzer gave it (JSON text: the index changes the objects it restores). */
interface PendingEntry {
  size: number;
  mtime: number;
  text: string;
  analysis: string;
}

interface ShardFile {
  format: string;
  entries: Record<string, CachedAnalysis>;
}

export class AnalysisCache {
  private readonly prefix: string;
  /** Changes not yet written, per shard: an entry (its analysis as JSON text), or null to delete it. */
  private readonly pending = new Map<number, Map<string, PendingEntry | null>>();
  private writing: Promise<void> = Promise.resolve();

  /** `fingerprint` names what else the analyses depend on (the model), so a new model starts a new cache. */
  constructor(
    private readonly storage: CacheStorage,
    fingerprint: string,
    private readonly logger: Logger = silentLogger,
  ) {
    this.prefix = `analysis-v${cacheFormat}-${fingerprint}-`;
  }

  /**
   * Every cached analysis, passed through `restore` as soon as its shard is read; an entry `restore`
   * rejects is left out (analysed again). Shards are read one after the other, so only one shard's
   * text and parsed form are held at a time. Deletes shards of other versions and shards that are corrupt.
   */
  async readAll<T>(restore: (analysis: StoredAnalysis) => T): Promise<Map<string, CachedAnalysis<T>>> {
    await this.writing;
    const all = new Map<string, CachedAnalysis<T>>();
    const names = await this.storage.list().catch(() => [] as string[]);
    for (const name of names) {
      if (name.startsWith('analysis-') && !name.startsWith(this.prefix)) await this.storage.delete(name).catch(() => undefined);
    }
    const shards = names.filter((name) => name.startsWith(this.prefix)).sort();
    let rejected = 0;
    const reads = shards.slice(0, readAhead).map((name) => this.readShard(name));
    for (let i = 0; i < shards.length; i++) {
      const shard = await reads[i];
      if (i + readAhead < shards.length) reads.push(this.readShard(shards[i + readAhead])); // read while this one is restored
      for (const key in shard) {
        const { size, mtime, text, analysis } = shard[key];
        try {
          all.set(key, { size, mtime, text, analysis: restore(analysis) });
        } catch {
          rejected++;
        }
      }
    }
    if (rejected > 0) this.logger.warn(`${rejected} cached ${rejected === 1 ? 'analysis is' : 'analyses are'} malformed; analysing again.`);
    return all;
  }

  /** Whether the entry was made from a file of this size and modification time. */
  static fresh(entry: { size: number; mtime: number } | undefined, size: number, mtime: number): boolean {
    return !!entry && entry.size === size && entry.mtime === mtime;
  }

  /** Remembers a file's text and analysis (its stored form as JSON text) for this size and modification time. */
  set(key: string, size: number, mtime: number, text: string, analysis: string): void {
    this.changesOf(key).set(key, { size, mtime, text, analysis });
  }

  delete(key: string): void {
    this.changesOf(key).set(key, null);
  }

  get dirty(): boolean {
    return this.pending.size > 0;
  }

  /** Writes the shards with changes: each is read, changed and written again. Resolves when all earlier writes are done too. */
  flush(): Promise<void> {
    const batch = [...this.pending];
    this.pending.clear();
    const writeShard = async ([shard, changes]: (typeof batch)[number]) => {
      const name = this.shardName(shard);
      const entries = await this.readShard(name);
      // The file is put together from JSON texts: the new analyses are already JSON.
      const parts: string[] = [];
      for (const key in entries) if (!changes.has(key)) parts.push(`${asciiOnly(JSON.stringify(key))}:${asciiOnly(JSON.stringify(entries[key]))}`);
      for (const [key, entry] of changes) {
        if (!entry) continue;
        const text = asciiOnly(JSON.stringify(entry.text));
        parts.push(`${asciiOnly(JSON.stringify(key))}:{"size":${entry.size},"mtime":${entry.mtime},"text":${text},"analysis":${asciiOnly(entry.analysis)}}`);
      }
      try {
        await this.storage.write(name, `{"format":${JSON.stringify(this.prefix)},"entries":{${parts.join(',')}}}`);
      } catch (error) {
        this.logger.warn(`cannot write the index cache (${name}): ${(error as Error).message}`);
      }
    };
    this.writing = this.writing.then(async () => {
      await mapLimited(batch, writesAtOnce, writeShard);
    });
    return this.writing;
  }

  /** Deletes every shard (Rebuild Index). */
  async clear(): Promise<void> {
    this.pending.clear();
    await this.writing;
    const names = await this.storage.list().catch(() => [] as string[]);
    await Promise.all(names.filter((name) => name.startsWith('analysis-')).map((name) => this.storage.delete(name).catch(() => undefined)));
  }

  private changesOf(key: string): Map<string, PendingEntry | null> {
    const shard = hash(key) % shardCount;
    let changes = this.pending.get(shard);
    if (!changes) this.pending.set(shard, (changes = new Map()));
    return changes;
  }

  private shardName(shard: number): string {
    return `${this.prefix}${shard.toString().padStart(3, '0')}.json`;
  }

  /** A shard's entries; empty when it does not exist, and deleted (with a warning) when corrupt. */
  private async readShard(name: string): Promise<Record<string, CachedAnalysis>> {
    let content: string | undefined;
    try {
      content = await this.storage.read(name);
    } catch {
      content = undefined;
    }
    if (content === undefined) return {};
    try {
      const file = JSON.parse(content) as ShardFile;
      if (file?.format !== this.prefix || typeof file.entries !== 'object' || file.entries === null) throw new Error('unexpected content');
      for (const key in file.entries) {
        const entry = file.entries[key];
        if (typeof entry?.size !== 'number' || typeof entry.mtime !== 'number' || typeof entry.text !== 'string' || typeof entry.analysis !== 'object') throw new Error(`bad entry for ${key}`);
      }
      return file.entries;
    } catch (error) {
      this.logger.warn(`Index cache file ${name} is corrupt (${(error as Error).message}); its articles are analysed again.`);
      await this.storage.delete(name).catch(() => undefined);
      return {};
    }
  }
}

const nonAscii = /[^\x00-\x7f]/;

/**
 * JSON text with every character beyond ASCII escaped: such a file decodes several times faster, and
 * parses faster. (A loop of slices: twice as fast as a replace that calls back for each character.)
 */
function asciiOnly(json: string): string {
  if (!nonAscii.test(json)) return json;
  let ascii = '';
  let done = 0;
  for (let i = 0; i < json.length; i++) {
    const code = json.charCodeAt(i);
    if (code < 0x80) continue;
    ascii += `${json.slice(done, i)}\\u${code.toString(16).padStart(4, '0')}`;
    done = i + 1;
  }
  return ascii + json.slice(done);
}
