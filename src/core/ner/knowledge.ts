// World knowledge shipped in the model: the types of well-known whole names (places from GeoNames,
// companies, people, given names, the names of labelled news corpora), for knownType, and per-word
// bits the tagger reads as features. Where each list comes from: media/ner/README.md.
import type { ActorType } from '../base';

/** Bits of Lexicon.knowledge: what the lists say of a word form. */
export const knowledgeBits = {
  givenName: 0,
  surname: 1,
  /** A word of a listed person's full name. */
  personPart: 2,
  organization: 3,
  organizationPart: 4,
  /** A word that ends or heads names of organizations: "Airlines", "Inc", "Bank". */
  organizationHead: 5,
  place: 6,
  placePart: 7,
  placeHead: 8,
  /** Names of labelled corpora (GMB, Broad Twitter Corpus): a person's word, an organization, a word of one, a place, a word of one. */
  corpusPerson: 9,
  corpusOrganization: 10,
  corpusOrganizationPart: 11,
  corpusPlace: 12,
  corpusPlacePart: 13,
  /** A word for a person's role or title, written before names: "Lord", "President", "Dr". */
  personRole: 14,
} as const;
export const knowledgeBitCount = 15;

/** Whole names by type: their name keys, sorted, one a line (split only when first asked). */
export type NameTypes = Record<ActorType, string>;

/** The form names are compared in: NFKC, plain apostrophes, one space, lower case, no leading "the". */
export function nameKey(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[’‘`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/^the /, '');
}

/** Answers knownType from the model's lists; the map is built on the first question. */
export class KnownNames {
  private types?: Map<string, ActorType | null>;

  constructor(private readonly lists: NameTypes) {}

  /**
   * The type world knowledge gives a whole name ("Bosch" → organization, "Sheffield" → place),
   * or undefined when the lists do not know it or disagree. Evidence, not a verdict: a city's
   * name may stand for its team.
   */
  knownType(name: string): ActorType | undefined {
    if (!this.types) {
      this.types = new Map();
      for (const type of ['person', 'organization', 'place'] as const) {
        if (!this.lists[type]) continue;
        for (const key of this.lists[type].split('\n')) this.types.set(key, this.types.has(key) ? null : type); // null: listed as two types
      }
    }
    return this.types.get(nameKey(name)) ?? undefined;
  }
}
