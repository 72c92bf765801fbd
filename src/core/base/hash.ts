/** FNV-1a (32 bits): for spreading keys over shards, fingerprints, and telling whether a text changed. */
export function hash(text: string | Uint8Array): number {
  let h = 0x811c9dc5;
  // One loop per kind, so that neither asks which kind each character is.
  if (typeof text === 'string') for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  else for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text[i], 0x01000193);
  return h >>> 0;
}
