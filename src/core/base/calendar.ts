// Calendar dates without time zones: what a news text means by a day.

export interface CalendarDate {
  year: number;
  month: number; // 1-12
  day: number;
}

export function fromParts(year: number, month: number, day: number): CalendarDate | undefined {
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  return { year, month, day };
}

/** "2005-01-15" (or "2005-01", "2005": the first day) as a calendar date; undefined when it is no day. */
export function fromIsoDate(text: string): CalendarDate | undefined {
  const [year, month = 1, day = 1] = text.split('-').map(Number);
  return fromParts(year, month, day);
}

export function toIsoDate(date: CalendarDate): string {
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

export function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** Noon on the date, in local time: chrono reads relative expressions against a local Date. */
export function toLocalNoon(date: CalendarDate): Date {
  return new Date(date.year, date.month - 1, date.day, 12);
}

export function fromLocalDate(date: Date): CalendarDate {
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  const shifted = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: CalendarDate): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}
