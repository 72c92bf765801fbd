// A quote starts and ends on balanced quotation marks: a double mark left open is closed by taking in
// the text up to its partner (in the same paragraph, with no other mark of the pair between), and a
// mark without partner that begins or ends the quote is dropped. Single marks are never grown over:
// they are too often apostrophes.
import type { Span } from '../base';

/** How far a quote may grow to take in a closing or opening mark. */
const maxGrowth = 400;

type Mark = { at: number; opens: boolean; pair: 'double' | 'single' };

/** The span, trimmed of whitespace, moved so that its quotation marks are balanced. */
export function balanceQuote(text: string, span: Span): Span {
  let { start, end } = trim(text, span);
  for (let round = 0; round < 4; round++) {
    const open = unbalanced(text, start, end);
    if (!open) break;
    if (open.opens) {
      const close = open.pair === 'double' ? closingAfter(text, end) : undefined;
      if (close !== undefined) end = sentenceEnd(text, close);
      else if (open.at === start) start = trim(text, { start: start + 1, end }).start;
      else break;
    } else {
      const opening = open.pair === 'double' ? openingBefore(text, start) : undefined;
      if (opening !== undefined) start = opening;
      else if (open.at === end - 1) end = trim(text, { start, end: end - 1 }).end;
      else break;
    }
  }
  return { start, end };
}

/** The first mark in text[start, end) that has no partner inside it. */
function unbalanced(text: string, start: number, end: number): Mark | undefined {
  const stack: Mark[] = [];
  for (let at = start; at < end; at++) {
    const mark = markAt(text, at);
    if (!mark) continue;
    const top = stack[stack.length - 1];
    if (!mark.opens && top?.pair === mark.pair) stack.pop();
    else if (mark.opens) stack.push(mark);
    // A closing single mark with nothing open is an apostrophe ("voters' trust"), unless punctuation ends before it.
    else if (mark.pair === 'double' || /[.,!?;:]/.test(text[at - 1] ?? '')) return mark;
  }
  return stack[0];
}

function markAt(text: string, at: number): Mark | undefined {
  const c = text[at];
  if (c === '“') return { at, opens: true, pair: 'double' };
  if (c === '”') return { at, opens: false, pair: 'double' };
  if (c !== '"' && c !== "'" && c !== '‘' && c !== '’') return undefined;
  const pair = c === '"' ? 'double' : 'single';
  const before = text[at - 1] ?? ' ';
  const after = text[at + 1] ?? ' ';
  const opens = c === '‘' || (c !== '’' && /[\s([{—–-]/.test(before) && /\S/.test(after));
  // A single mark inside a word or before a digit ('90s) is no quotation mark.
  const inWord = /[\p{L}\p{N}]/u.test(before) && /[\p{L}\p{N}]/u.test(after);
  if (pair === 'single' && (inWord || (opens && /\d/.test(after)))) return undefined;
  return { at, opens, pair };
}

/** The closing double mark after `from`, in the same paragraph, with no other double mark before it. */
function closingAfter(text: string, from: number): number | undefined {
  for (let at = from; at < text.length && at < from + maxGrowth; at++) {
    if (isParagraphBreak(text, at)) return undefined;
    const mark = markAt(text, at);
    if (mark?.pair === 'double') return mark.opens ? undefined : at;
  }
  return undefined;
}

function openingBefore(text: string, from: number): number | undefined {
  for (let at = from - 1; at >= 0 && at >= from - maxGrowth; at--) {
    if (isParagraphBreak(text, at)) return undefined;
    const mark = markAt(text, at);
    if (mark?.pair === 'double') return mark.opens ? at : undefined;
  }
  return undefined;
}

/** The end of the sentence of a closing mark: after the mark when it ends one ('stand down."'), else
 * the end of what follows ('…year," Mr Peston said.'). */
function sentenceEnd(text: string, close: number): number {
  if (/[.!?]['’"”]*$/.test(text.slice(Math.max(0, close - 4), close))) return close + 1;
  const rest = /^\s[^\n.!?"“”]{0,200}[.!?]+(?=\s|$)/.exec(text.slice(close + 1, close + 202));
  return rest ? close + 1 + rest[0].length : close + 1;
}

function isParagraphBreak(text: string, at: number): boolean {
  return text[at] === '\n' && /^\n[ \t]*(?:\r?\n|$)/.test(text.slice(at, at + 80));
}

function trim(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}
