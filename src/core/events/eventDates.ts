// Finds the dates a sentence speaks of and resolves them against the article's publication date.
import * as chrono from 'chrono-node';
import { joinRanges, rangeEnd } from './dateRanges';
import { type Tense, tenseAt } from './tense';
import { addDays, type CalendarDate, fromLocalDate, pad, type Span, toIsoDate, toLocalNoon, weekday } from '../base';

export type DatePrecision = 'day' | 'month' | 'year';

export interface DateMention extends Span {
  /** The date as written. */
  text: string;
  /** Resolved date: YYYY-MM-DD, YYYY-MM or YYYY by precision; undefined when it cannot be known. */
  date?: string;
  /** The last date of a span of time ("from March to May"), at the same precision. */
  endDate?: string;
  precision?: DatePrecision;
}

/**
 * chrono's casual English without its parser of clock times ("at 5pm"): alone, a time is no event, and
 * next to a date it only swallowed numbers ("fell $12.33 on Tuesday"). "Friday night" is still one date.
 */
const dateParser = chrono.en.casual.clone();
dateParser.parsers = dateParser.parsers.filter((parser) => !readsOnlyTimes(parser));

function readsOnlyTimes(parser: chrono.en.Parser): boolean {
  const results = new chrono.en.Chrono({ parsers: [parser], refiners: [] }).parse('at 5pm, at 17:30', new Date(2000, 0, 1, 12));
  return results.length > 0 && results.every((result) => !['day', 'weekday', 'month', 'year'].some((part) => result.start.isCertain(part as chrono.en.Component)));
}

const monthNames = 'january|february|march|april|may|june|july|august|september|october|november|december';
/**
 * Words without which chrono finds no date in a sentence: the month "May" only capitalized (not the
 * verb), and a year only in a numeric date ("2004-05-06"); a year alone is read by addBareYears.
 */
const chronoCue = new RegExp(
  `\\b(?:${monthNames.replace('may|', '')}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|` +
    `today|tonight|yesterday|tomorrow|week|month|year|ago|\\d{1,2}/\\d{1,2}|\\d{4}[-/.]\\d{1,2})\\b`,
  'i',
);
const mayMonth = /\bMAY\b|\bMay\b/;
const bareYear = /\b(?:in|since|by|during|until|till|from|before|after|of|early|late|mid|around|through|between|and)[\s-]+((?:1[89]|20)\d\d)\b(?!s\b|\s*(?:%|per\b|million|billion|bn\b|m\b|\/|-\d|(?:GMT|BST|UTC|CET|[EP][SD]?T|hrs|hours|local)\b))/gi;
const yearRange = /\b(?:between|from)\s+((?:1[89]|20)\d\d)\s*(?:and|to|until|-|–)\s*((?:1[89]|20)\d\d)\b(?!\s*(?:%|per\b|million|billion))/gi;
const fourDigitYear = /(?:1[89]|20)\d\d/;
const anchoredPhrase = /^(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|\w+teen|twenty|thirty|forty|fifty|sixty|ninety|\d+-)\s*(?:-|\s)?(?:days?|weeks?|months?|years?)\s+(?:after|before|from)\s+/i;
const modifier = /^(?:on\s+|in\s+)?(?:last|next|this|coming|past|previous|following)\b/i;
const monthOnlyLead = /\b(?:in|since|by|until|till|from|during|last|next|this|early|late|mid|of|before|after|through|between|and|to|on)[\s-]+$/i;
const futureMarkers = /\b(?:will|'ll|shall|is due|are due|is set to|are set to|is scheduled|are scheduled|is expected to|are expected to|plans? to|planning to|next|coming|upcoming|would take effect)\b/i;
const pastMarkers =
  /\b(?:was|were|had|did|said|told|fell|rose|won|lost|met|began|took|made|came|went|sold|bought|left|saw|got|gave|hit|cut|set|put|ran|grew|spent|paid|\w{3,}ed)\b/i;
const weekdayNames = '(?:mon|tues|wednes|thurs|fri|satur|sun)day';
const weekdayOnly = new RegExp(`^${weekdayNames}$`, 'i');
const monthOrWeekday = new RegExp(`^(?:${monthNames}|${weekdayNames})$`, 'i');
/** A capitalized word after a weekday, other than a month: the weekday is part of a name ("Sunday Times"). */
const nameAfter = new RegExp(`^ (?!(?:${monthNames.replace(/\b\w/g, (c) => c.toUpperCase())})\\b)\\p{Lu}`, 'u');
const notADate =
  /^(?:(?:within|after|for|over)\s+(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|\d+)\s+(?:days?|weeks?|months?|years?)|(?:an?|one|two|three|\d+)\s+(?:days?|weeks?|months?|years?)\s+(?:later|earlier)|the\s+(?:day|week|month|year)\s+(?:after|before)|last[\s-]minute)$/i;
/** A span of seconds, minutes or hours with nothing of a day or longer: "for a second time", "in 14 minutes 32.93 seconds". */
const subDayUnit = /\b(?:seconds?|secs?|minutes?|mins?|hours?|hrs?)\b/i;
const dayOrLonger = new RegExp(`\\b(?:days?|weeks?|weekends?|months?|years?|decades?|today|tonight|yesterday|tomorrow|night|morning|afternoon|evening|${weekdayNames}|${monthNames})\\b|\\d{4}|\\d/\\d`, 'i');
const abbreviatedOnly = /^(?:sun|sat|mon|tue|wed|thu|fri|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)$/i;
/** Day and month in figures without a year: in news, odds and fractions ("6/4 favourite", "1/2"), or 9/11 (not of this year). */
const figuresWithoutYear = /^\d{1,2}[/.-]\d{1,2}$/;
/** A day named by a word: "in" before it belongs to a possessive ("in Sunday's final"), not to the date. */
const dayWord = new RegExp(`^(?:${weekdayNames}|today|tonight|tomorrow|yesterday)\\b`, 'i');

/** Date mentions inside one sentence of `text`, with offsets into `text`. */
export function findDateMentions(text: string, sentence: Span, published: CalendarDate | undefined): DateMention[] {
  const sentenceText = text.slice(sentence.start, sentence.end);
  const mentions: DateMention[] = [];
  if (chronoCue.test(sentenceText) || mayMonth.test(sentenceText)) {
    const reference = published ? toLocalNoon(published) : new Date(2000, 0, 1, 12);
    for (const result of dateParser.parse(sentenceText, reference)) {
      const mention = resolveResult(sentenceText, result, published);
      if (!mention) continue;
      mention.start += sentence.start;
      mention.end += sentence.start;
      mentions.push(mention);
    }
  }
  if (fourDigitYear.test(sentenceText)) addBareYears(sentenceText, sentence.start, mentions); // they need one
  return mentions.length > 1 ? joinRanges(sentenceText, sentence.start, mentions.sort((a, b) => a.start - b.start)) : mentions;
}

/** Years written alone after a preposition ("in 2017"), where no other date mention covers them. */
function addBareYears(sentenceText: string, sentenceStart: number, mentions: DateMention[]): void {
  for (const match of sentenceText.matchAll(yearRange)) {
    const [start, end] = [match.index!, match.index! + match[0].length];
    if (mentions.some((m) => m.start - sentenceStart < end && start < m.end - sentenceStart)) continue;
    mentions.push({ start: sentenceStart + start, end: sentenceStart + end, text: match[0], date: match[1], endDate: match[2], precision: 'year' });
  }
  for (const match of sentenceText.matchAll(bareYear)) {
    const start = match.index! + match[0].length - match[1].length;
    const end = start + match[1].length;
    if (mentions.some((m) => m.start - sentenceStart < end && start < m.end - sentenceStart)) continue;
    const offset = start - (match[0].toLowerCase().startsWith('in') ? 3 : 0);
    mentions.push({ start: sentenceStart + offset, end: sentenceStart + end, text: sentenceText.slice(offset, end), date: match[1], precision: 'year' });
  }
}

function resolveResult(sentence: string, result: chrono.ParsedResult, published: CalendarDate | undefined): DateMention | undefined {
  let text = result.text.replace(/[\s,.;:–—-]+$/, '');
  let start = result.index;
  const known = result.start;
  const word = text.replace(/^(?:on|in|at)\s+/i, '');
  if (/^(?:right )?now$/i.test(word)) return undefined;
  const followedByNumber = /^\s*\d/.test(sentence.slice(start + text.length));
  if (abbreviatedOnly.test(word) && text === word && !followedByNumber) return undefined; // "The Sun", "May said"
  if (/\d\s*\p{Lu}$/u.test(text)) return undefined; // "2002 S": chrono reads a number and a letter as a time in a military zone
  if (figuresWithoutYear.test(word)) return undefined;
  const hasDate = known.isCertain('day') || known.isCertain('weekday') || known.isCertain('month') || known.isCertain('year');
  const isWeekPhrase = /\bweek(?:end)?\b/i.test(text);
  if (!hasDate && !isWeekPhrase) return undefined; // a time of day only
  if (weekdayOnly.test(text) && nameAfter.test(sentence.slice(start + text.length))) return undefined; // "the Sunday Telegraph"
  if (namesAWork(sentence, start, text)) return undefined;
  if (/\b(?:a|every|each)\s+$/i.test(sentence.slice(Math.max(0, start - 8), start)) && dayWord.test(word)) return undefined; // "on a Saturday morning": a habit, no date // "Radio 4's Today programme", "the Mail on Sunday"
  if (notADate.test(word) || /\b(?:after|before)$/i.test(text)) return undefined; // "within a year", "a year later": a span of time, not a time
  if (subDayUnit.test(text) && !dayOrLonger.test(text)) return undefined; // minutes or hours: a duration, not a date
  const lead = sentence.slice(Math.max(0, start - 12), start);
  let early = (result.end ? /\b(?:from|between)\s+$/i : /\b(?:early|late|earlier|later|mid|in|on|during|since|until)[\s-]+$/i).exec(lead);
  if (early && /^in\b/i.test(early[0]) && dayWord.test(text)) early = null;
  early ??= monthOrWeekday.test(text) ? /\b(?:last|next|this|past|coming)\s+$/i.exec(lead) : null; // "last October"
  if (early) {
    start -= early[0].length;
    text = sentence.slice(start, start + early[0].length + text.length);
  }
  const end = start + text.length;
  const mention: DateMention = { start, end, text };
  const bounds = clauseBounds(sentence, start, end);
  const clause = sentence.slice(bounds.start, bounds.end);
  // The tense only places a date relative to publication: without one, it is not needed.
  const tense = published && (tenseAt(sentence, mention, bounds) ?? (futureMarkers.test(clause) ? 'future' : undefined));

  const anchored = anchoredPhrase.exec(word);
  if (anchored) {
    // "45 days after August 6": the event is dated by its anchor.
    const anchorText = word.slice(anchored[0].length);
    const anchor = chrono.en.parse(anchorText, published ? toLocalNoon(published) : new Date(2000, 0, 1, 12))[0];
    if (!anchor) return undefined; // "a week after my first birthday": no date
    return { ...mention, ...datedBy(anchor.start, anchorText, published, undefined, clause) }; // the anchor is dated as written
  }
  const onlyMonth = known.isCertain('month') && !known.isCertain('day') && !known.isCertain('year');
  if (onlyMonth && !monthOnlyLead.test(sentence.slice(Math.max(0, start - 10), start)) && !/^(?:in|on|last|next|this|early|late|from|between|until|till|since|by|during)\b/i.test(text)) {
    return undefined; // "May said", "March on Washington"
  }
  if (isWeekPhrase && !known.isCertain('day')) {
    if (!published) return mention;
    return { ...mention, ...weekWithinMonth(fromLocalDate(result.start.date())) };
  }
  const dated = { ...mention, ...datedBy(known, text, published, tense, clause) };
  if (result.end && dated.date) dated.endDate = rangeEnd(dated, fromLocalDate(result.start.date()), fromLocalDate(result.end.date()));
  return dated;
}

/** A day word that is part of a name: "Today" capitalized inside a sentence (the programme), "Sunday" after a newspaper's "the Mail on". */
function namesAWork(sentence: string, start: number, text: string): boolean {
  const before = sentence.slice(Math.max(0, start - 30), start).trimEnd();
  if (/^(?:Today|Tonight)$/.test(text)) return /[\p{L}\d]$/u.test(before);
  return /Sunday$/.test(text) && newspaperOn.test(before + ' ' + text);
}

const newspaperOn = /\b(?:Mail|Independent|Observer|Express|Post|Mirror|Herald|Scotland|Wales|Ireland) on Sunday$/;

function datedBy(
  known: chrono.ParsedComponents,
  text: string,
  published: CalendarDate | undefined,
  tense: Tense | undefined,
  clause: string,
): Pick<DateMention, 'date' | 'precision'> {
  const writtenYear = /\b(?:1[89]|20)\d\d\b/.test(text);
  if (!published && !writtenYear) return {};
  const year = known.get('year')!;
  const month = known.get('month')!;
  if (known.isCertain('day')) {
    if (/\bweek\b/i.test(text)) return weekWithinMonth({ year, month, day: known.get('day')! }) ?? {};
    const day = known.get('day')!;
    return { date: toIsoDate({ year: known.isCertain('year') || !published ? year : yearOfDay({ year, month, day }, published, tense), month, day }), precision: 'day' };
  }
  if (known.isCertain('weekday') && published) {
    if (modifier.test(text)) return { date: toIsoDate({ year, month, day: known.get('day')! }), precision: 'day' };
    return { date: toIsoDate(nearestWeekday(published, known.get('weekday')!, tense === 'future')), precision: 'day' };
  }
  if (known.isCertain('month')) {
    let resolvedYear = year;
    if (!known.isCertain('year') && published) resolvedYear = yearOfMonth(month, published, text, tense, clause);
    return { date: `${resolvedYear}-${pad(month)}`, precision: 'month' };
  }
  if (known.isCertain('year')) return { date: String(year), precision: 'year' };
  return {};
}

/** A weekday named without "last"/"next": in news, the latest one on or before publication unless the clause is about the future. */
function nearestWeekday(published: CalendarDate, target: number, future: boolean): CalendarDate {
  const today = weekday(published);
  if (future) return addDays(published, ((target - today + 7) % 7) || 7);
  return addDays(published, -((today - target + 7) % 7));
}

/** The year of a day written without one: chrono's, unless the tense puts the day on the other side of publication. */
function yearOfDay(day: CalendarDate, published: CalendarDate, tense: Tense | undefined): number {
  const order = (day.month - published.month) * 31 + day.day - published.day;
  if (tense === 'future' && order < 0) return published.year + 1;
  if (tense === 'past' && order > 0) return published.year - 1;
  return day.year;
}

function yearOfMonth(month: number, published: CalendarDate, text: string, tense: Tense | undefined, clause: string): number {
  if (/^(?:in\s+)?last\b/i.test(text)) return month < published.month ? published.year : published.year - 1;
  if (/^(?:in\s+)?next\b/i.test(text)) return month > published.month ? published.year : published.year + 1;
  if (tense === 'future') return month >= published.month ? published.year : published.year + 1;
  if (tense === 'past' || pastMarkers.test(clause)) return month <= published.month ? published.year : published.year - 1;
  // Neither tense is plain: the occurrence nearest to publication.
  const ahead = (month - published.month + 12) % 12;
  return ahead <= 6 ? (month >= published.month ? published.year : published.year + 1) : month <= published.month ? published.year : published.year - 1;
}

function weekWithinMonth(day: CalendarDate): Pick<DateMention, 'date' | 'precision'> | undefined {
  const sunday = addDays(day, -weekday(day));
  const saturday = addDays(sunday, 6);
  if (sunday.month !== saturday.month) return undefined;
  return { date: `${sunday.year}-${pad(sunday.month)}`, precision: 'month' };
}

const clauseBreak = /[;:]\s|,\s|\s[—–]\s|\s--\s|\s\((?=[a-z])/g;
const subordinate = /\s(?:after|before|because|while|when|whereas|although|though|since|until|as|which|who|where)\s/gi;

export function clauseBounds(sentence: string, start: number, end: number): Span {
  const marks = marksOf(sentence);
  let from = 0;
  let to = sentence.length;
  for (const mark of marks.breaks) {
    if (mark.end <= start) from = mark.end;
    else if (mark.start >= end) {
      to = Math.min(to, mark.start);
      break;
    }
  }
  for (const mark of marks.subordinates) {
    if (mark.end > to) break; // only conjunctions inside the clause count
    if (mark.start >= end) {
      to = mark.start;
      break;
    }
    if (mark.end <= start && start - mark.start < 40) from = Math.max(from, mark.start + 1);
  }
  return { start: from, end: to };
}

interface ClauseMarks {
  sentence: string;
  breaks: Span[];
  subordinates: Span[];
}

// A summary asks for the clauses of the same sentence several times: its marks are found once.
let lastMarks: ClauseMarks = { sentence: '', breaks: [], subordinates: [] };

function marksOf(sentence: string): ClauseMarks {
  if (lastMarks.sentence !== sentence) {
    lastMarks = { sentence, breaks: spansOf(sentence, clauseBreak), subordinates: spansOf(sentence, subordinate) };
  }
  return lastMarks;
}

/** Spans of the matches of a global pattern that never matches empty (exec in a loop: matchAll would copy the pattern on every call). */
function spansOf(text: string, pattern: RegExp): Span[] {
  const spans: Span[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    spans.push({ start: match.index, end: match.index + match[0].length });
  }
  return spans;
}
