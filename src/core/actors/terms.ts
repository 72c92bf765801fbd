// Terms an article defines: an acronym after a long form in lower case ("liquid natural gas (LNG)") is a
// common noun's, not a name, whatever a recognizer read.
const acronymInParentheses = /\((\p{Lu}{2,6})s?\)/gu;

/** The acronyms an article defines by a long form in lower case. */
export function definedTerms(text: string): Set<string> {
  const terms = new Set<string>();
  if (text.indexOf('(') < 0) return terms;
  for (const match of text.matchAll(acronymInParentheses)) {
    const letters = match[1].toLowerCase();
    // The words before, as many as the acronym has letters, each starting with its letter in lower case.
    const words = text.slice(Math.max(0, match.index - 100), match.index).trimEnd().split(/\s+/).slice(-letters.length);
    if (words.length === letters.length && words.every((word, i) => word[0] === letters[i] && /^\p{Ll}[\p{Ll}-]*$/u.test(word))) terms.add(match[1]);
  }
  return terms;
}
