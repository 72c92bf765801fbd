// Events: what a sentence says happened at a time — the date, a short summary and where it is written.
import type { CalendarDate, Span } from '../base';
import { clauseBounds, type DatePrecision, findDateMentions } from './eventDates';
import { hasLetter, isWhiteSpace } from '../actors';

export interface ArticleEvent extends Span {
  /** Resolved date (YYYY-MM-DD, YYYY-MM or YYYY), or undefined when the text does not say enough. */
  date?: string;
  precision?: DatePrecision;
  dateText: string;
  dateSpan: Span;
  summary: string;
  /** Index of the sentence in the article. */
  sentence: number;
}

const maxSummary = 110;

export function findEvents(text: string, sentences: readonly Span[], published: CalendarDate | undefined): ArticleEvent[] {
  const events: ArticleEvent[] = [];
  sentences.forEach((sentence, index) => {
    for (const mention of findDateMentions(text, sentence, published)) {
      const summary = summarize(text, sentence, mention);
      if (!summary) continue;
      events.push({
        start: sentence.start,
        end: sentence.end,
        date: mention.date,
        precision: mention.precision,
        dateText: mention.text,
        dateSpan: { start: mention.start, end: mention.end },
        summary,
        sentence: index,
      });
    }
  });
  return events;
}

/**
 * The clause that holds the date, without the date itself. An introductory clause ("On Friday, …") gives way to
 * the clause after it; a clause without its subject ("…, will take effect") or a bare reporting clause
 * ("…, Bloomberg reported") borrows the clause before it.
 */
export function summarize(text: string, sentence: Span, date: Span): string {
  const sentenceText = text.slice(sentence.start, sentence.end);
  const start = date.start - sentence.start;
  const end = date.end - sentence.start;
  const bounds = clauseBounds(sentenceText, start, end);
  const before = sentenceText.slice(bounds.start, start);
  const after = sentenceText.slice(end, bounds.end);
  // A date in the possessive names something ("last year's winner, …"): the sentence says what happened.
  if (/^['’]s\b/.test(after)) return tidy(sentenceText);
  // The date is cut out unless that leaves a phrase hanging ("by the end of 2006", "bought in 2017 and", "in 1997 or 2001").
  const atStart = !hasLetter(before.replace(edgeWords, ''));
  const cut = (atStart || !(hasLetter(after) ? hangingInside : hanging).test(before)) && !leaningOnDate.test(after);
  const clause = cut ? before + ' ' + after : sentenceText.slice(bounds.start, bounds.end);
  const rest = tidy(clause);
  let wider: string | undefined; // the clause with the one before or after it, when it says too little alone
  if (bounds.start > 0 && endsWithReporting.test(rest)) {
    const before = clauseBounds(sentenceText, bounds.start - 3, bounds.start - 3);
    wider = sentenceText.slice(before.start, before.end) + ', ' + clause;
  } else if (bounds.start > 0 && startsWithVerb.test(rest)) {
    const first = clauseBounds(sentenceText, 0, 0);
    wider = sentenceText.slice(first.start, first.end) + ' ' + clause;
  } else if (bounds.end < sentenceText.length - 2 && (wordCount(rest) < 3 || (bounds.start === 0 && introductory.test(clause.trim())))) {
    const next = clauseBounds(sentenceText, bounds.end + 2, bounds.end + 2);
    wider = sentenceText.slice(Math.max(next.start, bounds.end), next.end);
  }
  const summary = wider === undefined ? rest : tidy(wider);
  // A subordinate clause alone ("When Labour returned to power") says too little: take the sentence.
  return subordinateStart.test(summary) || (summary === '' && wordCount(sentenceText) >= 3) ? tidy(sentenceText) : summary;
}

/** Words that may stand before a date at the start of its clause: "On Friday, …", "In early 2004 …". */
const edgeWords = /\b(?:in|on|at|by|since|during|from|until|early|late|mid|last|this|next|the|of)\b/gi;
/** Words a phrase cannot end on; inside a clause, a preposition before the date cannot either. */
const hangingWords = 'the|an?|end|start|beginning|middle|half|quarter|of|from|between|and|to|than|starting|until';
const hanging = new RegExp(`(?:\\b(?:${hangingWords})|-)\\s*$`, 'i');
const hangingInside = new RegExp(`(?:\\b(?:${hangingWords}|in|on|at|by|since|until|during|for|before|after)|-)\\s*$`, 'i');
/** What follows a date and needs it: another date joined to it. */
const leaningOnDate = /^\s*(?:or|and|to|-|–)\s+\S*\d/;
const subordinateStart = /^(?:who|which|whose|whom|where|when|while|as|after|before|because|although|though|if|until|to|with|and|but|or)\b/i;
const introductory = /^(?:in|on|at|after|before|during|since|until|by|from|earlier|later|last|this)\b/i;
const startsWithVerb = /^(?:will|would|shall|should|can|could|may|might|must|has|have|had|is|are|was|were|did|does)\b/i;
const endsWithReporting = /^[\p{Lu}][\p{L}\s.'’-]{0,40}\s(?:said|says|reported|reports|told|added|announced|confirmed|wrote)\.?$/u;

/** Runs of white space other than a single space: folding only these leaves most clauses as they are. */
const unevenSpace = /[^\S ]\s*| \s+/g;

function tidy(clause: string): string {
  let summary = clause
    .replace(unevenSpace, ' ')
    .replace(/\s+([,.;:!?])/g, '$1')
    .trim()
    .replace(/\s(?:on|in|at|by|since|during|from|until|of|and|or|between)\.?$/i, '')
    .replace(/^[\s,;:—–-]+|[\s,;:—–(-]+$/g, '')
    .replace(/^(?:on|in|at|by|since|during|from|until|and|but|so|then)\s+/i, '')
    .trim();
  if (summary.length > maxSummary) summary = summary.slice(0, summary.lastIndexOf(' ', maxSummary)) + '…';
  if (wordCount(summary) < 2) return '';
  return summary.charAt(0).toUpperCase() + summary.slice(1);
}

/** Words (separated by white space) that hold a letter. */
function wordCount(text: string): number {
  let count = 0;
  let counted = false; // the current word is already counted
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isWhiteSpace(code)) counted = false;
    else if (!counted && isLetterAt(text, i, code)) {
      count++;
      counted = true;
    }
  }
  return count;
}

/** Whether the character (or surrogate pair) at `i` is a letter of any script. */
function isLetterAt(text: string, i: number, code: number): boolean {
  if (code < 0x80) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  const next = text.charCodeAt(i + 1);
  const pair = code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
  return hasLetter(pair ? text.slice(i, i + 2) : text[i]);
}
