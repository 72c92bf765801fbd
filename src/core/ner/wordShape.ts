// Spelling classes of words: a small integer per word.

export const SHAPE_BOUNDARY = 0;
export const SHAPE_LOWER = 1;
export const SHAPE_TITLE = 2;
export const SHAPE_CAPS = 3;
export const SHAPE_ONE_CAP = 4;
export const SHAPE_MIXED = 5;
export const SHAPE_INITIAL = 6; // J.
export const SHAPE_DOTTED = 7; // U.S.
export const SHAPE_DIGITS = 8;
export const SHAPE_NUMBER = 9; // 1-0, 7.96, 1,000
export const SHAPE_ALNUM = 10;
export const SHAPE_PUNCT = 11;
export const SHAPE_QUOTE = 12;
export const SHAPE_BRACKET = 13;
export const SHAPE_OTHER = 14;
export const SHAPE_TITLE_HYPHEN = 15; // Anglo-Dutch
export const shapeCount = 16;

/** Whether a class is a word with letters (its capitalization means something). */
export function isWordShape(shape: number): boolean {
  return shape !== SHAPE_BOUNDARY && (shape < SHAPE_DIGITS || shape === SHAPE_TITLE_HYPHEN);
}

/** 1 upper-case letter, 2 lower-case letter, 0 anything else. */
function letterCase(code: number, word: string, i: number): number {
  if (code >= 65 && code <= 90) return 1;
  if (code >= 97 && code <= 122) return 2;
  if (code < 128) return 0;
  const ch = word[i];
  if (ch !== ch.toLowerCase()) return 1;
  if (ch !== ch.toUpperCase()) return 2;
  return 0;
}

/** Coarse spelling class of a word. */
export function coarseShape(word: string): number {
  let upper = 0;
  let lower = 0;
  let digits = 0;
  let dots = 0;
  let hyphens = 0;
  let quotes = 0;
  let brackets = 0;
  let punctuation = 0;
  let other = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    const letter = letterCase(code, word, i);
    if (letter === 1) upper++;
    else if (letter === 2) lower++;
    else if (code >= 48 && code <= 57) digits++;
    else if (code === 46) dots++;
    else if (code === 45) hyphens++;
    else if (code === 34 || code === 39 || code === 96 || (code >= 0x2018 && code <= 0x201d)) quotes++;
    else if (code === 40 || code === 41 || code === 91 || code === 93 || code === 123 || code === 125) brackets++;
    else if (code === 44 || code === 58 || code === 59 || code === 33 || code === 63) punctuation++;
    else other++;
  }
  const letters = upper + lower;
  const length = word.length;
  if (letters === 0) {
    if (digits > 0) return dots + hyphens + quotes + brackets + punctuation + other === 0 ? SHAPE_DIGITS : SHAPE_NUMBER;
    if (quotes === length) return SHAPE_QUOTE;
    if (brackets === 1 && length === 1) return SHAPE_BRACKET;
    if (dots + hyphens + punctuation === length) return SHAPE_PUNCT;
    return SHAPE_OTHER;
  }
  if (digits > 0) return SHAPE_ALNUM;
  if (lower === 0) {
    if (dots > 0) return letters === 1 ? SHAPE_INITIAL : SHAPE_DOTTED;
    return letters === 1 ? SHAPE_ONE_CAP : SHAPE_CAPS;
  }
  if (upper === 0) return SHAPE_LOWER;
  if (letterCase(word.charCodeAt(0), word, 0) === 1) {
    if (upper === 1) return SHAPE_TITLE;
    if (hyphens > 0) return SHAPE_TITLE_HYPHEN;
  }
  return SHAPE_MIXED;
}

/** Whether the first character is an upper-case letter. */
export function isCapitalized(word: string): boolean {
  return word.length > 0 && letterCase(word.charCodeAt(0), word, 0) === 1;
}
