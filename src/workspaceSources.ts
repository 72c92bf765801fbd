// VS Code adapters for the index loader: news texts and the cache folder, both through vscode.workspace.fs
// (so remote and virtual workspaces work).
import * as vscode from 'vscode';
import type { CacheStorage } from './core/analysisCache';
import type { SourceReader } from './core/indexLoader';

/** Sources keyed by URI string. */
export const workspaceReader: SourceReader = {
  async stat(key) {
    const stat = await vscode.workspace.fs.stat(vscode.Uri.parse(key));
    return { size: stat.size, mtime: stat.mtime, directory: (stat.type & vscode.FileType.Directory) !== 0 };
  },
  read: async (key) => vscode.workspace.fs.readFile(vscode.Uri.parse(key)),
  describe: (error) => (error instanceof vscode.FileSystemError ? error.code : (error as Error).message),
};

/** A folder of cache files (the extension's workspace storage); files are replaced by writing a temporary file and renaming it. */
export function workspaceStorage(dir: vscode.Uri): CacheStorage {
  const fs = vscode.workspace.fs;
  return {
    async list() {
      try {
        return (await fs.readDirectory(dir)).map(([name]) => name);
      } catch {
        return [];
      }
    },
    async read(name) {
      try {
        const bytes = await fs.readFile(vscode.Uri.joinPath(dir, name));
        return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'); // several times faster than TextDecoder
      } catch {
        return undefined;
      }
    },
    async write(name, text) {
      await fs.createDirectory(dir);
      const temporary = vscode.Uri.joinPath(dir, `${name}.tmp`);
      await fs.writeFile(temporary, Buffer.from(text, 'utf8'));
      await fs.rename(temporary, vscode.Uri.joinPath(dir, name), { overwrite: true });
    },
    delete: (name) => Promise.resolve(fs.delete(vscode.Uri.joinPath(dir, name))).catch(() => undefined),
  };
}
