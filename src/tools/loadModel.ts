// Loads the shipped NER model for Node callers (CLI, tools, tests).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRecognizer } from '../core/ner';
import type { Recognizer } from '../core/base/types';

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

/** A recognizer using media/ner/model.bin under the root (found from this file's location). */
export function loadRecognizer(root: string = findRoot()): Recognizer {
  const path = join(root, modelPath);
  if (!existsSync(path)) throw new Error(`NER model not found at ${path}; run npm run train:ner`);
  return createRecognizer(new Uint8Array(readFileSync(path)));
}
