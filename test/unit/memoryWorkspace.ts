// A workspace held in memory, for unit tests of the service: one folder, files keyed by their path in it.
// Writes, deletions and renames report changes as VS Code's watcher does (a folder deleted, created or
// renamed whole is reported alone, not the files in it).
import { createDossier, curationFile, datesFile, defaultFileSettings, type Dossier, type DossierOptions, type FileSettings, type Workspace, type WorkspaceChange } from '../../src/core/service';
import { pathFilter, type Recognizer } from '../../src/core/base';

interface MemoryFile {
  bytes: Uint8Array;
  mtime: number;
}

export class MemoryWorkspace implements Workspace {
  readonly files = new Map<string, MemoryFile>();
  /** Every file read, in order. */
  readonly reads: string[] = [];
  /** While set, reads wait for it. */
  gate: Promise<void> | undefined;
  private readonly listeners = new Set<(change: WorkspaceChange) => void>();
  private clock = 1;

  constructor(files: Record<string, string | Uint8Array> = {}) {
    for (const [path, content] of Object.entries(files)) this.put(path, content);
  }

  /** Creates or changes a file. */
  write(path: string, content: string | Uint8Array): void {
    const existed = this.files.has(path);
    this.put(path, content);
    this.fire(path, existed ? 'changed' : 'created');
  }

  /** Creates a folder with files in it, reported as the folder alone (as when it is copied in whole). */
  createFolder(path: string, files: Record<string, string>): void {
    for (const [name, content] of Object.entries(files)) this.put(`${path}/${name}`, content);
    this.fire(path, 'created');
  }

  /** Deletes a file, or a folder with everything in it. */
  delete(path: string): void {
    for (const key of this.keysAt(path)) this.files.delete(key);
    this.fire(path, 'deleted');
  }

  /** Renames a file, or a folder with everything in it (its files keep their modification times). */
  rename(from: string, to: string): void {
    for (const key of this.keysAt(from)) {
      this.files.set(to + key.slice(from.length), this.files.get(key)!);
      this.files.delete(key);
    }
    this.fire(from, 'deleted');
    this.fire(to, 'created');
  }

  async findSources(settings: FileSettings): Promise<string[]> {
    const filter = pathFilter(settings.sources, settings.exclude);
    return [...this.files.keys()].filter((path) => filter.included(path)).sort();
  }

  async filesUnder(key: string): Promise<string[]> {
    return [...this.files.keys()].filter((path) => path.startsWith(key + '/')).sort();
  }

  async stat(key: string) {
    const file = this.files.get(key);
    if (file) return { size: file.bytes.length, mtime: file.mtime, directory: false };
    if (this.keysAt(key).length > 0) return { size: 0, mtime: 0, directory: true };
    throw Object.assign(new Error(`no such file: ${key}`), { code: 'ENOENT' });
  }

  async read(key: string): Promise<Uint8Array> {
    await this.gate;
    this.reads.push(key);
    const file = this.files.get(key);
    if (!file) throw Object.assign(new Error(`no such file: ${key}`), { code: 'ENOENT' });
    return file.bytes;
  }

  describe(error: unknown): string {
    return (error as { code?: string }).code ?? (error as Error).message;
  }

  relativePath(key: string): string {
    return key;
  }

  label(key: string): string {
    return key;
  }

  async readCuration(): Promise<{ key: string; text: string }[]> {
    return this.readIfThere(curationFile);
  }

  async readDates(): Promise<{ key: string; text: string }[]> {
    return this.readIfThere(datesFile);
  }

  private readIfThere(path: string): { key: string; text: string }[] {
    const file = this.files.get(path);
    return file ? [{ key: path, text: new TextDecoder().decode(file.bytes) }] : [];
  }

  watch(listener: (change: WorkspaceChange) => void) {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  private put(path: string, content: string | Uint8Array): void {
    this.files.set(path, { bytes: typeof content === 'string' ? new TextEncoder().encode(content) : content, mtime: this.clock++ });
  }

  private keysAt(path: string): string[] {
    return [...this.files.keys()].filter((key) => key === path || key.startsWith(path + '/'));
  }

  private fire(path: string, type: 'created' | 'changed' | 'deleted'): void {
    const change: WorkspaceChange = path === curationFile || path === datesFile || path === '.dossier' ? { type: 'curation' } : { type, key: path };
    for (const listener of this.listeners) listener(change);
  }
}

/** The service over a memory workspace with a test recognizer, short delays, and what it logs. */
export function openDossier(workspace: MemoryWorkspace, recognizer: Recognizer, options: Partial<DossierOptions> = {}): { dossier: Dossier; warnings: string[]; info: string[] } {
  const warnings: string[] = [];
  const info: string[] = [];
  const dossier = createDossier({
    workspace,
    settings: defaultFileSettings,
    model: async () => new Uint8Array([1]),
    recognizer: () => recognizer,
    logger: { info: (message) => info.push(message), warn: (message) => warnings.push(message) },
    delays: { change: 20, cacheWrite: 20, loadingRefresh: 1000 },
    ...options,
  });
  return { dossier, warnings, info };
}
