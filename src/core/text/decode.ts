// Turns the bytes of a file into text, or says why the file is not a text Dossier can read.

export type DecodedText = { text: string } | { skipped: string };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const utf16le = new TextDecoder('utf-16le', { fatal: true, ignoreBOM: false });
const utf16be = new TextDecoder('utf-16be', { fatal: true, ignoreBOM: false });

/** Share of control characters (besides tab, newline, carriage return, form feed) above which a file is binary. */
const maxControlShare = 0.01;

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) return { skipped: 'empty file' };
  let text: string;
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) text = utf16le.decode(bytes);
    else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = utf16be.decode(bytes);
    else if (bytes.indexOf(0) >= 0) return { skipped: 'binary file (contains NUL bytes)' };
    else text = utf8.decode(bytes);
  } catch {
    return { skipped: 'not valid UTF-8 or UTF-16 text' };
  }
  if (text.trim().length === 0) return { skipped: 'file has no text' };
  if (controlShare(text) > maxControlShare) return { skipped: 'binary file (control characters)' };
  return { text };
}

// Control characters besides tab, newline, carriage return and form feed, and the replacement character.
const controlCharacter = /[\x00-\x08\x0b\x0e-\x1f\ufffd]/;

function controlShare(text: string): number {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  if (!controlCharacter.test(sample)) return 0; // the usual case, found without a loop
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12) || code === 0xfffd) controls++;
  }
  return controls / sample.length;
}
