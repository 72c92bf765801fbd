// A folder on disk as the service's workspace (command line, benchmarks), and a cache folder on disk.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type CacheStorage, curationFile, datesFile, type Workspace } from '../core';
import { listFiles } from './files';

/**
 * The files under `root`, keyed by their path relative to it. Read with synchronous calls: for 20,000
 * small files they cost a fraction of the thread-pool round trips of the asynchronous ones (cold
 * indexing is a tenth faster), and the command line and benchmarks have no editor to keep responsive.
 * It is read once: it reports no changes.
 */
export function folderWorkspace(root: string): Workspace {
  return {
    findSources: async (settings) => listFiles(root, settings.sources, settings.exclude),
    filesUnder: async (key) => listFiles(join(root, key), '**', []).map((path) => `${key}/${path}`),
    async stat(key) {
      const info = statSync(join(root, key));
      return { size: info.size, mtime: Math.round(info.mtimeMs), directory: info.isDirectory() };
    },
    read: async (key) => readFileSync(join(root, key)),
    describe: (error) => (error as NodeJS.ErrnoException).code ?? (error as Error).message,
    relativePath: (key) => key,
    label: (key) => key,
    readCuration: async () => readIfThere(root, curationFile),
    readDates: async () => readIfThere(root, datesFile),
  };
}

function readIfThere(root: string, file: string): { key: string; text: string }[] {
  return existsSync(join(root, file)) ? [{ key: file, text: readFileSync(join(root, file), 'utf8') }] : [];
}

/** A cache folder on disk; files are replaced by writing a temporary file and renaming it. */
export function folderStorage(dir: string): CacheStorage {
  return {
    list: () => readdir(dir).catch(() => []),
    // Decoded whole: reading as 'utf8' decodes chunk by chunk, several times slower.
    read: (name) => readFile(join(dir, name)).then((bytes) => bytes.toString('utf8'), () => undefined),
    async write(name, text) {
      await mkdir(dir, { recursive: true });
      const temporary = join(dir, `${name}.${process.pid}.tmp`);
      await writeFile(temporary, text);
      await rename(temporary, join(dir, name));
    },
    delete: (name) => rm(join(dir, name), { force: true }),
  };
}
