// Events laid out as a timeline: years, then months, then the undated ones.

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
  const sorted = [...years.values()].sort((a, b) => (a.year < b.year ? -1 : a.year > b.year ? 1 : 0));
  for (const year of sorted) year.months.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { years: sorted, undated };
}

/** "2020-08-17 · TikTok launched an information hub", or the text's own words when the date is unknown. */
export function eventLabel(event: { date?: string; dateText: string; summary: string }): string {
  return `${event.date ?? event.dateText} · ${event.summary}`;
}
