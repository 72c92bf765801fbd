// Plain data shared by the core and its adapters. Offsets are UTF-16 code units into decoded text.

export type ActorType = 'person' | 'organization' | 'place';
export const actorTypes: readonly ActorType[] = ['person', 'organization', 'place'];

export interface Span {
  start: number;
  end: number;
}

/** A name found by a recognizer in one text. */
export interface EntityMention extends Span {
  type: ActorType;
  text: string;
}

/** Finds names of people, organizations and places in a whole text. */
export interface Recognizer {
  /** The names found; `other`, when given, receives the spans of other names (events, works, nationalities). */
  recognize(text: string, other?: Span[]): EntityMention[];
}

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  /** Detail for diagnostics (the index's snapshot timings). */
  debug?(message: string): void;
}

export const silentLogger: Logger = { info: () => undefined, warn: () => undefined };

export interface Disposable {
  dispose(): void;
}
