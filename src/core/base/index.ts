// What every stage of the core shares: plain types, small data structures, and helpers.
export { addDays, type CalendarDate, fromIsoDate, fromLocalDate, fromParts, pad, toIsoDate, toLocalNoon, weekday } from './calendar';
export { Emitter } from './emitter';
export { pathFilter } from './glob';
export { hash } from './hash';
export { lineStarts, type Position, positionAt, rangeOf, type TextRange } from './lines';
export { mapLimited } from './mapLimited';
export { NumberList } from './numberList';
export { plural } from './plural';
export { firstNotBefore, withChanges } from './sortedList';
export { type ActorType, actorTypes, type Disposable, type EntityMention, type Logger, type Recognizer, silentLogger, type Span } from './types';
