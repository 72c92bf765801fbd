// Features of one word type, computed once per distinct word and cached by the tagger. Each feature
// is a 32-bit key hashed from (template, slot, value); a slot says where the word stands relative
// to the token being tagged, so one word contributes different features as itself and as context.
import { caseBucket, gazetteerBits, type Lexicon } from './lexicon';
import { coarseShape, collapsedShape, isCapitalized } from './wordShape';

export const SLOT_SELF = 0;
export const SLOT_PREVIOUS = 1;
export const SLOT_NEXT = 2;
export const SLOT_PREVIOUS_2 = 3;
export const SLOT_NEXT_2 = 4;
/** The word itself on a line in capitals (headline). */
export const SLOT_CAPS_LINE = 5;
/** The word itself as the first of a sentence. */
export const SLOT_SENTENCE_START = 6;
export const slotCount = 7;

/** Pseudo-words standing before and after a sentence. */
export const BEFORE_SENTENCE = '<s>';
export const AFTER_SENTENCE = '</s>';

export interface WordFeatures {
  /** Feature keys per slot. */
  keys: Uint32Array[];
  shape: number;
  capitalized: boolean;
  /** Lower-case, normalized form: the key for document-level memory. */
  lower: string;
}

const enum Template {
  Word = 1,
  Lower,
  Shape,
  Coarse,
  Prefix,
  Suffix,
  Cluster,
  ClusterFull,
  NoCluster,
  Casing,
  Part,
  Gazetteer,
  Length,
}

/** Quotes and dashes made plain, digits made 0: "’96" → "'00". */
export function normalizeWord(word: string): string {
  return word.replace(/[’‘`]/g, "'").replace(/[“”]/g, '"').replace(/[–—]/g, '--').replace(/[0-9]/g, '0');
}

function hashKey(template: number, slot: number, value: string): number {
  let h = (0x811c9dc5 ^ Math.imul(template * 16 + slot, 0x9e3779b1)) >>> 0;
  for (let i = 0; i < value.length; i++) {
    h ^= value.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Looks a word up, trying its title-case and lower-case forms for words in capitals. */
function lookUp(word: string, lower: string, lexicon: Lexicon): number {
  const exact = lexicon.index.get(word);
  if (exact !== undefined) return exact;
  if (word.length > 1 && word === word.toUpperCase()) {
    const title = lexicon.index.get(word[0] + lower.slice(1));
    if (title !== undefined) return title;
  }
  return lexicon.index.get(lower) ?? -1;
}

function clusterPrefix(path: number, length: number): number {
  const pathLength = 31 - Math.clz32(path);
  return pathLength <= length ? path : path >>> (pathLength - length);
}

/** All features of one word type. */
export function wordFeatures(word: string, lexicon: Lexicon): WordFeatures {
  const normal = normalizeWord(word);
  const lower = normal.toLowerCase();
  const shape = coarseShape(word);
  const capitalized = isCapitalized(word);
  const keys: Uint32Array[] = [];
  if (word === BEFORE_SENTENCE || word === AFTER_SENTENCE) {
    for (let slot = 0; slot < slotCount; slot++) keys.push(Uint32Array.of(hashKey(Template.Word, slot, word)));
    return { keys, shape: 0, capitalized: false, lower: word };
  }
  const entry = lookUp(word, lower, lexicon);
  const lowerEntry = lexicon.index.get(lower) ?? -1;
  const path = entry >= 0 ? lexicon.clusters[entry] : 0;
  const casing = lowerEntry >= 0 ? lexicon.casing[lowerEntry] : caseBucket(0, 0);
  const gazetteer = entry >= 0 ? lexicon.gazetteer[entry] : 0;
  const collapsed = collapsedShape(word);
  const casingValue = casing + ':' + shape;

  const add = (list: number[], template: Template, slot: number, value: string) =>
    list.push(hashKey(template, slot, value));
  const addClusters = (list: number[], slot: number, lengths: number[]) => {
    if (path === 0) {
      add(list, Template.NoCluster, slot, String(shape));
      return;
    }
    for (const length of lengths) add(list, Template.Cluster, slot, length + ':' + clusterPrefix(path, length));
    add(list, Template.ClusterFull, slot, String(path));
  };

  for (let slot = 0; slot < slotCount; slot++) {
    const list: number[] = [];
    add(list, Template.Lower, slot, lower);
    if (slot === SLOT_SELF) {
      add(list, Template.Word, slot, normal);
      add(list, Template.Shape, slot, collapsed);
      add(list, Template.Coarse, slot, String(shape));
      add(list, Template.Length, slot, String(Math.min(word.length, 8)));
      for (let n = 1; n <= 4 && n <= lower.length; n++) {
        add(list, Template.Prefix, slot, lower.slice(0, n));
        add(list, Template.Suffix, slot, lower.slice(-n));
      }
      addClusters(list, slot, [2, 4, 6, 8, 10, 12]);
      add(list, Template.Casing, slot, casingValue);
      for (let bit = 0; bit < gazetteerBits; bit++) {
        if (gazetteer & (1 << bit)) add(list, Template.Gazetteer, slot, String(bit));
      }
      if (gazetteer === 0 && entry >= 0) add(list, Template.Gazetteer, slot, 'none');
      if (lower.length > 2 && lower.includes('-')) {
        for (const part of lower.split('-')) if (part) add(list, Template.Part, slot, part);
      }
    } else if (slot === SLOT_PREVIOUS || slot === SLOT_NEXT) {
      add(list, Template.Shape, slot, collapsed);
      add(list, Template.Suffix, slot, lower.slice(-3));
      addClusters(list, slot, [4, 8]);
      add(list, Template.Casing, slot, casingValue);
      for (let bit = 0; bit < gazetteerBits; bit++) {
        if (gazetteer & (1 << bit)) add(list, Template.Gazetteer, slot, String(bit));
      }
    } else if (slot === SLOT_PREVIOUS_2 || slot === SLOT_NEXT_2) {
      add(list, Template.Coarse, slot, String(shape));
      addClusters(list, slot, [6]);
    } else if (slot === SLOT_CAPS_LINE) {
      add(list, Template.Coarse, slot, String(shape));
      add(list, Template.Suffix, slot, lower.slice(-3));
      addClusters(list, slot, [4, 8]);
      add(list, Template.Casing, slot, casingValue);
      for (let bit = 0; bit < gazetteerBits; bit++) {
        if (gazetteer & (1 << bit)) add(list, Template.Gazetteer, slot, String(bit));
      }
    } else {
      add(list, Template.Casing, slot, casingValue);
      addClusters(list, slot, [6]);
    }
    keys.push(Uint32Array.from(list));
  }
  return { keys, shape, capitalized, lower };
}
