// Plain-text helpers of the citations: text with whitespace runs as one space (offsets mapped back),
// lines, and a short hash of a source. Offsets are UTF-16 code units, as everywhere in the core.

export interface Span {
  start: number;
  end: number;
}

/** 0-based line and UTF-16 character, as editors count them. */
export interface Position {
  line: number;
  character: number;
}

export interface TextRange {
  start: Position;
  end: Position;
}

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

/** The offset of the start of each line. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return starts;
}

export function positionAt(starts: readonly number[], offset: number): Position {
  const line = Math.max(0, lastIndex(starts, (start) => start <= offset));
  return { line, character: offset - starts[line] };
}

export function rangeOf(starts: readonly number[], span: Span): TextRange {
  return { start: positionAt(starts, span.start), end: positionAt(starts, span.end) };
}

/** A short hash of a whole text (FNV-1a, 32 bits, as 8 hex digits): tells whether a source changed. */
export function hashText(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** The last index whose item passes a test that holds for a prefix of the list; -1 when none does. */
function lastIndex<T>(items: readonly T[], passes: (item: T) => boolean): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (passes(items[mid])) low = mid + 1;
    else high = mid;
  }
  return low - 1;
}
