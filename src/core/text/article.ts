// Reads the structure of one news text: title, byline, publication date, site chrome, paragraphs, sentences.
import { type Dateline, findDateline } from './dateline';
import { findPublicationDate, type PublicationDate } from './publicationDate';
import { splitParagraphs, splitSentences } from './sentences';
import type { Span } from '../base';

export interface Sentence extends Span {
  paragraph: number;
}

export interface ArticleStructure {
  title: string;
  titleSpan: Span;
  byline?: string;
  published?: PublicationDate;
  /** Where and when a wire story was filed ("LONDON 1996-12-06", "WASHINGTON (Reuters) -"): its places are names, its text no sentence. */
  dateline?: Dateline;
  /** Lines that belong to the site, not the story: app promos, category lists, repeated titles. */
  chrome: Span[];
  paragraphs: Span[];
  sentences: Sentence[];
}

const chromePatterns = [
  /^stay tuned with\b/i,
  /^get it on google play$/i,
  /^download (?:it )?(?:on|from) the app store$/i,
  /\b(?:android|ios|iphone|mobile) app$/i,
  /^categor(?:y|ies)\s*:/i,
  /^tags?\s*:/i,
  /^editorial standards$/i,
  /^(?:advertisement|advertising|sponsored(?: content)?)$/i,
  /^(?:share|share this(?: article| story)?|print|email|comments?)$/i,
  /^(?:read more|related(?: articles| stories| topics)?|more on this story|you may also like)\s*:?$/i,
  /^(?:follow us|subscribe|sign up)\b.{0,60}$/i,
  /^(?:image|photo|picture) (?:copyright|caption|source)\b/i,
  /^(?:copyright|©)\s/i,
];
const bylinePattern = /^(?:written\s+)?by\s*:?\s+(.+)$/i;
const headerLines = 12;

export function readArticle(text: string, fileName: string): ArticleStructure {
  const frontMatterEnd = /^---\r?\n[\s\S]*?\r?\n---\r?\n?/.exec(text)?.[0].length ?? 0;
  const dateline = findDateline(text, frontMatterEnd);
  const published = findPublicationDate(text, fileName, dateline);
  const chrome: Span[] = frontMatterEnd > 0 ? [{ start: 0, end: frontMatterEnd }] : [];
  if (dateline) chrome.push(dateline.span);
  const stated = statedTitle(text, frontMatterEnd);
  let titleSpan: Span | undefined = stated;
  let byline: string | undefined;
  let lineNumber = 0;
  for (let start = frontMatterEnd; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = trimmedLine(text, start, end);
    start = end + 1;
    if (!line) continue;
    const length = line.end - line.start;
    const isHeader = lineNumber++ < headerLines;
    if (stated && line.start <= stated.start && stated.end <= line.end) {
      chrome.push(line); // the "Title: …" line
    } else if (published?.line && published.line.start <= line.start && line.end <= published.line.end + 1) {
      if (published.line !== dateline?.span) chrome.push(line);
    } else if (dateline && dateline.span.start === line.start) {
      if (!titleSpan && line.end > dateline.span.end) titleSpan = { start: dateline.span.end, end: line.end };
    } else if (length <= 80 && isChrome(text.slice(line.start, line.end))) {
      chrome.push(line);
    } else if (!titleSpan && isHeader && isFurniture(text.slice(line.start, line.end))) {
      chrome.push(line); // an editor's note above the headline
    } else if (!titleSpan) {
      titleSpan = line;
    } else if (isHeader && text.slice(line.start, line.end) === text.slice(titleSpan.start, titleSpan.end)) {
      chrome.push(line);
    } else if (isHeader && !byline && length <= 100) {
      const match = bylinePattern.exec(text.slice(line.start, line.end));
      if (match) byline = cleanByline(match[1]);
    }
  }
  titleSpan ??= { start: frontMatterEnd, end: frontMatterEnd };
  const paragraphs = splitParagraphs(text, frontMatterEnd)
    .map((p) => (dateline && p.start === dateline.span.start ? { start: startAfterSpace(text, dateline.span.end), end: p.end } : p))
    .filter((p) => p.start < p.end && !chrome.some((c) => c.start <= p.start && p.end <= c.end));
  const sentences: Sentence[] = [];
  paragraphs.forEach((paragraph, index) => {
    for (const span of splitSentences(text, paragraph)) sentences.push({ start: span.start, end: span.end, paragraph: index });
  });
  chrome.sort((a, b) => a.start - b.start);
  return { title: text.slice(titleSpan.start, titleSpan.end), titleSpan, byline, published, dateline, chrome, paragraphs, sentences };
}

function startAfterSpace(text: string, offset: number): number {
  while (offset < text.length && /\s/.test(text[offset])) offset++;
  return offset;
}

/** Lines put above a story that are not its headline: editors' notes, updates, corrections. */
const furniture = /^(?:\[|\(|\**(?:editor['’]?s['’]? note|note to (?:editors|readers)|note|update[d]?|correction|clarification|disclaimer)\**\s*[:\-–—])/i;

function isFurniture(line: string): boolean {
  return furniture.test(line);
}

/** The title the text states: in front matter ("title: …") or on a "Title: …" line among the first lines. */
function statedTitle(text: string, frontMatterEnd: number): Span | undefined {
  const stated = /^title[ \t]*:[ \t]*(\S.*?)[ \t]*$/im.exec(text.slice(0, Math.min(text.length, frontMatterEnd + 1000)));
  if (!stated) return undefined;
  const start = stated.index + stated[0].indexOf(stated[1]);
  const end = start + stated[1].length;
  return /^(["']).+\1$/.test(stated[1]) ? { start: start + 1, end: end - 1 } : { start, end };
}

function isChrome(line: string): boolean {
  return chromePatterns.some((pattern) => pattern.test(line));
}

/** The line [start, end) without its surrounding white space, or undefined when nothing is left. */
function trimmedLine(text: string, start: number, end: number): Span | undefined {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  return e > s ? { start: s, end: e } : undefined;
}

/** "Eileen Yu, Senior Contributing Editor" → "Eileen Yu"; "AFP" → "AFP". */
function cleanByline(value: string): string {
  return value.split(/\s*(?:,|\||\s[-–—]\s|\bfor\b|\bin\b)\s*/)[0].trim();
}
