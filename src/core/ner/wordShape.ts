// Spelling classes of words: a coarse class (a small integer) and a collapsed shape string.

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

function isUpperChar(ch: string): boolean {
  return ch !== ch.toLowerCase();
}
function isLowerChar(ch: string): boolean {
  return ch !== ch.toUpperCase();
}

/** Whether a coarse class is a word with letters (its capitalization means something). */
export function isWordShape(shape: number): boolean {
  return shape !== SHAPE_BOUNDARY && (shape < SHAPE_DIGITS || shape === SHAPE_TITLE_HYPHEN);
}

/** Coarse spelling class of a word. */
export function coarseShape(word: string): number {
  let upper = 0;
  let lower = 0;
  let digits = 0;
  let dots = 0;
  let hyphens = 0;
  let other = 0;
  for (const ch of word) {
    if (ch >= '0' && ch <= '9') digits++;
    else if (isUpperChar(ch)) upper++;
    else if (isLowerChar(ch)) lower++;
    else if (ch === '.') dots++;
    else if (ch === '-') hyphens++;
    else other++;
  }
  const letters = upper + lower;
  if (letters === 0) {
    if (digits > 0) return dots + hyphens + other === 0 ? SHAPE_DIGITS : SHAPE_NUMBER;
    if (/^["“”'‘’`]+$/.test(word)) return SHAPE_QUOTE;
    if (/^[()[\]{}]$/.test(word)) return SHAPE_BRACKET;
    if (/^[.,:;!?-]+$/.test(word)) return SHAPE_PUNCT;
    return SHAPE_OTHER;
  }
  if (digits > 0) return SHAPE_ALNUM;
  const first = word[0];
  if (upper > 0 && lower === 0) {
    if (dots > 0) return letters === 1 ? SHAPE_INITIAL : SHAPE_DOTTED;
    return letters === 1 ? SHAPE_ONE_CAP : SHAPE_CAPS;
  }
  if (upper === 0) return SHAPE_LOWER;
  if (isUpperChar(first)) {
    if (upper === 1) return SHAPE_TITLE;
    if (hyphens > 0) return SHAPE_TITLE_HYPHEN;
  }
  return SHAPE_MIXED;
}

/** Shape with runs collapsed: "Xx", "X.X.", "d-d", "Xx-Xx", "x'x". */
export function collapsedShape(word: string): string {
  let shape = '';
  let last = '';
  for (const ch of word) {
    const c = ch >= '0' && ch <= '9' ? 'd' : isUpperChar(ch) ? 'X' : isLowerChar(ch) ? 'x' : ch;
    if (c !== last) shape += c;
    last = c;
  }
  return shape;
}

/** Whether the first character is an upper-case letter. */
export function isCapitalized(word: string): boolean {
  return word.length > 0 && isUpperChar(word[0]);
}
