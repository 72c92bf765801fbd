// A list of numbers kept as its comma-separated text until first read. Restoring 20,000 cached
// analyses is mostly parsing numbers, and most articles' sentence spans are never read in a session.

export class NumberList {
  private constructor(
    private text: string | undefined,
    private values: number[] | undefined,
  ) {}

  static of(values: number[]): NumberList {
    return new NumberList(undefined, values);
  }

  /** From its stored text; a list that turns out malformed reads as empty. */
  static fromText(text: unknown): NumberList {
    if (typeof text !== 'string') throw new Error('malformed analysis');
    return new NumberList(text, undefined);
  }

  list(): readonly number[] {
    if (!this.values) {
      try {
        const values: unknown = JSON.parse(`[${this.text}]`);
        this.values = Array.isArray(values) && values.every(Number.isInteger) ? (values as number[]) : [];
      } catch {
        this.values = [];
      }
      this.text = undefined;
    }
    return this.values;
  }

  toJSON(): string {
    return this.text ?? this.values!.join(',');
  }
}
