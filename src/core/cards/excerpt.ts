// A short piece of a sentence around a name, for lists where the whole sentence does not fit.
import type { Span } from '../base';

export interface Excerpt {
  text: string;
  /** Where the name is in `text`. */
  highlight: Span;
}

/**
 * About `width` characters of `text` centred on `span`, cut at word boundaries, with runs of
 * whitespace (line breaks included) folded to one space and "…" where something was left out.
 */
export function excerptAround(text: string, span: Span, width = 100): Excerpt {
  const nameLength = span.end - span.start;
  const room = Math.max(0, width - nameLength);
  let from = Math.max(0, span.start - Math.floor(room / 2));
  let to = Math.min(text.length, span.end + Math.ceil(room / 2));
  // Give room one side does not need to the other.
  if (from === 0) to = Math.min(text.length, span.end + room - span.start);
  if (to === text.length) from = Math.max(0, span.start - (room - (text.length - span.end)));
  if (from > 0) from = wordStartAfter(text, from, span.start);
  if (to < text.length) to = wordEndBefore(text, to, span.end);

  let out = from > 0 ? '…' : '';
  let start = -1;
  let end = -1;
  let lastWasSpace = from > 0;
  for (let i = from; i < to; i++) {
    if (i === span.start) start = out.length;
    if (i === span.end) end = out.length;
    const space = /\s/.test(text[i]);
    if (space && (lastWasSpace || out.length === 0)) continue;
    out += space ? ' ' : text[i];
    lastWasSpace = space;
  }
  if (end < 0) end = out.length;
  out = out.replace(/ $/, '');
  end = Math.min(end, out.length);
  if (to < text.length) out += '…';
  return { text: out, highlight: { start, end } };
}

/** The start of the first word at or after `offset`, not past `limit`. */
function wordStartAfter(text: string, offset: number, limit: number): number {
  if (/\s/.test(text[offset - 1])) return offset;
  for (let i = offset; i < limit; i++) if (/\s/.test(text[i])) return i + 1;
  return offset;
}

/** The end of the last whole word before `offset`, not before `limit`. */
function wordEndBefore(text: string, offset: number, limit: number): number {
  if (/\s/.test(text[offset])) return offset;
  for (let i = offset - 1; i >= limit; i--) if (/\s/.test(text[i])) return i;
  return offset;
}
