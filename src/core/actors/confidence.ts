// How sure Dossier is of an actor: whether its mentions agree on its type, how often it is named, and
// whether a name joined it on weak evidence. A curated or well-known actor is sure.
import { type ActorType, actorTypes, plural } from '../base';

export interface Doubt {
  /** `type`: the mentions disagree on the type; `once`: named once; `merge`: a name joined it on weak evidence. */
  kind: 'type' | 'once' | 'merge';
  /** What to read, after the type and a question mark: "3 of 5 mentions say person". */
  text: string;
  /** For `type`: the type most of the other mentions say. */
  type?: ActorType;
  /** For `merge`: the name that joined the actor. */
  name?: string;
}

/** What the actor table knows of an actor that bears on how sure it is. */
export interface Evidence {
  name: string;
  type: ActorType;
  /** Mentions read as each type, in the order of `actorTypes`. */
  typeVotes: readonly number[];
  mentionCount: number;
  /** One-word names that joined it in fewer than half the articles that write them, with those counts. */
  weakNames: readonly WeakName[];
}

export interface WeakName {
  name: string;
  /** Articles that link the name to the actor, and articles that write it. */
  linked: number;
  articles: number;
}

/** From this share of its mentions on, another type makes an actor's type doubtful. */
const otherTypeShare = 0.25;

export function doubtsOf(actor: Evidence): Doubt[] {
  const doubts: Doubt[] = [];
  const total = actor.typeVotes[0] + actor.typeVotes[1] + actor.typeVotes[2];
  const own = actorTypes.indexOf(actor.type);
  let other = -1;
  for (let i = 0; i < 3; i++) if (i !== own && (other < 0 || actor.typeVotes[i] > actor.typeVotes[other])) other = i;
  const otherVotes = actor.typeVotes[other];
  if (otherVotes > 0 && otherVotes >= total * otherTypeShare) {
    doubts.push({ kind: 'type', text: `${otherVotes} of ${plural(total, 'mention')} say ${actorTypes[other]}`, type: actorTypes[other] });
  } else if (actor.type === 'person' && !actor.name.includes(' ')) {
    // News names people in full somewhere: "Google said…" reads like a person to a tagger.
    doubts.push({ kind: 'type', text: 'never named in full' });
  }
  if (actor.mentionCount === 1) doubts.push({ kind: 'once', text: 'named once' });
  for (const weak of actor.weakNames) {
    doubts.push({ kind: 'merge', text: `"${weak.name}" joined it in ${weak.linked} of the ${weak.articles} articles that write it`, name: weak.name });
  }
  return doubts;
}

/** "organization? 3 of 5 mentions say person; named once": the doubts after the type they question. */
export function describeDoubts(type: ActorType, doubts: readonly Doubt[]): string {
  return doubts.length === 0 ? type : `${type}? ${doubts.map((doubt) => doubt.text).join('; ')}`;
}
