// The anchor of a quote, as Hypothesis keeps one (the W3C Web Annotation TextQuoteSelector): the exact
// text with about 32 characters before and after it, the position as a hint, and a hash of the source.
import { lineStarts, positionAt, type Span } from '../base';
import { hashText, NormalText } from './text';

export const contextLength = 32;

export interface Anchor {
  /** The quoted text, whitespace runs as one space. */
  exact: string;
  /** Up to 32 characters of the source before the quote, and after it (whitespace as in `exact`). */
  prefix: string;
  suffix: string;
  /** Where the quote started in the source when it was made (a hint): offset, and 1-based line. */
  offset: number;
  line: number;
  /** hashText of the whole source when the quote was made. */
  hash: string;
}

/** A source text prepared for anchoring: its normal text, lines and hash, made once per version. */
export class SourceText {
  readonly hash: string;
  private starts?: number[];
  private normalText?: NormalText;

  constructor(readonly text: string) {
    this.hash = hashText(text);
  }

  /** Made when first needed: a quote found at its offset needs none. */
  get normal(): NormalText {
    return (this.normalText ??= new NormalText(this.text));
  }

  /** 1-based line of an offset. */
  lineOf(offset: number): number {
    this.starts ??= lineStarts(this.text);
    return positionAt(this.starts, offset).line + 1;
  }

  /** Offset of the start of a 1-based line (the end of the text past the last line). */
  lineStart(line: number): number {
    this.starts ??= lineStarts(this.text);
    return line < 1 ? 0 : (this.starts[line - 1] ?? this.text.length);
  }
}

/** The anchor of a quote of source[span], the span as given (balanceQuote makes a sentence's). */
export function anchorOf(source: SourceText, span: Span): Anchor {
  const normal = source.normal;
  const start = normal.fromOriginal(span.start);
  const end = normal.fromOriginal(span.end);
  return {
    exact: normal.text.slice(start, end),
    prefix: normal.text.slice(Math.max(0, start - contextLength), start),
    suffix: normal.text.slice(end, end + contextLength),
    offset: span.start,
    line: source.lineOf(span.start),
    hash: source.hash,
  };
}
