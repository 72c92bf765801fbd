// Events laid out as a timeline: years, then months, then the undated ones; the story's own years
// first, the background before them folded away; and the short forms a side-bar row shows.

export interface TimelineMonth<T> {
  /** YYYY-MM */
  key: string;
  /** "August" */
  name: string;
  events: T[];
}

export interface TimelineYear<T> {
  year: string;
  /** Events known only to the year, shown before its months. */
  events: T[];
  months: TimelineMonth<T>[];
}

export interface Timeline<T> {
  years: TimelineYear<T>[];
  undated: T[];
}

export interface StoryTimeline<T> extends Timeline<T> {
  /** Years before the first article was published: the background. */
  earlier: TimelineYear<T>[];
}

export const monthNames = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** Groups events (dates YYYY, YYYY-MM or YYYY-MM-DD) by year and month, oldest first; order within a group is kept. */
export function buildTimeline<T extends { date?: string }>(events: readonly T[]): Timeline<T> {
  const years = new Map<string, TimelineYear<T>>();
  const undated: T[] = [];
  for (const event of events) {
    const match = event.date && /^(\d{4})(?:-(\d{2}))?/.exec(event.date);
    if (!match) {
      undated.push(event);
      continue;
    }
    let year = years.get(match[1]);
    if (!year) years.set(match[1], (year = { year: match[1], events: [], months: [] }));
    if (!match[2]) {
      year.events.push(event);
      continue;
    }
    const key = `${match[1]}-${match[2]}`;
    let month = year.months.find((m) => m.key === key);
    if (!month) year.months.push((month = { key, name: monthNames[Number(match[2]) - 1] ?? match[2], events: [] }));
    month.events.push(event);
  }
  const sorted = [...years.values()].sort((a, b) => compareText(a.year, b.year));
  for (const year of sorted) year.months.sort((a, b) => compareText(a.key, b.key));
  return { years: sorted, undated };
}

/**
 * The timeline with the story first: the years from the one before the first publication date on
 * (dates of the articles, YYYY-MM-DD; news recounts last year too), oldest first, and the years
 * before them under `earlier`. Without any publication date, the story starts with the first of
 * the fewest years that hold half the dated events.
 */
export function storyTimeline<T extends { date?: string }>(events: readonly T[], published: Iterable<string | undefined>): StoryTimeline<T> {
  const timeline = buildTimeline(events);
  let first: string | undefined;
  for (const date of published) if (date && (!first || date < first)) first = date;
  const firstYear = first ? String(Number(first.slice(0, 4)) - 1) : busiestYears(timeline.years);
  if (!firstYear) return { ...timeline, earlier: [] };
  return { years: timeline.years.filter((y) => y.year >= firstYear), earlier: timeline.years.filter((y) => y.year < firstYear), undated: timeline.undated };
}

/** The first of the fewest years that hold half the dated events. */
function busiestYears(years: readonly TimelineYear<unknown>[]): string | undefined {
  const counts = years.map((year) => ({ year: year.year, count: year.events.length + year.months.reduce((sum, month) => sum + month.events.length, 0) }));
  const total = counts.reduce((sum, year) => sum + year.count, 0);
  let held = 0;
  let first: string | undefined;
  for (const { year, count } of counts.sort((a, b) => b.count - a.count)) {
    if (held * 2 >= total) break;
    held += count;
    if (!first || year < first) first = year;
  }
  return first;
}

const shortMonths = monthNames.map((name) => name.slice(0, 3));

/**
 * A date short enough to sit beside a label: "17 Aug 2020", "Aug 2020", "2017", without what the group
 * it is listed in says (`within` "2020-08" or "2020": "17 Aug"); the text's own words when unresolved.
 */
export function shortDate(event: { date?: string; dateText: string }, within = ''): string {
  const match = event.date && /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(event.date);
  if (!match) return event.dateText;
  const month = match[2] ? shortMonths[Number(match[2]) - 1] : undefined;
  const day = match[3] && String(Number(match[3]));
  if (within === event.date) return month ?? match[1]; // no day to add: the month (or year) alone, so the row is seen to be dated
  if (within && match[0].startsWith(within)) return [day, month].filter(Boolean).join(' ');
  return [day, month, match[1]].filter(Boolean).join(' ');
}

/** A summary cut at a word to about `width` characters, with "…" where it was cut. */
export function shortSummary(summary: string, width = 48): string {
  if (summary.length <= width) return summary;
  const cut = summary.lastIndexOf(' ', width - 1);
  return `${summary.slice(0, cut > width / 2 ? cut : width - 1).replace(/[\s,;:—–-]+$/, '')}…`;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
