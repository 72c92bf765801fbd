// Splits raw article text into word tokens with exact UTF-16 offsets, CoNLL-style:
// punctuation, possessives ('s) and clitics (n't) are split off; abbreviations (U.S., Inc., J.),
// hyphenated words and numbers (1-0, 7.96, 1,000) stay whole. Also marks sentence and line starts.

/** Token is the first of a sentence. */
export const SENTENCE_START = 1;
/** Token is the first of a line. */
export const LINE_START = 2;
/** Token lies on a line written in capitals (a headline). */
export const CAPS_LINE = 4;

/** Words that keep their final period (besides initials and dotted forms like U.S.). */
const abbreviations = new Set(
  (
    'Mr Mrs Ms Dr Prof Sr Jr St Mt Ft Gen Col Lt Sgt Capt Cmdr Adm Maj Sen Rep Gov Pres Supt Insp Rev Hon ' +
    'Inc Ltd Co Corp Bros Plc Cos Dept Univ Assn No Nos vs etc al Vol vol ' +
    'Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec ' +
    'Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Ky La Md Mass Mich Minn Miss Mo Mont Neb Nev ' +
    'Okla Ore Pa Tenn Tex Va Vt Wash Wis Wyo ST INC CORP CO LTD'
  ).split(' '),
);

// Character classes for the BMP, filled lazily for non-ASCII characters.
const WORD = 1; // letter, digit, combining mark
const SPACE = 2;
const NEWLINE = 3;
const PUNCT = 4; // always a token of its own: quotes, brackets, , ; ! ? and symbols
const JOINER = 5; // inside a word it stays (- . , ' ’ / & @ _ : + %), at its edges it is split off
const UNKNOWN = 0;

const classes = new Uint8Array(65536);
function initClasses(): void {
  for (let c = 0; c < 128; c++) classes[c] = PUNCT;
  for (let c = 48; c <= 57; c++) classes[c] = WORD;
  for (let c = 65; c <= 90; c++) classes[c] = WORD;
  for (let c = 97; c <= 122; c++) classes[c] = WORD;
  for (const c of [9, 11, 12, 32, 0xa0, 0x1680, 0x202f, 0x205f, 0x3000, 0xfeff, 0x200b]) classes[c] = SPACE;
  for (let c = 0x2000; c <= 0x200a; c++) classes[c] = SPACE;
  for (const c of [10, 13, 0x85, 0x2028, 0x2029]) classes[c] = NEWLINE;
  for (const ch of "-.,'’/&@_:+%#$*=~^|\\") classes[ch.charCodeAt(0)] = JOINER;
  for (let c = 0; c < 32; c++) if (classes[c] === PUNCT) classes[c] = SPACE;
  classes[127] = SPACE;
}
initClasses();

const letterOrDigit = /[\p{L}\p{M}\p{N}]/u;
function classOf(code: number): number {
  let k = classes[code];
  if (k === UNKNOWN) {
    // Surrogates (emoji and other astral symbols) are punctuation here; the pair stays together.
    k = code >= 0xd800 && code <= 0xdfff ? PUNCT : letterOrDigit.test(String.fromCharCode(code)) ? WORD : PUNCT;
    classes[code] = k;
  }
  return k;
}

function isUpper(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0xde && code !== 0xd7);
}
function isLower(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 0xdf && code <= 0xff && code !== 0xf7);
}
function isLetter(code: number): boolean {
  return isUpper(code) || isLower(code) || (code > 0xff && classOf(code) === WORD);
}
function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019;
}

/** Tokens of one text; arrays are reused between calls, only the first `count` entries are valid. */
export class Tokens {
  count = 0;
  starts = new Int32Array(1024);
  ends = new Int32Array(1024);
  flags = new Uint8Array(1024);

  push(start: number, end: number, flags: number): void {
    if (this.count === this.starts.length) this.grow();
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.flags[this.count] = flags;
    this.count++;
  }

  private grow(): void {
    const size = this.starts.length * 2;
    const starts = new Int32Array(size);
    starts.set(this.starts);
    const ends = new Int32Array(size);
    ends.set(this.ends);
    const flags = new Uint8Array(size);
    flags.set(this.flags);
    this.starts = starts;
    this.ends = ends;
    this.flags = flags;
  }
}

/** Tokenizes `text` into `out` (cleared first). */
export function tokenize(text: string, out: Tokens = new Tokens()): Tokens {
  out.count = 0;
  const length = text.length;
  let lineFirst = 0;
  let upper = 0;
  let lower = 0;
  let i = 0;
  while (i < length) {
    const code = text.charCodeAt(i);
    const k = code < 128 ? classes[code] : classOf(code);
    if (k === SPACE) {
      i++;
      continue;
    }
    if (k === NEWLINE) {
      finishLine(text, out, lineFirst, upper, lower);
      lineFirst = out.count;
      upper = lower = 0;
      i++;
      continue;
    }
    // A chunk of non-space characters; plain words (letters and digits only) need no splitting.
    let end = i;
    let plain = true;
    while (end < length) {
      const c = text.charCodeAt(end);
      if (c < 128) {
        const kc = classes[c];
        if (kc === SPACE || kc === NEWLINE) break;
        if (c >= 97 && c <= 122) lower++;
        else if (c >= 65 && c <= 90) upper++;
        else if (kc !== WORD) plain = false;
      } else {
        const kc = classOf(c);
        if (kc === SPACE || kc === NEWLINE) break;
        if (kc !== WORD) plain = false;
        else if (isUpper(c)) upper++;
        else if (isLower(c)) lower++;
      }
      end++;
    }
    if (plain) out.push(i, end, 0);
    else splitChunk(text, i, end, out, out.count === lineFirst, restIsClosing(text, end, length));
    i = end;
  }
  finishLine(text, out, lineFirst, upper, lower);
  return out;
}

/** Marks line and sentence starts and capital lines for the tokens of one line. */
function finishLine(text: string, out: Tokens, first: number, upper: number, lower: number): void {
  if (out.count === first) return;
  const caps = upper >= 4 && lower * 10 < upper ? CAPS_LINE : 0;
  const flags = out.flags;
  flags[first] |= LINE_START | SENTENCE_START | caps;
  for (let t = first + 1; t < out.count; t++) {
    flags[t] |= caps;
    if (out.ends[t - 1] - out.starts[t - 1] === 1 && endsSentence(text, out, t - 1, first)) flags[t] |= SENTENCE_START;
  }
}

/** Whether only spaces and closing quotes or brackets follow on the line. */
function restIsClosing(text: string, from: number, to: number): boolean {
  for (let c = from; c < to; c++) {
    const code = text.charCodeAt(c);
    if (classOf(code) === NEWLINE) return true;
    if (!(classOf(code) === SPACE || code === 34 || code === 0x201d || code === 41 || code === 39 || code === 0x2019)) {
      return false;
    }
  }
  return true;
}

/** Whether a sentence ends after token `t` (a split-off . ! ? possibly followed by closing quotes). */
function endsSentence(text: string, out: Tokens, t: number, first: number): boolean {
  const next = text.charCodeAt(out.starts[t + 1]);
  if (!(isUpper(next) || isDigit(next) || next === 34 || next === 0x201c || next === 40)) return false;
  let u = t;
  // Skip closing quotes and brackets.
  while (u >= first && out.ends[u] - out.starts[u] === 1) {
    const c = text.charCodeAt(out.starts[u]);
    if (c === 34 || c === 0x201d || c === 41 || c === 39 || c === 0x2019) u--;
    else break;
  }
  if (u < first) return false;
  const length = out.ends[u] - out.starts[u];
  const c = text.charCodeAt(out.starts[u]);
  return length === 1 && (c === 46 || c === 33 || c === 63);
}

/** Splits one whitespace-free chunk [start, end) into tokens. */
function splitChunk(
  text: string,
  start: number,
  end: number,
  out: Tokens,
  lineFirst: boolean,
  lineLast: boolean,
): void {
  let a = start;
  let b = end;
  // Leading punctuation: each its own token.
  while (a < b) {
    const code = text.charCodeAt(a);
    const k = classOf(code);
    if (k === WORD) break;
    if (k === JOINER && a + 1 < b && isLeadingJoinerPart(text, a, b)) break;
    if (code === 45) {
      // A dash: "--" as one token.
      let dashEnd = a + 1;
      while (dashEnd < b && text.charCodeAt(dashEnd) === 45) dashEnd++;
      out.push(a, dashEnd, 0);
      a = dashEnd;
      continue;
    }
    const width = code >= 0xd800 && code <= 0xdbff && a + 1 < b ? 2 : 1;
    out.push(a, a + width, 0);
    a += width;
  }
  if (a >= b) return;
  // Trailing punctuation, pushed later in order.
  tail.count = 0;
  while (b > a) {
    const code = text.charCodeAt(b - 1);
    const k = classOf(code);
    if (k === WORD) break;
    if (code === 46) {
      // Periods: "..." or ".." as one token; one period stays on an abbreviation.
      let dots = 1;
      while (b - dots > a && text.charCodeAt(b - dots - 1) === 46) dots++;
      if (dots === 1 && !lineLast && keepsPeriod(text, a, b - 1, lineFirst)) break;
      if (dots > 1 && b - dots === a) break; // a chunk of dots only: handled below as one token
      pushTail(b - dots, b);
      b -= dots;
      continue;
    }
    let width = code >= 0xdc00 && code <= 0xdfff && b - 2 >= a ? 2 : 1;
    if (code === 45) while (b - width > a && text.charCodeAt(b - width - 1) === 45) width++;
    pushTail(b - width, b);
    b -= width;
  }
  if (b > a) pushCore(text, a, b, out);
  for (let j = tail.count - 2; j >= 0; j -= 2) out.push(tail.offsets[j], tail.offsets[j + 1], 0);
}

/**
 * Start and end offsets of the trailing punctuation of the chunk being split, reused between calls.
 * Shared with the nested call that pushCore makes, which starts it afresh: the tokenization the model
 * was trained with, kept as it is.
 */
const tail = { offsets: new Int32Array(64), count: 0 };

function pushTail(start: number, end: number): void {
  if (tail.count + 2 > tail.offsets.length) {
    const grown = new Int32Array(tail.offsets.length * 2);
    grown.set(tail.offsets);
    tail.offsets = grown;
  }
  tail.offsets[tail.count++] = start;
  tail.offsets[tail.count++] = end;
}

/** A joiner at the start of a chunk that belongs to the word: "-based"? No; ".45" and "'96" yes. */
function isLeadingJoinerPart(text: string, a: number, b: number): boolean {
  const code = text.charCodeAt(a);
  const next = text.charCodeAt(a + 1);
  if ((code === 46 || code === 45 || code === 43) && isDigit(next)) return true; // .45 -5 +3
  if (code === 36 && isDigit(next)) return false; // $ is split off
  if (isApostrophe(code) && isDigit(next) && b - a === 3) return true; // '96
  if (code === 64 || code === 35) return classOf(next) === WORD; // @handle #tag
  return false;
}

/** Whether the word [a, dot) keeps the period at `dot`. */
function keepsPeriod(text: string, a: number, dot: number, lineFirst: boolean): boolean {
  const length = dot - a;
  if (length <= 0) return false;
  const first = text.charCodeAt(a);
  if (length === 1) return isUpper(first) || (isDigit(first) && lineFirst); // an initial (J.) or a rank (1.)
  let hasDot = false;
  let allDigits = true;
  for (let c = a; c < dot; c++) {
    const code = text.charCodeAt(c);
    if (code === 46) hasDot = true;
    if (!isDigit(code)) allDigits = false;
  }
  if (hasDot && isLetter(text.charCodeAt(dot - 1))) {
    // U.S. a.m. N.J. but not "7.5."; require short letter groups.
    let group = 0;
    for (let c = a; c < dot; c++) {
      const code = text.charCodeAt(c);
      if (code === 46) group = 0;
      else if (++group > 3 || !isLetter(code)) return false;
    }
    return true;
  }
  if (allDigits) return lineFirst && length <= 3; // a rank at the start of a line: "1."
  if (length > 5) return false;
  return abbreviations.has(text.slice(a, dot));
}

/** The word core: splits possessive 's, clitics n't 're 've 'll 'm 'd, and inner brackets/quotes. */
function pushCore(text: string, a: number, b: number, out: Tokens): void {
  // Inner punctuation that never joins (quotes, brackets, ; ! ? symbols): split around it.
  for (let c = a; c < b; c++) {
    const code = text.charCodeAt(c);
    if (classOf(code) === PUNCT) {
      if (c > a) pushWord(text, a, c, out);
      const width = code >= 0xd800 && code <= 0xdbff && c + 1 < b ? 2 : 1;
      out.push(c, c + width, 0);
      splitChunk(text, c + width, b, out, false, false);
      return;
    }
  }
  pushWord(text, a, b, out);
}

function pushWord(text: string, a: number, b: number, out: Tokens): void {
  const split = cliticStart(text, a, b);
  if (split > a) out.push(a, split, 0);
  if (split < b) out.push(split, b, 0);
}

/** Where a final clitic ('s 'm 'd 're 've 'll n't) starts, or `b` when there is none. */
function cliticStart(text: string, a: number, b: number): number {
  const length = b - a;
  if (length < 3) return b;
  const last = text.charCodeAt(b - 1) | 32;
  if (isApostrophe(text.charCodeAt(b - 2))) {
    if ((last === 115 || last === 109 || last === 100) && isLetter(text.charCodeAt(b - 3))) return b - 2; // 's 'm 'd
    if (last === 116 && (text.charCodeAt(b - 3) | 32) === 110 && length >= 4 && isLetter(text.charCodeAt(b - 4))) {
      return b - 3; // n't
    }
    return b;
  }
  if (length >= 4 && isApostrophe(text.charCodeAt(b - 3)) && isLetter(text.charCodeAt(b - 4))) {
    const before = text.charCodeAt(b - 2) | 32;
    if ((before === 114 || before === 118) && last === 101) return b - 3; // 're 've
    if (before === 108 && last === 108) return b - 3; // 'll
  }
  return b;
}
