// What the service needs of a workspace: its news texts and curation files, and the changes to them.
// Files are known by keys: URI strings in VS Code, paths relative to the folder on the command line.
import type { Disposable } from '../base';
import type { SourceReader } from './loader';
import type { FileSettings } from './settings';

/** Each workspace folder's curation file. */
export const curationFile = '.dossier/actors.json';

export type WorkspaceChange =
  /** A file or a folder. */
  | { type: 'created' | 'changed' | 'deleted'; key: string }
  /** A file of .dossier (corrections, article dates), or the folder. */
  | { type: 'curation' }
  /** The workspace has other folders now. */
  | { type: 'folders' };

export interface Workspace extends SourceReader {
  /** The files `settings` selects, in the order they enter the index. */
  findSources(settings: FileSettings): Promise<string[]>;
  /** The files under a folder, not through symbolic links; none when `key` is not a folder. */
  filesUnder(key: string): Promise<string[]>;
  /** A file's path relative to its workspace folder (with /), if it is in one. */
  relativePath(key: string): string | undefined;
  /** How messages name a file. */
  label(key: string): string;
  /** The text of each curation file there is. */
  readCuration(): Promise<{ key: string; text: string }[]>;
  /** The text of each dates file (`.dossier/dates.json`) there is. */
  readDates?(): Promise<{ key: string; text: string }[]>;
  /** Reports the changes; a workspace without it is read once. */
  watch?(listener: (change: WorkspaceChange) => void): Disposable;
}
