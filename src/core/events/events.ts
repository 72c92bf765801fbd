// Events: what a sentence says happened at a time — the date, a summary that stands alone, who it is about and where it is written.
import type { CalendarDate, Span } from '../base';
import { clauseBounds, type DatePrecision, findDateMentions } from './eventDates';
import { balanceQuotes, hasQuotation, insideQuotation } from './quotations';
import { type ActorMention, antecedentOf, hasNameWithin, lastWord, pronounStart, speakerOf, withName } from './subjects';
import { tidy, wordCount } from './summaryText';
import { hasVerb, isVerbForm } from './tense';
import { hasLetter } from '../actors';

export interface ArticleEvent extends Span {
  /** Resolved date (YYYY-MM-DD, YYYY-MM or YYYY), or undefined when the text does not say enough. */
  date?: string;
  precision?: DatePrecision;
  /** The last date of a span of time ("from March to May", "between 2008 and 2012"), at the same precision. */
  endDate?: string;
  dateText: string;
  dateSpan: Span;
  summary: string;
  /** Index of the sentence in the article. */
  sentence: number;
  /** Where the names of the actors the event is about are written: its dated clause (or its summary's part of the sentence, when that clause names none). */
  aboutSpan?: Span;
  /** The name its pronoun subject stands for, when the summary replaced the pronoun. */
  referent?: Span;
}

/** The events of an article; `actors`, the article's names in text order, give summaries their subjects and events their actors. */
export function findEvents(text: string, sentences: readonly Span[], published: CalendarDate | undefined, actors: readonly ActorMention[] = []): ArticleEvent[] {
  const events: ArticleEvent[] = [];
  sentences.forEach((sentence, index) => {
    const mentions = findDateMentions(text, sentence, published);
    // A line without a verb, not even one in -ing (a table row, a fixture list), says nothing happened.
    if (mentions.length === 0 || !hasVerb(text.slice(sentence.start, sentence.end), true)) return;
    for (const mention of mentions) {
      const described = describeEvent(text, sentences, index, mention, actors);
      if (!described.summary) continue;
      events.push({
        start: sentence.start,
        end: sentence.end,
        date: mention.date,
        precision: mention.precision,
        ...(mention.endDate && { endDate: mention.endDate }),
        dateText: mention.text,
        dateSpan: { start: mention.start, end: mention.end },
        summary: described.summary,
        sentence: index,
        aboutSpan: described.aboutSpan,
        ...(described.referent && { referent: described.referent }),
      });
    }
  });
  return events;
}

/** The parts of a sentence a summary is made of, and whether the date is cut out of them. */
interface Pieces {
  spans: Span[];
  cut: boolean;
}

/** A summary of the event dated at `date` that names its subject, and the names the event is about. */
function describeEvent(text: string, sentences: readonly Span[], index: number, date: Span, actors: readonly ActorMention[]): { summary: string; aboutSpan: Span; referent?: Span } {
  const sentence = sentences[index];
  const sentenceText = text.slice(sentence.start, sentence.end);
  const at = { start: date.start - sentence.start, end: date.end - sentence.start };
  const clause = clauseBounds(sentenceText, at.start, at.end);
  let pieces = datedClause(sentenceText, at, clause);
  let named = withSubject(text, sentence, pieces, render(sentenceText, pieces, at), index, actors);
  if (saysTooLittle(named.summary) || lacksSubject(sentenceText, pieces.spans[0].start) || endsBeforeReport(named.summary, sentenceText.slice(at.start, at.end))) {
    // The dated clause says too little alone: it borrows the clauses before it, or takes the sentence.
    pieces = widened(sentenceText, at, clause, (wider) => !saysTooLittle(render(sentenceText, wider, at)));
    named = withSubject(text, sentence, pieces, render(sentenceText, pieces, at), index, actors);
  }
  const from = sentence.start + pieces.spans[0].start;
  // The event is about the names of its dated clause, or of all the summary says when the summary is more than that clause.
  let aboutSpan = { start: sentence.start + clause.start, end: sentence.start + clause.end };
  const own = pieces.spans.length === 1 && pieces.spans[0].start === clause.start && pieces.spans[0].end === clause.end;
  if (!own || !hasNameWithin(actors, aboutSpan)) aboutSpan = { start: from, end: sentence.start + pieces.spans[pieces.spans.length - 1].end };
  return { ...named, summary: withSpeaker(text, sentences, index, actors, named.summary), aboutSpan };
}

/** A summary that stops at "that" (and the date), before what was said ("police said in a statement that on Thursday"). */
function endsBeforeReport(summary: string, dateText: string): boolean {
  return /\bthat\W?$/.test(summary.slice(-6)) || summary.endsWith(`that ${dateText}`);
}

/** A clause that starts, inside its sentence, with a verb: its subject is in the clauses before ("Umbro, which …, said on Thursday"). */
function lacksSubject(sentenceText: string, start: number): boolean {
  return start > 0 && isVerbForm(/^\s*([\p{L}'’]+)/u.exec(sentenceText.slice(start))?.[1] ?? '');
}

/** The summary with a pronoun subject replaced by the name it stands for, when one fits. */
function withSubject(text: string, sentence: Span, pieces: Pieces, summary: string, index: number, actors: readonly ActorMention[]): { summary: string; referent?: Span } {
  const pronoun = pronounStart.exec(summary);
  if (!pronoun) return { summary };
  const from = sentence.start + pieces.spans[0].start;
  const offset = text.slice(from, sentence.end).search(new RegExp(`\\b${pronoun[0]}\\b`, 'i'));
  const antecedent = offset >= 0 ? antecedentOf(actors, from + offset, index, summary) : undefined;
  if (!antecedent) return { summary };
  return { summary: withName(summary, antecedent.name), referent: { start: antecedent.start, end: antecedent.end } };
}

/** A quotation headed by who speaks, unless it names the speaker: found in its sentence, or in the one before when that one quotes too ("…," he said. "…"). */
function withSpeaker(text: string, sentences: readonly Span[], index: number, actors: readonly ActorMention[], summary: string): string {
  if (!/^["“]/.test(summary)) return summary;
  const quoting = (i: number) => i >= 0 && hasQuotation(text.slice(sentences[i].start, sentences[i].end));
  const speaker = speakerOf(text, sentences[index], index, actors) ?? (quoting(index - 1) ? speakerOf(text, sentences[index - 1], index - 1, actors) : undefined);
  return speaker && !summary.includes(lastWord(speaker.name)) ? `${speaker.name}: ${summary}` : summary;
}

/** Five words or fewer, no verb, or a subordinate clause alone ("When Labour returned to power"). */
function saysTooLittle(summary: string): boolean {
  return wordCount(summary, 6) <= 5 || subordinateStart.test(summary) || reportingEnd.test(summary.slice(-12)) || !hasVerb(summary);
}

/** A summary that stops where its report begins ("…backed that view, saying"). */
const reportingEnd = /\b(?:saying|adding|telling|warning|arguing|claiming|said|says|told)\W*$/i;

/**
 * The clause that holds the date. An introductory clause ("On Friday, …") gives way to the clause after it;
 * a clause without its subject ("…, will take effect") or a bare reporting clause ("…, Bloomberg reported")
 * borrows the clause before it.
 */
function datedClause(sentenceText: string, at: Span, bounds: Span): Pieces {
  // A date in the possessive names something ("last year's winner, …"): the sentence says what happened.
  if (/^['’]s\b/.test(sentenceText.slice(at.end))) return { spans: [{ start: 0, end: sentenceText.length }], cut: false };
  const cut = cutsDate(sentenceText, bounds.start, at);
  const rest = tidy(cut ? sentenceText.slice(bounds.start, at.start) + ' ' + sentenceText.slice(at.end, bounds.end) : sentenceText.slice(bounds.start, bounds.end));
  if (bounds.start > 0 && endsWithReporting.test(rest)) {
    const before = clauseBounds(sentenceText, bounds.start - 3, bounds.start - 3);
    return { spans: [{ start: before.start, end: bounds.end }], cut };
  }
  if (bounds.start > 0 && startsWithVerb.test(rest)) return { spans: [clauseBounds(sentenceText, 0, 0), bounds], cut };
  if (bounds.end < sentenceText.length - 2 && (wordCount(rest, 3) < 3 || (bounds.start === 0 && introductory.test(sentenceText.slice(bounds.start, bounds.end).trim())))) {
    const next = clauseBounds(sentenceText, bounds.end + 2, bounds.end + 2);
    return { spans: [{ start: Math.max(next.start, bounds.end), end: next.end }], cut };
  }
  return { spans: [bounds], cut };
}

/**
 * The dated clause widened until `enough`: a subordinate or relative clause ("which took the title on
 * Tuesday") takes its sentence; another takes the clauses before it one by one, from one that starts at a
 * capital, then the rest of the sentence.
 * The wider span keeps its date unless the date opens it.
 */
function widened(sentenceText: string, at: Span, clause: Span, enough: (pieces: Pieces) => boolean): Pieces {
  const span = (start: number, end: number): Pieces => ({ spans: [{ start, end }], cut: cutsDate(sentenceText, start, at) && atEdge(sentenceText, start, at) });
  const whole = span(0, sentenceText.length);
  if (subordinateStart.test(sentenceText.slice(clause.start, clause.end).trim())) return whole;
  for (let start = clause.start; start > 0; ) {
    const previous = clauseBounds(sentenceText, start - 3, start - 3).start;
    start = previous < start ? previous : 0;
    if (!startsSentence(sentenceText, start)) continue; // a summary starts at a capital
    const wider = span(start, clause.end);
    if (enough(wider)) return wider;
  }
  return whole;
}

/** Whether a date opens the span from `start`. */
function atEdge(sentenceText: string, start: number, at: Span): boolean {
  return !hasLetter(sentenceText.slice(start, at.start).replace(edgeWords, ''));
}

/** Whether a summary may start at `offset`: at the sentence's start or a capital (a name), not inside a phrase ("chairman of …, said"). */
function startsSentence(sentenceText: string, offset: number): boolean {
  return offset === 0 || /^[\s"“‘'(]*[\p{Lu}\d]/u.test(sentenceText.slice(offset));
}

/**
 * Whether the date is cut out of a clause starting at `from`: not when that leaves a phrase hanging
 * ("by the end of 2006", "bought in 2017 and", "in 1997 or 2001"), nor inside a quotation (its words are kept).
 */
function cutsDate(sentenceText: string, from: number, at: Span): boolean {
  const before = sentenceText.slice(from, at.start);
  const after = sentenceText.slice(at.end);
  const atStart = !hasLetter(before.replace(edgeWords, ''));
  const dateText = sentenceText.slice(at.start, at.end);
  if (insideQuotation(sentenceText, at.start) || /\b(?:the|an?|of)\s*$/i.test(before) || relativeDate.test(dateText) || boundary.test(dateText)) return false;
  return (atStart || !(hasLetter(after) ? hangingInside : hanging).test(before)) && !leaningOnDate.test(after);
}

/** The pieces as one line, the date cut out when it may be, its quotations whole: an opening mark where it starts inside one, a closing mark where it cuts one. */
function render(sentenceText: string, pieces: Pieces, at: Span): string {
  let joined = '';
  pieces.spans.forEach((span, i) => {
    // Pieces side by side keep the mark between them ("…at 5,647.65, its largest drop").
    if (i > 0) joined += (/^\s*([,;:—–])\s*$/.exec(sentenceText.slice(pieces.spans[i - 1].end, span.start))?.[1] ?? '') + ' ';
    const dated = pieces.cut && span.start <= at.start && at.end <= span.end;
    joined += dated ? sentenceText.slice(span.start, at.start) + ' ' + sentenceText.slice(at.end, span.end) : sentenceText.slice(span.start, span.end);
  });
  // A date kept in the summary stays in it when it is shortened: its clause is the event.
  const dated = pieces.cut ? -1 : joined.indexOf(sentenceText.slice(at.start, at.end));
  const summary = tidy(joined, dated < 0 ? 0 : dated + at.end - at.start);
  return summary && balanceQuotes(summary, sentenceText, pieces.spans[0].start);
}

/** Words that may stand before a date at the start of its clause: "On Friday, …", "In early 2004 …". */
const edgeWords = /\b(?:in|on|at|by|since|during|from|until|early|late|mid|last|this|next|the|of)\b/gi;
/** Words a phrase cannot end on; inside a clause, a preposition before the date cannot either. */
const hangingWords = 'the|an?|end|start|beginning|middle|half|quarter|of|from|between|and|to|than|starting|until|over|just|only|about|around|almost|nearly|some';
const hanging = new RegExp(`(?:\\b(?:${hangingWords})|-)\\s*$`, 'i');
const hangingInside = new RegExp(`(?:\\b(?:${hangingWords}|in|on|at|by|since|until|during|for|before|after)|-)\\s*$`, 'i');
/** A date told from another ("three weeks after the 14 December meeting"): cut out, it leaves its sentence without its sense. */
const relativeDate = /\b(?:days?|weeks?|months?|years?)\s+(?:after|before|from)\b/i;
/** A date that bounds the event ("until Wednesday", "since 1991"): cut out, it changes what the clause says. */
const boundary = /^(?:until|till|since|by|before|after|between|from)\b/i;
/** What follows a date and needs it: another date joined to it. */
const leaningOnDate = /^\s*(?:or|and|to|-|–)\s+\S*\d/;
const subordinateStart = /^(?:who|which|whose|whom|where|when|while|as|after|before|because|although|though|if|until|since|unless|once|to|with|and|but|or|than)\b/i;
const introductory = /^(?:in|on|at|after|before|during|since|until|by|from|earlier|later|last|this)\b/i;
const startsWithVerb = /^(?:will|would|shall|should|can|could|may|might|must|has|have|had|is|are|was|were|did|does)\b/i;
const endsWithReporting = /^[\p{Lu}][\p{L}\s.'’-]{0,40}\s(?:said|says|reported|reports|told|added|announced|confirmed|wrote)\.?$/u;

