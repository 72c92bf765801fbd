// What both benchmarks time on a built index: hover lookups (each next to the latency baseline on the same
// line) and fuzzy searches per keystroke.
import type { DossierIndex } from '../core/indexing/dossierIndex';
import { mapGetLoop } from './ratios';

/** Milliseconds a piece of work takes. */
export function millisecondsOf(work: () => unknown): number {
  const start = process.hrtime.bigint();
  work();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** The value below which p percent of a sorted list falls. */
export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;
}

/**
 * Each lookup of the actor at a position of a sentence, as a hover provider asks, and before it the
 * latency baseline on the same sentence (a `Map.get` per word, in a map of the actors' names): the
 * milliseconds of each, both sorted.
 */
export function hoverLatencies(index: DossierIndex): { hovers: number[]; baselines: number[] } {
  const lines: { text: string; offset: number }[] = [];
  const actors = index.actors();
  const names = new Map(actors.map((actor) => [actor.name, actor]));
  for (const actor of actors.slice(0, 400)) {
    for (const mention of actor.mentions.slice(0, 5)) {
      const sentence = index.sentenceOf(mention);
      if (sentence) lines.push({ text: sentence.text, offset: mention.start - sentence.start + 1 });
    }
  }
  const hovers: number[] = [];
  const baselines: number[] = [];
  for (const line of lines) {
    baselines.push(mapGetLoop(names, line.text));
    hovers.push(millisecondsOf(() => index.actorAt(line.text, line.offset)));
  }
  return { hovers: hovers.sort((a, b) => a - b), baselines: baselines.sort((a, b) => a - b) };
}

export interface KeystrokeTimes {
  kind: string;
  query: string;
  max: number;
  mean: number;
  /** The first search, which builds the search's index. */
  first: number;
}

/** Each search timed on every prefix of a query, as typed, after a first search that builds its index (`first`). */
export function keystrokeSearchTimes(index: DossierIndex): KeystrokeTimes[] {
  const searches: [string, string, (query: string) => unknown][] = [
    ['actors', 'bytedanse', (q) => index.searchActors(q, 20)],
    ['events', 'electon', (q) => index.searchEvents(q, 20)],
    ['sentences', 'interst rates', (q) => index.searchSentences(q, 20)],
  ];
  return searches.map(([kind, query, search]) => {
    const first = millisecondsOf(() => search('x'));
    const times: number[] = [];
    for (let n = 2; n <= query.length; n++) times.push(millisecondsOf(() => search(query.slice(0, n))));
    return { kind, query, max: Math.max(...times), mean: times.reduce((a, b) => a + b) / times.length, first };
  });
}
