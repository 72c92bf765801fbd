// Texts and helpers shared by the citations tests (written for them; no corpus text).
import type { Span } from '../../src/core/base';
import type { QuoteFix } from '../../src/core/citations';

export const story = [
  'Council approves new bridge',
  'Published: 2024-03-05',
  '',
  'The city council voted on Monday to build a new bridge over the river. The vote was seven to two.',
  '',
  'Mayor Ana Lopez said the bridge would open in 2027. "It will change how people cross the city," she said.',
  '',
  'Critics said the cost was too high. The council will meet again next week.',
  '',
  'Critics said the cost was too high. Others praised the design of the towers.',
  '',
].join('\n');

/** The span of the first (or n-th) occurrence of a piece of text. */
export function spanOf(text: string, piece: string, occurrence = 1): Span {
  let start = -1;
  for (let n = 0; n < occurrence; n++) start = text.indexOf(piece, start + 1);
  if (start < 0) throw new Error(`not in the text: ${piece}`);
  return { start, end: start + piece.length };
}

/** What an editor does with a quick fix the user chose (the core never does it). */
export function applyFix(text: string, fix: QuoteFix): string {
  return [...fix.edits].sort((a, b) => b.span.start - a.span.start).reduce((t, e) => t.slice(0, e.span.start) + e.newText + t.slice(e.span.end), text);
}
