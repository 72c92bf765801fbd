// Test doubles and fixtures shared by the unit tests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NameMatcher } from '../../src/core/actors/nameMatcher';
import type { Actor } from '../../src/core/actors/actorTable';
import type { ActorType, EntityMention, Recognizer } from '../../src/core/base/types';

/** A recognizer that finds exactly the listed names: it lets tests check merging without a trained model. */
export function listRecognizer(names: Record<string, ActorType>): Recognizer {
  const matcher = new NameMatcher();
  for (const name of Object.keys(names)) matcher.add(name, name);
  return {
    recognize(text: string): EntityMention[] {
      return matcher.find(text).map((m) => ({ start: m.start, end: m.end, type: names[m.target], text: text.slice(m.start, m.end) }));
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
