// The names an event's summary stands on: the actor a pronoun subject refers to, and the actors of the dated clause.
import type { ActorType, Span } from '../base';
import { commonSpelling, type LocalEntity, typeOf } from '../actors';
import { insideQuotation } from './quotations';

/** A name of an actor in the article, as summaries and events use it. */
export interface ActorMention extends Span {
  type: ActorType;
  sentence: number;
  /** The actor's name as the article writes it in full ("Gordon Brown" for "Mr Brown"). */
  name: string;
}

/** The article's names in text order, each with its entity's type and fullest spelling. */
export function actorMentionsOf(entities: readonly LocalEntity[]): ActorMention[] {
  const mentions: ActorMention[] = [];
  for (const entity of entities) {
    const type = typeOf(entity);
    const name = commonSpelling(entity.spellings);
    for (let i = 0; i + 2 < entity.mentions.length; i += 3) mentions.push({ start: entity.mentions[i], end: entity.mentions[i + 1], sentence: entity.mentions[i + 2], type, name });
  }
  return mentions.sort((a, b) => a.start - b.start);
}

/** Pronouns that may open a summary, with the types of actor each may stand for (nearest fitting name first). */
const pronounTypes: Record<string, readonly ActorType[]> = {
  he: ['person'],
  she: ['person'],
  his: ['person'],
  her: ['person'],
  it: ['organization', 'place'],
  its: ['organization', 'place'],
  they: ['organization'],
  their: ['organization'],
};
export const pronounStart = /^(?:he|she|it|they|his|her|its|their)\b/i;
/** "It" that stands for no name: "It is likely that…", "It emerged that…". */
const emptyIt = /^it\s+(?:(?:is|was|'s|’s|has been|had been|will be|would be|seems|seemed|appears|appeared|remains|remained)\s+(?:also\s+|now\s+|still\s+|not\s+)?(?:clear|unclear|possible|likely|unlikely|hard|difficult|important|time|thought|understood|believed|said|reported|feared|hoped|known|expected|estimated|agreed|decided|announced|confirmed|claimed|alleged|revealed|suggested|rumoured|rumored|too|the\s+(?:first|second|third|last))\b|emerged\b)/i;
/** How many sentences back a pronoun looks for its name. */
const reach = 3;

/**
 * The name a pronoun at `offset` (opening `words`) stands for: the last fitting actor named before it, in its
 * sentence or the few before, and not one named again after it ("He beat Bailey" is not about Bailey).
 */
export function antecedentOf(actors: readonly ActorMention[], offset: number, sentence: number, words: string): ActorMention | undefined {
  const pronoun = /^\p{L}+/u.exec(words)![0].toLowerCase();
  if (pronoun === 'it' && emptyIt.test(words)) return undefined;
  // Types in order of preference ("it" is an organization before a place); "they" after a person is people, not a name.
  for (const type of pronounTypes[pronoun]) {
    let nearest = true;
    for (let i = actors.length - 1; i >= 0; i--) {
      const actor = actors[i];
      if (actor.start >= offset) continue;
      if (actor.sentence < sentence - reach || (nearest && pronoun.startsWith('the') && actor.type === 'person')) break;
      nearest = false;
      if (actor.type === type && !words.includes(lastWord(actor.name))) return actor;
    }
  }
  return undefined;
}

export function lastWord(name: string): string {
  return name.slice(name.lastIndexOf(' ') + 1);
}

/** The summary with its opening pronoun replaced by the name ("Its shares" → "Reliance's shares"). */
export function withName(summary: string, name: string): string {
  const pronoun = /^\p{L}+/u.exec(summary)![0].toLowerCase();
  const possessive = pronoun === 'his' || pronoun === 'its' || pronoun === 'their' || pronoun === 'her';
  return (possessive ? name + (name.endsWith('s') ? "'" : "'s") : name) + summary.slice(pronoun.length);
}

export function hasNameWithin(actors: readonly ActorMention[], span: Span): boolean {
  return actors.some((a) => a.start >= span.start && a.end <= span.end);
}

/** Who speaks a quotation of the sentence: the first person (else organization) named outside its quotation marks, or the person of a "he said" there. */
export function speakerOf(text: string, sentence: Span, index: number, actors: readonly ActorMention[]): ActorMention | undefined {
  const sentenceText = text.slice(sentence.start, sentence.end);
  const outsideQuotes = actors.filter((a) => a.sentence === index && !insideQuotation(sentenceText, a.start - sentence.start));
  const named = outsideQuotes.find((a) => a.type === 'person') ?? outsideQuotes.find((a) => a.type === 'organization');
  if (named) return named;
  const outside = sentenceText.replace(/"[^"]*"|“[^”]*”/g, (quote) => ' '.repeat(quote.length));
  const pronoun = /\b(?:he|she)\s+(?:said|says|added|told|explained|warned|argued|insisted)\b|\b(?:said|says|added)\s+(?:he|she)\b/i.exec(outside);
  if (!pronoun) return undefined;
  const at = sentence.start + pronoun.index + pronoun[0].search(/\b(?:he|she)\b/i);
  return antecedentOf(actors, at, index, text.slice(at, sentence.end));
}
