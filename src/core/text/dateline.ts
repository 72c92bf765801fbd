// Wire datelines: where and when a story was filed, written before its first paragraph.
//   LONDON 1996-12-06            DIYARBAKIR, Turkey 1996-12-06       VAIL, Colorado 1996-12-07
//   WASHINGTON (Reuters) - …     PARIS, Aug 6 (AFP) - …              LONDON, Aug 6, 2019 (Reuters) - …
import * as chrono from 'chrono-node';
import { type CalendarDate, fromIsoDate, fromParts, type Span } from '../base';

export interface Dateline {
  /** The dateline itself: the whole line, or the part before the story's first words. */
  span: Span;
  /** The place, and the region or country after its comma. */
  places: Span[];
  /** The news agency in parentheses. */
  agency?: Span;
  /** The date, when it is written in full. */
  date?: CalendarDate;
}

const place = String.raw`(?<place>\p{Lu}[\p{Lu}\p{M}.'’-]*(?: \p{Lu}[\p{Lu}\p{M}.'’-]*){0,3})`;
const region = String.raw`(?:, (?<region>\p{Lu}[\p{L}\p{M}.'’-]*(?: \p{Lu}[\p{L}\p{M}.'’-]*){0,3}))?`;
const isoDate = String.raw`(?<iso>\d{4}-\d{2}-\d{2})`;
const textDate = String.raw`(?<text>(?:\d{1,2} )?[A-Z][a-z]{2,8}\.?(?: \d{1,2})?(?:,? \d{4})?)`;
const agency = String.raw`\((?<agency>\p{Lu}[\p{L}.&' -]{0,30})\)`;
const dash = String.raw`\s*[-–—]{1,2}\s*`;

/** "LONDON 1996-12-06" and "VAIL, Colorado 1996-12-07", alone on their line. */
const lineForm = new RegExp(String.raw`^${place}${region},? (?:${isoDate}|${textDate})\s*$`, 'du');
/** "WASHINGTON (Reuters) - " and "PARIS, Aug 6 (AFP) - " before the story. */
const agencyForm = new RegExp(String.raw`^${place}${region}(?:, ${textDate})? ${agency}${dash}`, 'du');
/** "BRUSSELS - " before a story (not on the headline's line). */
const dashForm = new RegExp(String.raw`^${place}${region}(?:, ${textDate})?${dash}(?=\S)`, 'du');

const headerLines = 8;
const lowerCase = /\p{Ll}/u;

/** The dateline among the first lines of a text (after `from`, e.g. front matter), if there is one. */
export function findDateline(text: string, from = 0): Dateline | undefined {
  let lineStart = from;
  for (let n = 0; n < headerLines && lineStart < text.length; ) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd).trimEnd();
    const offset = lineStart;
    lineStart = lineEnd + 1;
    if (line.trim() === '') continue;
    const first = n++ === 0;
    const match = (line.length <= 80 && lineForm.exec(line)) || agencyForm.exec(line) || (!first && storyAfter(dashForm.exec(line), line));
    if (match) return datelineOf(match, offset, line);
  }
  return undefined;
}

/** A dash form only counts when a sentence of the story follows it on the line. */
function storyAfter(match: RegExpExecArray | null, line: string): RegExpExecArray | null {
  if (!match || !isCapitals(match.groups!.place)) return null;
  const rest = line.slice(match[0].length);
  return rest.length >= 40 && lowerCase.test(rest) ? match : null;
}

function isCapitals(name: string): boolean {
  return !lowerCase.test(name) && /\p{Lu}.*\p{Lu}/u.test(name);
}

function datelineOf(match: RegExpExecArray, offset: number, line: string): Dateline | undefined {
  const groups = match.groups!;
  const indices = match.indices!.groups!;
  const spanOf = (name: string): Span | undefined => {
    const at = indices[name];
    return at && { start: offset + at[0], end: offset + at[1] };
  };
  const places = [spanOf('place'), spanOf('region')].filter((s): s is Span => s !== undefined);
  const date = groups.iso ? fromIsoDate(groups.iso) : groups.text ? fullDate(groups.text) : undefined;
  if (groups.text && !groups.iso && !groups.agency && !date && match[0].length === line.length) return undefined; // "Larry Fine" alone is a byline
  return { span: { start: offset, end: offset + match[0].trimEnd().length }, places, agency: spanOf('agency'), date };
}

/** A date with its day, month and year written, like "Aug 6, 2019". */
export function fullDate(value: string): CalendarDate | undefined {
  const result = chrono.en.parse(value)[0];
  if (!result) return undefined;
  const start = result.start;
  if (!start.isCertain('year') || !start.isCertain('month') || !start.isCertain('day')) return undefined;
  return fromParts(start.get('year')!, start.get('month')!, start.get('day')!);
}
