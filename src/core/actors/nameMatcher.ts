// Finds known names in any text — whole words, case-aware, possessives allowed — in one pass.
import type { Span } from '../base';

export interface NameMatch extends Span {
  /** Whatever the name was registered with (an actor id). */
  target: string;
  /** How many other targets have the same name ("Johnson" for several people), when any. */
  others?: number;
}

interface Entry {
  words: string[];
  /** What stands between each two words besides spaces and hyphens: "&" in "Johnson & Johnson", mostly nothing. */
  gaps: string[];
  /** The words joined by single spaces, to spot a name registered twice. */
  joined: string;
  target: string;
  weight: number;
}

const wordPattern = /[\p{L}\p{N}]+(?:[.'’&][\p{L}\p{N}]+)*/gu;

export function splitWords(text: string): string[] {
  return text.match(wordPattern) ?? [];
}

export class NameMatcher {
  private readonly byFirstWord = new Map<string, Entry[]>();

  /**
   * Registers a name. A longer name wins over a shorter one at the same place; of two targets with
   * the same name, the one of more weight (an actor's mentions), then the one added first.
   */
  add(name: string, target: string, weight = 0): void {
    const words = splitWords(name);
    if (words.length === 0) return;
    const key = words[0].toLowerCase();
    let entries = this.byFirstWord.get(key);
    if (!entries) {
      entries = [];
      this.byFirstWord.set(key, entries);
    }
    const gaps = gapsOf(name);
    const joined = words.map((word, i) => (i > 0 && gaps[i - 1] ? `${gaps[i - 1]} ${word}` : word)).join(' ');
    if (entries.some((e) => e.target === target && e.joined === joined)) return;
    let at = entries.length;
    while (at > 0 && (entries[at - 1].words.length < words.length || (entries[at - 1].words.length === words.length && entries[at - 1].weight < weight))) at--;
    entries.splice(at, 0, { words, gaps, joined, target, weight });
  }

  remove(name: string, target: string): void {
    const words = splitWords(name);
    const gaps = gapsOf(name);
    const joined = words.map((word, i) => (i > 0 && gaps[i - 1] ? `${gaps[i - 1]} ${word}` : word)).join(' ');
    const key = words[0]?.toLowerCase() ?? '';
    const entries = this.byFirstWord.get(key);
    const at = entries?.findIndex((e) => e.target === target && e.joined === joined) ?? -1;
    if (at < 0) return;
    entries!.splice(at, 1);
    if (entries!.length === 0) this.byFirstWord.delete(key);
  }

  get size(): number {
    return this.byFirstWord.size;
  }

  /** All names in `text` between `from` and `to`, longest first at each place, never overlapping; only of targets `accept` takes. */
  find(text: string, from = 0, to = text.length, accept: (target: string) => boolean = () => true): NameMatch[] {
    const tokens: { start: number; end: number; word: string }[] = [];
    wordPattern.lastIndex = from;
    for (let m = wordPattern.exec(text); m && m.index < to; m = wordPattern.exec(text)) {
      tokens.push({ start: m.index, end: m.index + m[0].length, word: m[0] });
    }
    const matches: NameMatch[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const entries = this.byFirstWord.get(stripPossessive(tokens[i].word).toLowerCase()) ?? this.byFirstWord.get(tokens[i].word.toLowerCase());
      if (!entries) continue;
      for (const entry of entries) {
        if (!accept(entry.target)) continue;
        const end = this.matchAt(text, tokens, i, entry);
        if (end === undefined) continue;
        const others = entries.reduce((count, other) => count + (other.joined === entry.joined && other.target !== entry.target && accept(other.target) ? 1 : 0), 0);
        matches.push(others > 0 ? { start: tokens[i].start, end, target: entry.target, others } : { start: tokens[i].start, end, target: entry.target });
        i += entry.words.length - 1;
        break;
      }
    }
    return matches;
  }

  private matchAt(text: string, tokens: { start: number; end: number; word: string }[], at: number, { words, gaps }: Entry): number | undefined {
    if (at + words.length > tokens.length) return undefined;
    for (let k = 0; k < words.length; k++) {
      const token = tokens[at + k];
      const last = k === words.length - 1;
      if (!sameWord(token.word, words[k]) && !(last && sameWord(stripPossessive(token.word), words[k]))) return undefined;
      if (k > 0 && !sameGap(text.slice(tokens[at + k - 1].end, token.start), gaps[k - 1])) return undefined;
    }
    const token = tokens[at + words.length - 1];
    const name = words[words.length - 1];
    let end = token.start + (sameWord(token.word, name) ? token.word.length : stripPossessive(token.word).length);
    // "U.S." is matched with its final period when the name has one.
    if (text[end] === '.' && dottedCapitals.test(name)) end++;
    return end;
  }
}

const dottedCapitals = /\p{Lu}\.\p{Lu}$/u;

/** The gaps between the words of a name, without spaces and hyphens. */
function gapsOf(name: string): string[] {
  const gaps: string[] = [];
  let previous: number | undefined;
  for (const match of name.matchAll(wordPattern)) {
    if (previous !== undefined) gaps.push(name.slice(previous, match.index).replace(/[\s-]+/g, ''));
    previous = match.index + match[0].length;
  }
  return gaps;
}

function sameGap(written: string, gap: string): boolean {
  return written.length > 0 && /^[\s-]*$/.test(gap ? written.replace(gap, '') : written) && (!gap || written.includes(gap));
}

function stripPossessive(word: string): string {
  const last = word.charCodeAt(word.length - 1);
  return last === 115 || last === 83 ? word.replace(/['’]s$/i, '') : word; // only a word ending in "s" can be one
}

/** Same word, as written or in capitals (a headline): "ByteDance" matches "ByteDance" and "BYTEDANCE", not "bytedance". */
function sameWord(written: string, name: string): boolean {
  if (written === name) return true;
  if ((written.includes('’') || name.includes('’')) && written.replace(/’/g, "'") === name.replace(/’/g, "'")) return true;
  // In capitals: not when its second letter is a lower-case one (most words, told without a copy).
  const second = written.charCodeAt(1);
  return written.length > 1 && !(second >= 97 && second <= 122) && written === written.toUpperCase() && written === name.toUpperCase();
}
