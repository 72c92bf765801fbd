// Quotation marks in summaries: a summary never starts inside a quotation nor leaves one open.

/** The summary of the text from `start` with an opening mark where it starts inside a quotation, and a closing mark where it cuts one. */
export function balanceQuotes(summary: string, sentenceText: string, start: number): string {
  if (!hasQuotation(sentenceText)) return summary;
  const opening = insideQuotation(sentenceText, start) && !/^["“]/.test(summary) ? openingMark(sentenceText, start) : '';
  const balanced = opening + summary;
  const straight = (balanced.match(/"/g) ?? []).length;
  const curlyOpen = (balanced.match(/“/g) ?? []).length - (balanced.match(/”/g) ?? []).length;
  return straight % 2 === 1 ? balanced + '"' : curlyOpen > 0 ? balanced + '”' : balanced;
}

/** Whether an offset of the sentence lies inside a quotation (an odd number of marks before it). */
export function insideQuotation(sentenceText: string, offset: number): boolean {
  if (!hasQuotation(sentenceText)) return false;
  const before = sentenceText.slice(0, offset);
  return (before.match(/"/g) ?? []).length % 2 === 1 || (before.match(/“/g) ?? []).length > (before.match(/”/g) ?? []).length;
}

export function hasQuotation(text: string): boolean {
  return text.includes('"') || text.includes('“');
}

function openingMark(sentenceText: string, offset: number): string {
  return sentenceText.lastIndexOf('“', offset) > sentenceText.lastIndexOf('"', offset) ? '“' : '"';
}
