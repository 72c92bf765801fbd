// Dossier's settings, read in one place and checked: a malformed value falls back to its default with a warning.
import * as vscode from 'vscode';
import { defaultFileSettings, defaultMinSimilarity, type FileSettings, parseDates } from '../core';

/** The settings that choose the files (the service's), and those that change only what the editor shows. */
export interface Settings extends FileSettings {
  /** Glob of markdown notes. */
  notes: string;
  /** Underline recognised actor names in notes. */
  highlightNames: boolean;
  /** Mark the quoted passages in sources, with "quoted in N notes". */
  markQuoted: boolean;
  /** How alike a changed quote must stay to its source's text to be found (0.5–1). */
  minSimilarity: number;
  articleDates: ReadonlyMap<string, string>;
}

const defaults: Settings = { ...defaultFileSettings, notes: '**/*.md', highlightNames: true, markQuoted: true, minSimilarity: defaultMinSimilarity, articleDates: new Map() };

export function readSettings(warn: (message: string) => void = () => undefined): Settings {
  const section = vscode.workspace.getConfiguration('dossier');
  const glob = (key: 'sources' | 'notes'): string => {
    const value = section.get<unknown>(key);
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
    if (value !== undefined) warn(`Setting dossier.${key} must be a non-empty glob pattern; using "${defaults[key]}".`);
    return defaults[key];
  };
  const exclude = section.get<unknown>('exclude');
  const validExclude = Array.isArray(exclude) && exclude.every((item) => typeof item === 'string');
  if (exclude !== undefined && !validExclude) warn('Setting dossier.exclude must be a list of glob patterns; using the default.');
  const size = section.get<unknown>('maxFileSizeMB');
  const validSize = typeof size === 'number' && Number.isFinite(size) && size > 0;
  if (size !== undefined && !validSize) warn(`Setting dossier.maxFileSizeMB must be a positive number; using ${defaults.maxFileSizeMB}.`);
  const highlight = section.get<unknown>('highlightNames');
  const markQuoted = section.get<unknown>('citations.markQuoted');
  const similarity = section.get<unknown>('citations.minSimilarity');
  const validSimilarity = typeof similarity === 'number' && similarity >= 0.5 && similarity <= 1;
  if (similarity !== undefined && !validSimilarity) warn(`Setting dossier.citations.minSimilarity must be a number from 0.5 to 1; using ${defaults.minSimilarity}.`);
  const articleDates = parseDates(section.get<unknown>('articleDates'), 'folder');
  for (const error of articleDates.errors) warn(`Setting dossier.articleDates: ${error}; ignored.`);
  return {
    sources: glob('sources'),
    notes: glob('notes'),
    exclude: validExclude ? (exclude as string[]) : defaults.exclude,
    maxFileSizeMB: validSize ? (size as number) : defaults.maxFileSizeMB,
    highlightNames: typeof highlight === 'boolean' ? highlight : defaults.highlightNames,
    markQuoted: typeof markQuoted === 'boolean' ? markQuoted : defaults.markQuoted,
    minSimilarity: validSimilarity ? similarity : defaults.minSimilarity,
    articleDates: articleDates.dates,
  };
}
