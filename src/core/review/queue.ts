// What the user should look at: the doubtful actors and the likely duplicates, most mentioned first,
// one row per actor with the correction that would resolve it.
import type { Actor } from '../actors';
import type { ActorType } from '../base';
import type { DossierIndex } from '../indexing';
import { type Duplicate, findDuplicates } from './duplicates';

export interface ReviewItem {
  actor: Actor;
  /** `duplicate`: likely another actor; `type`: its mentions disagree on its type; `merge`: a name joined it on weak evidence; `once`: named once. */
  kind: 'duplicate' | 'type' | 'merge' | 'once';
  /** Why, in a few words: "3 of 5 mentions say person", "acronym of Associated Press in 2 shared articles". */
  reason: string;
  /** The actor to merge it into (duplicates). */
  into?: Actor;
  /** The type most of its other mentions say (`type`), when they say one. */
  type?: ActorType;
  /** The name that joined it on weak evidence (`merge`). */
  name?: string;
}

const order: ReviewItem['kind'][] = ['duplicate', 'type', 'merge', 'once'];

/** The review queue of an index, worked out again only when the actors change (accepting one changes none). */
export class ReviewQueue {
  private duplicates: { of: readonly Actor[]; byActor: Map<Actor, Duplicate> } | undefined;

  constructor(private readonly index: DossierIndex) {}

  items(): ReviewItem[] {
    const actors = this.index.actors();
    if (this.duplicates?.of !== actors) this.duplicates = { of: actors, byActor: new Map(findDuplicates(this.index, actors).map((d) => [d.actor, d])) };
    const items: ReviewItem[] = [];
    for (const actor of actors) {
      // Curated actors are decided, and accepted ones leave the queue for good.
      if (actor.curated || this.index.isAccepted(actor)) continue;
      const item = this.itemOf(actor, this.duplicates.byActor.get(actor));
      if (item) items.push(item);
    }
    return items; // in the index's order: most mentioned first
  }

  private itemOf(actor: Actor, duplicate: Duplicate | undefined): ReviewItem | undefined {
    if (duplicate) return { actor, kind: 'duplicate', reason: duplicate.reason, into: duplicate.into };
    const doubt = [...actor.doubts].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind))[0];
    return doubt && { actor, kind: doubt.kind, reason: doubt.text, type: doubt.type, name: doubt.name };
  }
}
