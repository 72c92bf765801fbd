// The service over a folder on disk, as the command line and the benchmarks run it: the shipped model,
// worker threads (dist/indexWorker.js) for large reads, and a cache folder when one is given.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDossier, defaultFileSettings, type Display, type Dossier, type FileSettings, type Logger, type Recognizer } from '../core';
import { createAnalysisPool, defaultPoolSize } from './analysisPool';
import { folderStorage, folderWorkspace } from './folderWorkspace';
import { findRoot, readModel } from './model';

export interface FolderOptions {
  settings?: Partial<FileSettings>;
  /** A folder for the index cache (none: no cache). */
  cacheDir?: string;
  /** Worker threads (by default one per core, at most four; 0: none). */
  workers?: number;
  /** This thread's recognizer (by default made from the shipped model). */
  recognizer?(model: Uint8Array): Recognizer;
  logger?: Logger;
  display?: Display;
}

export function folderDossier(folder: string, options: FolderOptions = {}): Dossier {
  const root = findRoot();
  const workerFile = join(root, 'dist', 'indexWorker.js');
  const size = options.workers ?? defaultPoolSize();
  return createDossier({
    workspace: folderWorkspace(folder),
    settings: { ...defaultFileSettings, ...options.settings },
    model: async () => readModel(root),
    cache: options.cacheDir ? { storage: folderStorage(options.cacheDir), code: async () => readFileSync(workerFile) } : undefined,
    workers: size > 0 && existsSync(workerFile) ? { size, start: (model) => createAnalysisPool(workerFile, model, size) } : undefined,
    recognizer: options.recognizer,
    logger: options.logger,
    display: options.display,
  });
}
