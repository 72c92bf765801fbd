// Splits article text into paragraphs and sentences with exact offsets.
import type { Span } from '../base';

/** Words that end with a period without ending a sentence. */
const abbreviations = new Set(
  (
    'mr mrs ms dr prof sr jr st mt ft gen col lt sgt capt cmdr adm maj sen rep gov pres supt insp rev hon ' +
    'inc ltd co corp bros plc llc dept univ assn est approx vs etc al cf fig no nos vol op ed eds ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun ' +
    'ave blvd rd'
  ).split(' '),
);

/** Abbreviations that usually stand before a name, so a capital after them never starts a sentence. */
const titleAbbreviations = new Set('mr mrs ms dr prof st mt gen col lt sgt capt cmdr adm maj sen rep gov pres supt insp rev hon'.split(' '));

/**
 * Paragraphs: blocks separated by blank lines. In a hard-wrapped block the lines form one paragraph;
 * otherwise each line is its own paragraph (as in most news texts, where a line is a paragraph).
 */
export function splitParagraphs(text: string, from = 0, to = text.length): Span[] {
  const paragraphs: Span[] = [];
  let block: Span[] = [];
  const flush = () => {
    if (block.length === 0) return;
    if (isHardWrapped(text, block)) paragraphs.push({ start: block[0].start, end: block[block.length - 1].end });
    else paragraphs.push(...block);
    block = [];
  };
  let lineStart = from;
  while (lineStart <= to) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0 || lineEnd > to) lineEnd = to;
    const line = trimSpan(text, lineStart, lineEnd);
    if (line.end > line.start) block.push(line);
    else flush();
    lineStart = lineEnd + 1;
  }
  flush();
  return paragraphs;
}

function isHardWrapped(text: string, lines: Span[]): boolean {
  if (lines.length < 3) return false;
  let openEnds = 0;
  let longLines = 0;
  for (let i = 0; i < lines.length - 1; i++) {
    if (!/[.!?:"'”’)]$/.test(text.slice(lines[i].end - 1, lines[i].end))) openEnds++;
    if (lines[i].end - lines[i].start >= 40) longLines++;
  }
  return openEnds * 2 >= lines.length - 1 && longLines * 4 >= (lines.length - 1) * 3;
}

function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 12 || code === 0xa0;
}

const closers = '"\'”’)]»';

/** Sentences inside one paragraph. Newlines inside a hard-wrapped paragraph are ordinary spaces. */
export function splitSentences(text: string, paragraph: Span): Span[] {
  const sentences: Span[] = [];
  let start = paragraph.start;
  for (let i = paragraph.start; i < paragraph.end; i++) {
    const code = text.charCodeAt(i);
    if (code !== 46 && code !== 33 && code !== 63) continue; // . ! ?
    const ch = text[i];
    let end = i + 1;
    while (end < paragraph.end && (text[end] === '.' || text[end] === '!' || text[end] === '?')) end++;
    while (end < paragraph.end && closers.includes(text[end])) end++;
    if (end >= paragraph.end) break;
    if (!isSpace(text.charCodeAt(end))) continue;
    let next = end;
    while (next < paragraph.end && isSpace(text.charCodeAt(next))) next++;
    if (ch === '.' && !periodEndsSentence(text, start, i, next)) continue;
    if (!startsSentence(text, next)) continue;
    sentences.push({ start, end });
    start = next;
    i = next - 1;
  }
  if (start < paragraph.end) sentences.push({ start, end: paragraph.end });
  return sentences;
}

function periodEndsSentence(text: string, sentenceStart: number, period: number, next: number): boolean {
  let wordStart = period;
  while (wordStart > sentenceStart && !isSpace(text.charCodeAt(wordStart - 1)) && !'("“‘['.includes(text[wordStart - 1])) wordStart--;
  const word = text.slice(wordStart, period);
  const lower = word.toLowerCase();
  if (titleAbbreviations.has(lower)) return false;
  if (initial.test(word)) return false; // an initial: "John F. Kennedy"
  // "U.S.", "a.m.", "Inc." end a sentence only before a word that plainly starts one.
  if (abbreviations.has(lower) || dottedLetters.test(word)) {
    const nextWord = leadingWord.exec(text.slice(next, next + 20))?.[0] ?? '';
    return commonSentenceStarters.has(nextWord);
  }
  return true;
}

const initial = /^\p{Lu}$/u;
const leadingWord = /^[\p{L}\p{N}]+/u;
const dottedLetters = /^(\p{L}\.)+\p{L}$/u;

const commonSentenceStarters = new Set(
  'The A An It He She They We I In But And This That These Those There Its His Her Their Our On At For As If When While After Before However Meanwhile Also'.split(' '),
);

function startsSentence(text: string, at: number): boolean {
  const ch = text[at];
  if (ch === undefined) return false;
  if ('"\'“‘([«-–—'.includes(ch)) return true;
  return capitalOrDigit.test(ch);
}

const capitalOrDigit = /[\p{Lu}\p{N}]/u;
