// Stage 3, actors: the names of one article grouped into entities, merged across articles into actors, and the user's corrections.
export { type ActorFilter, type ActorSort, describeFilter, isFiltered, matchesFilter, sortActors, typeLabels } from './actorList';
export { type Actor, type ActorSnapshot, actorsByAlias, ActorTable, type Mention } from './actorTable';
export { describeDoubts, type Doubt } from './confidence';
export { commonSpelling, groupArticleEntities, isShortFormOf, type LocalEntity, typeOf } from './articleActors';
export { type Curation, curationExample, emptyCuration, parseCuration } from './curation';
export { type CurationChange, describeChange, describeChanges, editCuration } from './curationEdit';
export { NameMatcher, splitWords } from './nameMatcher';
export { hasLetter, hasOrganizationHead, initials, isWhiteSpace, nameKey, trimName, typedKey, wellKnownAcronyms, words } from './names';
export { partyKey } from './parties';
export { definedTerms } from './terms';
