// Named-entity recognition (people, organizations, places) in raw news text.
import type { Recognizer } from '../base';
import { decodeModel } from './modelFormat';
import { NerRecognizer } from './recognizer';

export { ModelFormatError, decodeModel, encodeModel, formatVersion, type NerModel } from './modelFormat';
export { tokenize, Tokens } from './tokenizer';

/** A recognizer from the bytes of a model file (media/ner/model.bin). Throws ModelFormatError on bad bytes. */
export function createRecognizer(model: Uint8Array): Recognizer {
  return new NerRecognizer(decodeModel(model));
}
