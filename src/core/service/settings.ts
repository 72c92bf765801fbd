// The settings that choose which files the service reads. (The editor's other settings change only what it shows.)

export interface FileSettings {
  /** Glob of news texts, relative to each workspace folder. */
  sources: string;
  /** Globs of files that are neither sources nor notes. */
  exclude: string[];
  /** Files larger than this are skipped. */
  maxFileSizeMB: number;
  /** The date of the articles of a folder (relative to its workspace folder) whose text gives none: YYYY-MM-DD. */
  articleDates?: ReadonlyMap<string, string>;
}

export const defaultFileSettings: FileSettings = {
  sources: '**/*.txt',
  exclude: ['**/node_modules/**', '**/.git/**'],
  maxFileSizeMB: 5,
};

/** Whether two settings read the same files. */
export function sameFiles(a: FileSettings, b: FileSettings): boolean {
  return a.sources === b.sources && a.maxFileSizeMB === b.maxFileSizeMB && JSON.stringify(a.exclude) === JSON.stringify(b.exclude);
}
