// Plain-text helpers of the citations: text with whitespace runs as one space (offsets mapped back),
// and a short hash of a source. Offsets are UTF-16 code units, as everywhere in the core.
import { firstNotBefore, hash } from '../base';

/** One whitespace run longer than one character, where the normal text is shorter than the original. */
interface Run {
  originalStart: number;
  originalEnd: number;
  /** Where its single space is in the normal text. */
  normalStart: number;
}

/** A text with every whitespace run written as one space, and the way back to the original offsets. */
export class NormalText {
  readonly text: string;
  private readonly runs: Run[] = [];

  constructor(original: string) {
    const runs = this.runs;
    let shift = 0;
    // Single spaces stay as they are, unvisited.
    this.text = original.replace(/\s{2,}|[^\S ]/g, (run: string, at: number) => {
      if (run.length > 1) runs.push({ originalStart: at, originalEnd: at + run.length, normalStart: at - shift });
      shift += run.length - 1;
      return ' ';
    });
  }

  /** The original offset of an offset into the normal text. */
  toOriginal(offset: number): number {
    const run = this.runs[lastIndex(this.runs, (r) => r.normalStart < offset)];
    return run ? run.originalEnd + (offset - run.normalStart - 1) : offset;
  }

  /** The offset into the normal text of an original offset (inside a run: after its space). */
  fromOriginal(offset: number): number {
    const run = this.runs[lastIndex(this.runs, (r) => r.originalStart < offset)];
    if (!run) return offset;
    return offset < run.originalEnd ? run.normalStart + 1 : run.normalStart + 1 + (offset - run.originalEnd);
  }
}

/** Whitespace runs as one space, ends trimmed: how a quote's text is compared. */
export function normalSpace(text: string): string {
  return /\s\s|[^\S ]|^ | $/.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
}

/** A short hash of a whole text (FNV-1a, 32 bits, as 8 hex digits): tells whether a source changed. */
export function hashText(text: string): string {
  return hash(text).toString(16).padStart(8, '0');
}

/** The last index whose item passes a test that holds for a prefix of the list; -1 when none does. */
function lastIndex<T>(items: readonly T[], passes: (item: T) => boolean): number {
  return firstNotBefore(0, items.length, (i) => passes(items[i])) - 1;
}
