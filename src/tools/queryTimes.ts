// What both benchmarks time on a built index: hover lookups and fuzzy searches per keystroke.
import type { DossierIndex } from '../core/indexing/dossierIndex';

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

/** Milliseconds of each lookup of the actor at a position of a sentence, as a hover provider asks; sorted. */
export function hoverLatencies(index: DossierIndex): number[] {
  const lines: { text: string; offset: number }[] = [];
  for (const actor of index.actors().slice(0, 400)) {
    for (const mention of actor.mentions.slice(0, 5)) {
      const sentence = index.sentenceOf(mention);
      if (sentence) lines.push({ text: sentence.text, offset: mention.start - sentence.start + 1 });
    }
  }
  return lines.map((line) => millisecondsOf(() => index.actorAt(line.text, line.offset))).sort((a, b) => a - b);
}

/** Each search timed on every prefix of a query, as typed, after a first search that builds its index (`first`). */
export function keystrokeSearchTimes(index: DossierIndex): { kind: string; query: string; max: number; mean: number; first: number }[] {
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
