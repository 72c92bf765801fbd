// The binary model file: a versioned header, the lexicon, the known names, feature keys, quantized
// weights and transition scores, and a checksum. Little-endian throughout; integers as LEB128 varints.
import type { NameTypes } from './knowledge';
import { createLexicon, type Lexicon } from './lexicon';
import { slotCount } from './features';
import { dynamicRowCount } from './document';
import { tagCount } from './tags';

const magic = 'DOSSNER1';
export const formatVersion = 3;

export interface NerModel {
  lexicon: Lexicon;
  /** Whole names of known type (see KnownNames). */
  names: NameTypes;
  /** Sorted feature keys; key i owns weight row i. Dynamic rows follow the keyed rows. */
  keys: Uint32Array;
  /** (keys.length + dynamicRowCount) rows of tagCount weights. */
  weights: Float32Array;
  /** The weights as stored: weights[i] = quantized[i] * scales[row of i] (absent before encoding). */
  quantized?: Int8Array;
  scales?: Float32Array;
  /** (tagCount + 1) rows of tagCount: previous tag (last row: sentence start) → next tag. */
  transitions: Float32Array;
  endScores: Float32Array;
}

export class ModelFormatError extends Error {}

class Writer {
  private bytes = new Uint8Array(1 << 20);
  length = 0;

  private reserve(n: number): void {
    if (this.length + n <= this.bytes.length) return;
    const next = new Uint8Array(Math.max(this.bytes.length * 2, this.length + n));
    next.set(this.bytes.subarray(0, this.length));
    this.bytes = next;
  }
  byte(value: number): void {
    this.reserve(1);
    this.bytes[this.length++] = value;
  }
  varint(value: number): void {
    let v = value >>> 0;
    while (v >= 0x80) {
      this.byte((v & 0x7f) | 0x80);
      v >>>= 7;
    }
    this.byte(v);
  }
  raw(data: Uint8Array): void {
    this.reserve(data.length);
    this.bytes.set(data, this.length);
    this.length += data.length;
  }
  /** A string as its UTF-8 byte count and bytes. */
  text(value: string): void {
    const bytes = new TextEncoder().encode(value);
    this.varint(bytes.length);
    this.raw(bytes);
  }
  float32s(values: Float32Array): void {
    const copy = new Float32Array(values);
    this.raw(new Uint8Array(copy.buffer));
  }
  result(): Uint8Array {
    return this.bytes.slice(0, this.length);
  }
}

class Reader {
  offset = 0;
  constructor(private readonly bytes: Uint8Array) {}

  need(n: number): void {
    if (this.offset + n > this.bytes.length) throw new ModelFormatError('NER model is truncated');
  }
  byte(): number {
    this.need(1);
    return this.bytes[this.offset++];
  }
  varint(): number {
    let value = 0;
    let shift = 0;
    for (;;) {
      const b = this.byte();
      value += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) return value;
      shift += 7;
      if (shift > 35) throw new ModelFormatError('NER model has a malformed number');
    }
  }
  raw(n: number): Uint8Array {
    this.need(n);
    const slice = this.bytes.slice(this.offset, this.offset + n);
    this.offset += n;
    return slice;
  }
  text(): string {
    return new TextDecoder().decode(this.raw(this.varint()));
  }
  float32s(n: number): Float32Array {
    return new Float32Array(this.raw(n * 4).buffer);
  }
}

const nameTypes = ['person', 'organization', 'place'] as const;

function checksum(bytes: Uint8Array, end: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < end; i++) h = Math.imul(h ^ bytes[i], 0x01000193);
  return h >>> 0;
}

/** Serializes a model; weights are stored as int8 with one scale per row. */
export function encodeModel(model: NerModel): Uint8Array {
  const w = new Writer();
  for (const ch of magic) w.byte(ch.charCodeAt(0));
  w.varint(formatVersion);
  w.varint(tagCount);
  w.varint(slotCount);
  w.varint(dynamicRowCount);
  w.varint(model.lexicon.words.length);
  w.text(model.lexicon.words.join('\n'));
  for (const path of model.lexicon.clusters) w.varint(path);
  w.raw(model.lexicon.casing);
  for (const bits of model.lexicon.gazetteer) w.varint(bits);
  w.raw(model.lexicon.nameClass);
  for (const bits of model.lexicon.knowledge) w.varint(bits);
  for (const type of nameTypes) w.text(model.names[type]);
  w.varint(model.keys.length);
  let previous = 0;
  for (const key of model.keys) {
    w.varint(key - previous);
    previous = key;
  }
  const { quantized, scales } = quantize(model.weights);
  w.float32s(scales);
  w.raw(new Uint8Array(quantized.buffer));
  w.float32s(model.transitions);
  w.float32s(model.endScores);
  const body = w.result();
  const sum = checksum(body, body.length);
  const out = new Uint8Array(body.length + 4);
  out.set(body);
  new DataView(out.buffer).setUint32(body.length, sum, true);
  return out;
}

/** Reads a model; throws ModelFormatError with a plain message on bad or foreign bytes. */
export function decodeModel(bytes: Uint8Array): NerModel {
  if (bytes.length < magic.length + 4) throw new ModelFormatError('NER model is empty or truncated');
  for (let i = 0; i < magic.length; i++) {
    if (bytes[i] !== magic.charCodeAt(i)) throw new ModelFormatError('Not a Dossier NER model (bad header)');
  }
  const r = new Reader(bytes);
  r.offset = magic.length;
  const version = r.varint();
  if (version !== formatVersion) {
    throw new ModelFormatError(`NER model format version ${version} is not supported (expected ${formatVersion})`);
  }
  const stored = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(bytes.length - 4, true);
  if (stored !== checksum(bytes, bytes.length - 4)) throw new ModelFormatError('NER model is corrupt (checksum mismatch)');
  if (r.varint() !== tagCount || r.varint() !== slotCount || r.varint() !== dynamicRowCount) {
    throw new ModelFormatError('NER model does not match this version of the recognizer (feature layout differs)');
  }
  const wordCount = r.varint();
  const words = r.text().split('\n');
  if (wordCount === 0) words.length = 0;
  if (words.length !== wordCount) throw new ModelFormatError('NER model word list is malformed');
  const lexicon = createLexicon(words);
  for (let i = 0; i < wordCount; i++) lexicon.clusters[i] = r.varint();
  lexicon.casing.set(r.raw(wordCount));
  for (let i = 0; i < wordCount; i++) lexicon.gazetteer[i] = r.varint();
  lexicon.nameClass.set(r.raw(wordCount));
  for (let i = 0; i < wordCount; i++) lexicon.knowledge[i] = r.varint();
  const names = {} as NameTypes;
  for (const type of nameTypes) names[type] = r.text();
  const keyCount = r.varint();
  const keys = new Uint32Array(keyCount);
  let key = 0;
  for (let i = 0; i < keyCount; i++) {
    key += r.varint();
    keys[i] = key;
  }
  const rows = keyCount + dynamicRowCount;
  const scales = r.float32s(rows);
  const quantized = new Int8Array(r.raw(rows * tagCount).buffer);
  const weights = new Float32Array(rows * tagCount);
  for (let i = 0; i < weights.length; i++) weights[i] = quantized[i] * scales[(i / tagCount) | 0];
  const transitions = r.float32s((tagCount + 1) * tagCount);
  const endScores = r.float32s(tagCount);
  if (r.offset !== bytes.length - 4) throw new ModelFormatError('NER model has unexpected trailing data');
  return { lexicon, names, keys, weights, quantized, scales, transitions, endScores };
}

/** Weights as int8 with one scale per row of tagCount (max |weight| / 127). */
export function quantize(weights: Float32Array): { quantized: Int8Array; scales: Float32Array } {
  const rows = weights.length / tagCount;
  const scales = new Float32Array(rows);
  const quantized = new Int8Array(rows * tagCount);
  for (let r = 0; r < rows; r++) {
    let max = 0;
    for (let t = 0; t < tagCount; t++) max = Math.max(max, Math.abs(weights[r * tagCount + t]));
    scales[r] = max / 127;
    for (let t = 0; t < tagCount; t++) {
      quantized[r * tagCount + t] = max === 0 ? 0 : Math.round((weights[r * tagCount + t] / max) * 127);
    }
  }
  return { quantized, scales };
}
