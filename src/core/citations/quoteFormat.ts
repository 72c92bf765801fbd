// How a quote is written in a note:
//
//   > The quoted sentence, as the source writes it.
//   >
//   > — [Article title, line 13](../sources/story.txt#L13 "…32 characters before⟨quote⟩32 characters after… · offset 2047 · hash 5f3a9c1e")
//
// The anchor is the link's title: every Markdown renderer keeps it out of the text (a tooltip at most),
// it travels with the link when the quote is copied, and the quote itself is its exact text.
import { type Anchor, anchorOf, SourceText } from './anchor';
import { balanceQuote } from './quoteMarks';
import type { Span } from '../base';
import { normalSpace } from './text';

/** What the link title holds besides the exact text (which is the quote). */
export type AnchorHint = Omit<Anchor, 'exact' | 'line'>;

const quoteMark = '⟨quote⟩';

/**
 * A source's span (a sentence, say) as a quote for a note, anchored; the span is trimmed and balanced
 * on its quotation marks first. `title` is the article's, `link` the path from the note to the source
 * (no fragment). Ends with a line break.
 */
export function formatQuote(source: SourceText | string, span: Span, title: string, link: string): string {
  const text = typeof source === 'string' ? new SourceText(source) : source;
  const anchor = anchorOf(text, balanceQuote(text.text, span));
  return `> ${escapeQuoteText(anchor.exact)}\n>\n> — ${citationLink(`${title}, line ${anchor.line}`, link, anchor)}\n`;
}

/** `[label](link#LN "anchor")`: the citation of a quote. */
export function citationLink(label: string, link: string, anchor: AnchorHint & { line: number }): string {
  return `[${escapeInline(normalSpace(label))}](${encodeTarget(link)}#L${anchor.line} "${anchorTitle(anchor)}")`;
}

/** The label of a citation for a new line: "Title, line 13" takes the new number; other labels stay. */
export function relabel(label: string, line: number): string {
  return label.replace(/(,\s*line\s+)\d+$/i, `$1${line}`);
}

export function anchorTitle(anchor: AnchorHint): string {
  const context = (text: string) => escapeTitle(text.replace(/[%⟨⟩]/g, (c) => encodeURIComponent(c)));
  return `…${context(anchor.prefix)}${quoteMark}${context(anchor.suffix)}… · offset ${anchor.offset} · hash ${anchor.hash}`;
}

/** The anchor in a link title as written in the note (backslash escapes still in), or undefined. */
export function parseAnchorTitle(rawTitle: string): AnchorHint | undefined {
  const match = /^…(.*)⟨quote⟩(.*)… · offset (\d+) · hash ([0-9a-f]{8})$/s.exec(unescapeBackslashes(rawTitle));
  if (!match) return undefined;
  const context = (text: string) => text.replace(/%(?:25|E2%9F%A8|E2%9F%A9)/g, (c) => decodeURIComponent(c));
  return { prefix: context(match[1]), suffix: context(match[2]), offset: Number(match[3]), hash: match[4] };
}

/**
 * Untrusted text as the text of a quote line: whitespace runs as one space, and no link, autolink,
 * image, HTML, entity, code, emphasis, math, table or block (heading, list, quote) can form.
 */
export function escapeQuoteText(text: string): string {
  return escapeInline(normalSpace(text)).replace(/^(?:[#+\-=>]|\d+(?=[.)]))/, (c) => (/\d/.test(c) ? `${c}\\` : `\\${c}`));
}

function escapeInline(text: string): string {
  const escaped = text
    .replace(/[\\`*_[\]<>|~]/g, '\\$&')
    .replace(/&(?=#?\w+;)/g, '\\&')
    .replace(/\b([a-z][\w+.-]*):\/\//gi, '$1\\:\\/\\/')
    .replace(/\bwww\./gi, (w) => `${w.slice(0, 3)}\\.`)
    .replace(/(?<=\w)@(?=\w)/g, '\\@')
    .replace(/\\\]\(/g, '\\]\\('); // some renderers take "\](" for the end of a link text
  // Two dollar signs could pair into math; one never does ("$5bn").
  return (escaped.match(/\$/g)?.length ?? 0) > 1 ? escaped.replace(/\$/g, '\\$') : escaped;
}

/**
 * The text of quote lines (their `>` markers removed) as the source wrote it: backslash escapes undone,
 * emphasis and code marks the user added dropped (the source's own are escaped), whitespace as one space.
 */
export function unescapeQuoteText(lines: string[]): string {
  const text = lines
    .map((line) => line.replace(/(?<!\\)((?:\\\\)*)\\$/, '$1')) // a backslash hard break
    .join(' ')
    .replace(/\\([!-/:-@[-`{-~])|[*_`]/g, (_all, escaped: string | undefined) => escaped ?? '');
  return normalSpace(text);
}

function unescapeBackslashes(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

function escapeTitle(text: string): string {
  return text.replace(/[\\"]/g, '\\$&').replace(/&(?=#?\w+;)/g, '\\&');
}

/** A link target that stays one: spaces, parentheses and angle brackets percent-encoded. */
function encodeTarget(link: string): string {
  return link.replace(/[ ()<>"]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
