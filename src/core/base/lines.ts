// Lines of a text: where each starts, and offsets as the 0-based line and UTF-16 character editors count.
import type { Span } from './types';
import { firstNotBefore } from './sortedList';

export interface Position {
  line: number;
  character: number;
}

export interface TextRange {
  start: Position;
  end: Position;
}

/** The offset of the start of each line. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return starts;
}

export function positionAt(starts: readonly number[], offset: number): Position {
  const line = Math.max(0, firstNotBefore(0, starts.length, (i) => starts[i] <= offset) - 1);
  return { line, character: offset - starts[line] };
}

export function rangeOf(starts: readonly number[], span: Span): TextRange {
  return { start: positionAt(starts, span.start), end: positionAt(starts, span.end) };
}
