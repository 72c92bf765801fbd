// Finds the quotes of a note: a blockquote paragraph followed by a citation line
// `— [label](path#LN "anchor")` (in the quote or just after it), or ending with one ("> text — [label](…)").
// Tolerant of what a user does around a quote: blank lines between, other paragraphs in the same
// blockquote, several quotes in one, emphasis added, a link without anchor (written before anchors).
import { type AnchorHint, parseAnchorTitle, unescapeQuoteText } from './quoteFormat';
import type { Span } from '../base';

export interface NoteQuote {
  /** The quoted text as the source wrote it (escapes undone, whitespace as one space): the exact text to find. */
  text: string;
  /** The link's label, unescaped, and its target as written, without the #L fragment. */
  label: string;
  target: string;
  /** The 1-based line the link names. */
  line: number;
  /** The anchor in the link's title; undefined for a quote that has none (old style: line only). */
  anchor?: AnchorHint;
  /** Offsets in the note: the quote from its first line to the end of its citation, its text, its link. */
  span: Span;
  textSpan: Span;
  linkSpan: Span;
}

interface Line {
  start: number;
  end: number;
  /** Where the content starts, after any `>` markers and spaces. */
  contentStart: number;
  quoted: boolean;
}

const citationPattern =
  /(^|\s)(?:—|–|―|--)\s*\[((?:\\.|[^\\\]\n])*)\]\(\s*(<[^>\n]*>|[^\s()<>]+)(?:\s+"((?:\\.|[^"\\\n])*)")?\s*\)\s*$/;

export function findQuotes(noteText: string): NoteQuote[] {
  const lines = splitLines(noteText);
  const quotes: NoteQuote[] = [];
  const citations = new Set<number>();
  let fence: string | undefined;
  lines.forEach((line, index) => {
    const content = noteText.slice(line.contentStart, line.end);
    const fenceMark = /^(`{3,}|~{3,})/.exec(content)?.[1];
    if (fence) {
      if (fenceMark?.[0] === fence[0] && fenceMark.length >= fence.length) fence = undefined;
      return;
    }
    if (fenceMark) return void (fence = fenceMark);
    const quote = citationIn(noteText, lines, index, content, citations);
    if (quote) {
      citations.add(index);
      quotes.push(quote);
    }
  });
  return quotes;
}

function citationIn(noteText: string, lines: Line[], index: number, content: string, citations: Set<number>): NoteQuote | undefined {
  const match = citationPattern.exec(content);
  if (!match) return undefined;
  const target = match[3].replace(/^<|>$/g, '');
  const fragment = /^(.*)#L(\d+)(?:[,:.-]\S*)?$/.exec(target);
  if (!fragment) return undefined;
  const line = lines[index];
  const dash = line.contentStart + match.index + match[1].length;
  const linkStart = noteText.indexOf('[', dash);
  const linkEnd = line.contentStart + match.index + match[0].trimEnd().length;
  const pieces: Span[] = [];
  const before = content.slice(0, match.index).trimEnd();
  let above = index - 1;
  if (before) {
    if (!line.quoted) return undefined; // a paraphrase with its citation, no quote
    pieces.push({ start: line.contentStart, end: line.contentStart + before.length });
  } else {
    while (above >= 0 && !citations.has(above) && isBlank(lines[above])) above--;
  }
  for (; above >= 0 && lines[above].quoted && !citations.has(above) && !isBlank(lines[above]); above--) {
    const { contentStart, end } = lines[above];
    if (/^#{1,6}(?:\s|$)/.test(noteText.slice(contentStart, end))) break;
    pieces.unshift({ start: contentStart, end: contentStart + noteText.slice(contentStart, end).trimEnd().length });
  }
  const text = unescapeQuoteText(pieces.map((p) => noteText.slice(p.start, p.end)));
  if (!text) return undefined;
  return {
    text,
    label: unescapeQuoteText([match[2]]),
    target: fragment[1],
    line: Number(fragment[2]),
    anchor: match[4] === undefined ? undefined : parseAnchorTitle(match[4]),
    span: { start: lines[above + 1].start, end: line.end },
    textSpan: { start: pieces[0].start, end: pieces[pieces.length - 1].end },
    linkSpan: { start: linkStart, end: linkEnd },
  };
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  for (let start = 0; start <= text.length; ) {
    let next = text.indexOf('\n', start);
    if (next < 0) next = text.length;
    const end = next > start && text[next - 1] === '\r' ? next - 1 : next;
    const markers = /^[ \t]*((?:>[ \t]?)*)[ \t]*/.exec(text.slice(start, end))!;
    lines.push({ start, end, contentStart: start + markers[0].length, quoted: markers[1].length > 0 });
    start = next + 1;
  }
  return lines;
}

function isBlank(line: Line): boolean {
  return line.contentStart >= line.end;
}
