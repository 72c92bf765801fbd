// Dates the user gives articles whose text has none: one by one in `.dossier/dates.json` (keyed by
// the path in the workspace folder), or per folder in the settings (`dossier.articleDates`).
import { fromIsoDate } from '../base';
import type { ArticleDate } from '../indexing';

/** Each workspace folder's file of article dates. */
export const datesFile = '.dossier/dates.json';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** Whether a text is a real day written YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  return isoDate.test(text) && fromIsoDate(text) !== undefined;
}

export interface DatesResult {
  /** Date by path (or folder); the valid entries only. */
  dates: Map<string, string>;
  errors: string[];
}

/** Reads `{ "path": "YYYY-MM-DD" }` (a file's text, or a setting's value); what is valid is used, each problem reported. */
export function parseDates(value: unknown, what = 'path'): DatesResult {
  const dates = new Map<string, string>();
  if (value === undefined) return { dates, errors: [] };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { dates, errors: [`expected an object of ${what} to date, like { "sources/bbc/001.txt": "2005-01-15" }`] };
  }
  const errors: string[] = [];
  for (const [key, date] of Object.entries(value)) {
    const path = cleanPath(key);
    if (typeof date === 'string' && isIsoDate(date)) dates.set(path, date);
    else errors.push(`"${key}": expected a date written YYYY-MM-DD (got ${JSON.stringify(date)})`);
  }
  return { dates, errors };
}

/** Reads the text of a dates file: not valid JSON is one problem, and no dates. */
export function parseDatesFile(text: string): DatesResult {
  if (text.trim() === '') return { dates: new Map(), errors: [] };
  try {
    return parseDates(JSON.parse(text));
  } catch (error) {
    return { dates: new Map(), errors: [`not valid JSON: ${(error as Error).message}`] };
  }
}

/** The dates file's text with one article's date set, or removed when `date` is undefined; an error for a file that is not valid. */
export function editDatesFile(text: string | undefined, path: string, date: string | undefined): { text: string } | { error: string } {
  let data: Record<string, unknown> = {};
  if (text?.trim()) {
    try {
      data = JSON.parse(text);
    } catch (error) {
      return { error: `not valid JSON: ${(error as Error).message}` };
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return { error: 'it must hold a JSON object' };
  }
  const edited = { ...data };
  if (date === undefined) delete edited[path];
  else edited[path] = date;
  const sorted = Object.fromEntries(Object.entries(edited).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return { text: JSON.stringify(sorted, null, 2) + '\n' };
}

/** A dates file as read: the key prefix of the files it speaks for (its workspace folder's), and its dates. */
export interface DatesFile {
  prefix: string;
  dates: Map<string, string>;
}

/** The prefix of the keys of a dates file's folder: the file's key without `.dossier/dates.json`. */
export function folderPrefix(key: string): string {
  return key.endsWith(datesFile) ? key.slice(0, key.length - datesFile.length) : '';
}

/**
 * The date given to an article, if any: its own in its folder's dates file, else the default of the
 * deepest folder that holds it (`""` or `"."` for the whole workspace folder).
 */
export function dateResolver(files: readonly DatesFile[], folders: ReadonlyMap<string, string>, relativePath: (key: string) => string | undefined): (key: string) => ArticleDate | undefined {
  const defaults = [...folders].sort(([a], [b]) => b.length - a.length);
  if (defaults.length === 0 && files.every((file) => file.dates.size === 0)) return () => undefined;
  return (key) => {
    const path = relativePath(key);
    if (path === undefined) return undefined;
    for (const file of files) {
      const date = key.startsWith(file.prefix) ? file.dates.get(path) : undefined;
      if (date) return { date, source: 'set' };
    }
    const folder = defaults.find(([prefix]) => prefix === '' || path.startsWith(prefix + '/'));
    return folder && { date: folder[1], source: 'folder' };
  };
}

/** "./sources/bbc/" → "sources/bbc"; "." → "". */
function cleanPath(path: string): string {
  return path.trim().replace(/\\/g, '/').replace(/^\.(?:\/|$)/, '').replace(/^\/+|\/+$/g, '');
}
