// Finds when an article was published, from what newsrooms write at the top of a piece.
import * as chrono from 'chrono-node';
import { type CalendarDate, fromParts } from '../base';
import { type Dateline, findDateline, fullDate } from './dateline';

export interface PublicationDate extends CalendarDate {
  /** Where the date was found. */
  source: 'front matter' | 'date line' | 'dateline' | 'file name';
  /** Offsets of the line it came from (not set for file names). */
  line?: { start: number; end: number };
}

const headerLines = 15;
const dateLabel = /^\s*(?:published|date|posted|updated|first published|dated)\s*(?:on|at)?\s*[:\-–—]?\s*(.+)$/i;
const bylineSeparator = /\s[|•·/]\s/;
const fileNameDate = /(?:^|[^\d])((?:19|20)\d{2})[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?:[^\d]|$)/;

/** When the text says it was published; `dateline` is the text's own, when already found. */
export function findPublicationDate(text: string, fileName: string, dateline?: Dateline): PublicationDate | undefined {
  const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (frontMatter) {
    const line = /^date\s*:\s*["']?([^"'\r\n]+)/m.exec(frontMatter[1]);
    const date = line && fullDate(line[1]);
    if (date) return { ...date, source: 'front matter' };
  }
  let lineStart = frontMatter ? frontMatter[0].length : 0;
  dateline ??= findDateline(text, lineStart);
  for (let n = 0; n < headerLines && lineStart < text.length; n++) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    const span = { start: lineStart, end: lineEnd };
    lineStart = lineEnd + 1;
    if (dateline?.date && dateline.span.start >= span.start && dateline.span.start <= span.end) {
      return { ...dateline.date, source: 'dateline', line: dateline.span };
    }
    if (line.length > 120) continue;
    const labelled = dateLabel.exec(line);
    const fromLabel = labelled && fullDate(labelled[1]);
    if (fromLabel) return { ...fromLabel, source: 'date line', line: span };
    // A date alone on its line, or as one part of a byline: "By Jane Doe | August 18, 2020 | 5 min read".
    const part = line.split(bylineSeparator).find(isWholeDate);
    const bare = part && fullDate(part);
    if (bare) return { ...bare, source: 'date line', line: span };
  }
  const named = fileNameDate.exec(fileName);
  const fromName = named && fromParts(+named[1], +named[2], +named[3]);
  return fromName ? { ...fromName, source: 'file name' } : undefined;
}

/** A line that holds a date and little else, like "Tue 18 Aug 2020" or "August 18, 2020 4:27 PM". */
function isWholeDate(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed.length < 8 || trimmed.length > 48 || !/\b(?:19|20)\d\d\b/.test(trimmed)) return false;
  const result = chrono.en.parse(trimmed)[0];
  return !!result && result.text.length >= trimmed.length - 4;
}
