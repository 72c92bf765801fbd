// Test doubles and fixtures shared by the unit tests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NameMatcher } from '../../src/core/actors/nameMatcher';
import type { Actor } from '../../src/core/actors/actorTable';
import type { ActorType, EntityMention, Recognizer, Span } from '../../src/core/base/types';

/** A recognizer that finds exactly the listed names ('misc': names of other kinds): it lets tests check merging without a trained model. */
export function listRecognizer(names: Record<string, ActorType | 'misc'>): Recognizer {
  const matcher = new NameMatcher();
  for (const name of Object.keys(names)) matcher.add(name, name);
  return {
    recognize(text: string, other?: Span[]): EntityMention[] {
      const found: EntityMention[] = [];
      for (const m of matcher.find(text)) {
        const type = names[m.target];
        if (type === 'misc') other?.push({ start: m.start, end: m.end });
        else found.push({ start: m.start, end: m.end, type, text: text.slice(m.start, m.end) });
      }
      return found;
    },
  };
}

export const newsroom = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'newsroom');

export function seedArticle(name: 'tiktok-ramps-up-defense.txt' | 'tiktok-exploring-all-remedies.txt'): string {
  return readFileSync(join(newsroom, 'sources', name), 'utf8');
}

/** What a user of the index sees of an actor (not how the snapshot keeps it). */
export function actorView({ id, name, type, aliases, mentions, mentionCount, articleCount, curated }: Actor) {
  return { id, name, type, aliases, mentions, mentionCount, articleCount, curated };
}
