// Spans of time written as one: "from March to May", "between 2008 and 2012", "20-30 January".
import { addDays, type CalendarDate, fromIsoDate, pad, toIsoDate } from '../base';
import type { DateMention } from './eventDates';

const rangeLead = /\b(?:between|from)\s+$/i;
const rangeJoint = /^\s*(?:and|to|until|till|through|-|–)\s*$/i;

/** Mentions in text order with two joined as a range ("between March and June") made one, from the first to the second. */
export function joinRanges(sentenceText: string, sentenceStart: number, mentions: DateMention[]): DateMention[] {
  const joined: DateMention[] = [];
  for (const mention of mentions) {
    const first = joined[joined.length - 1];
    const lead = first && rangeLead.exec(sentenceText.slice(Math.max(0, first.start - sentenceStart - 10), first.start - sentenceStart));
    const joint = first && sentenceText.slice(first.end - sentenceStart, mention.start - sentenceStart);
    if (first && !first.endDate && first.date && mention.date && first.precision === mention.precision && (lead || /^(?:between|from)\b/i.test(first.text)) && rangeJoint.test(joint)) {
      const start = first.start - (lead ? lead[0].length : 0);
      joined[joined.length - 1] = { start, end: mention.end, text: sentenceText.slice(start - sentenceStart, mention.end - sentenceStart), date: first.date, endDate: mention.date, precision: first.precision };
    } else joined.push(mention);
  }
  return joined;
}

/** The end of a range that chrono read ("March to May"), as far from the resolved start as chrono's end is from its start. */
export function rangeEnd(mention: Pick<DateMention, 'date' | 'precision'>, from: CalendarDate, to: CalendarDate): string | undefined {
  const start = fromIsoDate(mention.date ?? '');
  if (!start) return undefined;
  const { year, month } = start;
  if (mention.precision === 'day') return toIsoDate(addDays(start, Math.round((Date.UTC(to.year, to.month - 1, to.day) - Date.UTC(from.year, from.month - 1, from.day)) / 864e5)));
  if (mention.precision === 'year') return String(year + to.year - from.year);
  const months = year * 12 + month - 1 + (to.year - from.year) * 12 + to.month - from.month;
  return `${Math.floor(months / 12)}-${pad((months % 12) + 1)}`;
}
