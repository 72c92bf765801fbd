// Node-side adapters for the index loader (benchmarks, command line): files and a cache folder on disk.
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CacheStorage } from '../core/analysisCache';
import type { SourceReader } from '../core/indexLoader';

/** Sources keyed by their path relative to `root`. */
export function folderReader(root: string): SourceReader {
  return {
    async stat(key) {
      const info = await stat(join(root, key));
      return { size: info.size, mtime: Math.round(info.mtimeMs), directory: info.isDirectory() };
    },
    read: (key) => readFile(join(root, key)),
    describe: (error) => (error as NodeJS.ErrnoException).code ?? (error as Error).message,
  };
}

/** A cache folder on disk; files are replaced by writing a temporary file and renaming it. */
export function folderStorage(dir: string): CacheStorage {
  return {
    list: () => readdir(dir).catch(() => []),
    read: (name) => readFile(join(dir, name)).catch(() => undefined),
    async write(name, bytes) {
      await mkdir(dir, { recursive: true });
      const temporary = join(dir, `${name}.${process.pid}.tmp`);
      await writeFile(temporary, bytes);
      await rename(temporary, join(dir, name));
    },
    delete: (name) => rm(join(dir, name), { force: true }),
  };
}
