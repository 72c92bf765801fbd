// The shipped recognizer model, for Node callers (command line, benchmarks, tools, tests).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRecognizer, type Recognizer } from '../core';

export const modelPath = join('media', 'ner', 'model.bin');

/** The repository or extension root: the nearest folder above `from` holding package.json and media/. */
export function findRoot(from: string = __dirname): string {
  let dir = from;
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'media'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`Cannot find the Dossier root (package.json and media/) above ${from}`);
    dir = parent;
  }
}

/** The bytes of media/ner/model.bin under the root (found from this file's location). */
export function readModel(root: string = findRoot()): Uint8Array {
  const path = join(root, modelPath);
  if (!existsSync(path)) throw new Error(`NER model not found at ${path}; run npm run train:ner`);
  return new Uint8Array(readFileSync(path));
}

/** A recognizer using the shipped model. */
export function loadRecognizer(root: string = findRoot()): Recognizer {
  return createRecognizer(readModel(root));
}
