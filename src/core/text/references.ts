// Explicit references in notes: [[Actor Name]] and [[Alias|shown text]].
import type { Span } from '../base';

export interface WikiReference extends Span {
  /** The name inside the brackets (before any "|"). */
  name: string;
  /** Where the name is written, inside the brackets. */
  nameSpan: Span;
}

const wikiLink = /\[\[([^\]|\n]{1,200})(?:\|[^\]\n]{0,200})?\]\]/g;

export function findWikiReferences(text: string, from = 0, to = text.length): WikiReference[] {
  const references: WikiReference[] = [];
  wikiLink.lastIndex = from;
  for (let m = wikiLink.exec(text); m && m.index < to; m = wikiLink.exec(text)) {
    const inner = m[1];
    const lead = inner.length - inner.trimStart().length;
    const name = inner.trim();
    if (!name) continue;
    const nameStart = m.index + 2 + lead;
    references.push({ start: m.index, end: m.index + m[0].length, name, nameSpan: { start: nameStart, end: nameStart + name.length } });
  }
  return references;
}
