// The text of a summary: white space and edges tidied, long ones shortened, words counted.
import { hasLetter, isWhiteSpace } from '../actors';

const maxSummary = 120;
/** How long a summary may grow to keep its date. */
const longestSummary = 180;

/** Runs of white space other than a single space: folding only these leaves most clauses as they are. */
const unevenSpace = /[^\S ]\s*| \s+/g;
/** A break between clauses where a long summary is best cut, and a clause after it that only adds to what is said. */
const clauseEnd = /[,;:]\s|\s[—–]\s/g;
const addedClause = /^(?:which|who|whose|where|while|when|as|after|before|because|although|though|but|and|so|saying|adding|according|including|despite|with|\p{Ll}+ing)\b/u;

/** A clause as a summary: spaces, edge words and marks tidied, shortened past 120 characters (keeping its first `keep`), capitalized; '' under two words. */
export function tidy(clause: string, keep = 0): string {
  // A summary is often tidied twice, to test it and to show it: the last answer is kept.
  if (clause === last.clause && (keep === last.keep || clause.length <= maxSummary)) return last.summary; // short: never shortened, so `keep` is moot
  last = { clause, keep, summary: tidied(clause, keep) };
  return last.summary;
}

let last = { clause: '', keep: 0, summary: '' };

function tidied(clause: string, keep: number): string {
  let summary = clause
    .replace(unevenSpace, ' ')
    .replace(/\s+([,.;:!?])/g, '$1')
    .trim()
    .replace(/\s(?:on|in|at|by|since|during|from|until|of|and|or|between)\.?$/i, '')
    .replace(/^(?:on|in|at|by|since|during|from|until)\s*(?=[,;:—–-])/i, '')
    .replace(/^[\s,;:—–-]+|[\s,;:—–(-]+$/g, '')
    .replace(/^(?:and|but|so|then)\s+/i, '')
    .trim();
  keep -= clause.length - summary.length; // about where the date ends in the summary
  if (keep > longestSummary) keep = 0; // too far in to keep
  if (summary.length > Math.max(maxSummary, keep + 1)) summary = shortened(summary, keep);
  if (wordCount(summary, 2) < 2) return '';
  return summary.charAt(0).toUpperCase() + summary.slice(1);
}

/** A long summary cut, with "…", before the last clause that only adds to it ("…, which …", "…, saying …") if that keeps most of it and its first `keep` characters, else at a word. */
function shortened(summary: string, keep: number): string {
  let cut = keep > maxSummary ? summary.indexOf(' ', keep) : summary.lastIndexOf(' ', maxSummary);
  if (cut < 0) return summary;
  for (const match of summary.slice(0, maxSummary).matchAll(clauseEnd)) {
    if (match.index >= Math.max(maxSummary * 0.6, keep) && addedClause.test(summary.slice(match.index + match[0].length))) cut = match.index;
  }
  return summary.slice(0, cut).replace(/[\s,;:—–-]+$/, '') + '…';
}

/** Words (separated by white space) that hold a letter, counted up to `atMost`. */
export function wordCount(text: string, atMost = Infinity): number {
  let count = 0;
  let counted = false; // the current word is already counted
  for (let i = 0; i < text.length && count < atMost; i++) {
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
