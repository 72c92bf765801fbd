// Reads a folder of news texts from disk, for the command line and the benchmarks.
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { type DecodedText, decodeText } from '../core/text/decode';
import { globToRegExp } from '../core/base/glob';

export const defaultMaxFileBytes = 5 * 1024 * 1024;

export interface FolderOptions {
  include?: string;
  exclude?: string[];
}

/** Relative paths (forward slashes) of the files under `root` that match, sorted; symlinked folders are not followed twice. */
export function listFiles(root: string, options: FolderOptions = {}): string[] {
  const include = globToRegExp(options.include ?? '**/*.txt');
  const exclude = (options.exclude ?? ['**/node_modules/**', '**/.git/**']).map(globToRegExp);
  const files: string[] = [];
  const visited = new Set<string>();
  const walk = (dir: string) => {
    let real: string;
    try {
      real = realpathSync(dir);
    } catch {
      return;
    }
    if (visited.has(real)) return;
    visited.add(real);
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      return;
    }
    for (const name of names) {
      const path = join(dir, name);
      const rel = relative(root, path).split(sep).join('/');
      if (exclude.some((pattern) => pattern.test(rel) || pattern.test(rel + '/'))) continue;
      let isDirectory: boolean;
      try {
        isDirectory = (lstatSync(path).isSymbolicLink() ? statSync(path) : lstatSync(path)).isDirectory();
      } catch {
        continue; // a dangling link or a file deleted meanwhile
      }
      if (isDirectory) walk(path);
      else if (include.test(rel)) files.push(rel);
    }
  };
  walk(root);
  return files;
}

/** Full paths of the `.txt` files under `dir`, in sorted order. */
export function textFilesUnder(dir: string): string[] {
  return listFiles(dir).map((file) => join(dir, file));
}

/** The text of a file, or why it was skipped. */
export function readText(path: string, maxBytes = defaultMaxFileBytes): DecodedText {
  try {
    const size = statSync(path).size;
    if (size > maxBytes) return { skipped: `larger than ${Math.round(maxBytes / 1024 / 1024)} MB (${(size / 1024 / 1024).toFixed(1)} MB)` };
    return decodeText(readFileSync(path));
  } catch (error) {
    return { skipped: `cannot be read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` };
  }
}
