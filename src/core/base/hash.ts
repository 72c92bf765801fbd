/** FNV-1a (32 bits): for spreading keys over shards, fingerprints, and telling whether a text changed. */
export function hash(text: string | Uint8Array): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= typeof text === 'string' ? text.charCodeAt(i) : text[i];
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
