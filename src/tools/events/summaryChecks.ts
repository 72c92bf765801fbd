// The automatic checks of an event's summary: what makes it fail to stand alone as a timeline line.
import nlp from 'compromise';

export type SummaryFault = 'short' | 'pronoun' | 'quote' | 'verbless';
export const summaryFaults: readonly SummaryFault[] = ['short', 'pronoun', 'quote', 'verbless'];

const pronounStart = /^(?:he|she|it|they|we|i|you|him|her|them|his|its|their|our)\b/i;

/** What is wrong with a summary of an event of `sentence`: five words or fewer, a pronoun first, a quotation cut or entered midway, no verb. */
export function faultsOf(summary: string, sentence: string): SummaryFault[] {
  const faults: SummaryFault[] = [];
  if (summary.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length <= 5) faults.push('short');
  if (pronounStart.test(summary)) faults.push('pronoun');
  if (cutsQuotation(summary, sentence)) faults.push('quote');
  if (!nlp(summary).has('#Verb') && !summary.split(/[^\p{L}]+/u).some((word) => pastForms().has(word))) faults.push('verbless');
  return faults;
}

let past: Set<string> | undefined;

/** The past tense of every verb compromise knows: its tagger reads "rose" and "beat" in "Sri Lanka beat Australia" as nouns. */
function pastForms(): Set<string> {
  if (past) return past;
  const model = nlp.model();
  const lexicon = (model as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  const conjugate = (nlp.methods() as { two: { transform: { verb: { conjugate: (verb: string, model: unknown) => { PastTense?: string } } } } }).two.transform.verb.conjugate;
  past = new Set();
  for (const [word, tags] of Object.entries(lexicon)) {
    if (tags === 'Infinitive' || (Array.isArray(tags) && tags.includes('Infinitive'))) past.add(conjugate(word, model).PastTense ?? '');
  }
  return past;
}

/** Unbalanced quotation marks, or a start inside a quotation of the sentence. */
function cutsQuotation(summary: string, sentence: string): boolean {
  const straight = (summary.match(/"/g) ?? []).length;
  const opening = (summary.match(/“/g) ?? []).length;
  const closing = (summary.match(/”/g) ?? []).length;
  if (straight % 2 === 1 || opening !== closing) return true;
  const head = summary.replace(/…$/, '').slice(0, 24);
  const at = sentence.toLowerCase().indexOf(head.toLowerCase());
  if (at <= 0) return false;
  const before = sentence.slice(0, at);
  return (before.match(/"/g) ?? []).length % 2 === 1 || (before.match(/“/g) ?? []).length > (before.match(/”/g) ?? []).length;
}
