// Named-entity recognition (people, organizations, places) in raw news text.
import type { ActorType, Recognizer } from '../base';
import { decodeModel } from './modelFormat';
import { NerRecognizer } from './recognizer';

export { ModelFormatError, decodeModel, encodeModel, formatVersion, type NerModel } from './modelFormat';
export { tokenize, Tokens } from './tokenizer';

/** A recognizer that also tells the type world knowledge gives a whole name. */
export interface KnowingRecognizer extends Recognizer {
  /**
   * The type the model's lists give a whole name ("Bosch" → organization, "Sheffield" →
   * place, "Tony Blair" → person), or undefined when they do not know it or disagree. Case and
   * a leading "the" do not matter. Evidence for deciding an actor's type, not a verdict.
   */
  knownType(name: string): ActorType | undefined;
}

/** A recognizer from the bytes of a model file (media/ner/model.bin). Throws ModelFormatError on bad bytes. */
export function createRecognizer(model: Uint8Array): KnowingRecognizer {
  return new NerRecognizer(decodeModel(model));
}

/** What world knowledge says a whole name is, from a recognizer that knows (see KnowingRecognizer.knownType). */
export function knownType(recognizer: Recognizer, name: string): ActorType | undefined {
  return 'knownType' in recognizer ? (recognizer as KnowingRecognizer).knownType(name) : undefined;
}
