// What both benchmarks time on a built index: hover lookups (each next to the latency baseline on the same
// line) and fuzzy searches per keystroke.
import type { DossierIndex } from '../core/indexing/dossierIndex';
import { mapGetLoop, millisecondsOf } from './ratios';

/** The value below which p percent of a sorted list falls. */
export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;
}

export interface HoverLine {
  text: string;
  offset: number;
}

/** Sentences to hover on, at a name: up to 5 mentions of each of the 400 most mentioned actors. */
export function hoverLines(index: DossierIndex): HoverLine[] {
  const lines: HoverLine[] = [];
  for (const actor of index.actors().slice(0, 400)) {
    for (const mention of actor.mentions.slice(0, 5)) {
      const sentence = index.sentenceOf(mention);
      if (sentence) lines.push({ text: sentence.text, offset: mention.start - sentence.start + 1 });
    }
  }
  return lines;
}

/** Milliseconds of one lookup of the actor at a position of a sentence, as a hover provider asks. */
export function hoverTime(index: DossierIndex, line: HoverLine): number {
  return millisecondsOf(() => index.actorAt(line.text, line.offset));
}

/** The same, the best of three lookups: what the lookup costs, without the moments the thread was not running. */
export function bestHoverTime(index: DossierIndex, line: HoverLine): number {
  return Math.min(hoverTime(index, line), hoverTime(index, line), hoverTime(index, line));
}

/**
 * Each lookup on the hover lines, and before it the latency baseline on the same sentence (a `Map.get`
 * per word, in a map of the actors' names): the milliseconds of each, both sorted.
 */
export function hoverLatencies(index: DossierIndex): { hovers: number[]; baselines: number[] } {
  const names = new Map(index.actors().map((actor) => [actor.name, actor]));
  const hovers: number[] = [];
  const baselines: number[] = [];
  for (const line of hoverLines(index)) {
    baselines.push(mapGetLoop(names, line.text));
    hovers.push(hoverTime(index, line));
  }
  return { hovers: hovers.sort((a, b) => a - b), baselines: baselines.sort((a, b) => a - b) };
}

/** The searches timed per keystroke: each kind, the query typed, and the search. */
export function searches(index: DossierIndex): { kind: string; query: string; search(query: string): unknown }[] {
  return [
    { kind: 'actors', query: 'bytedanse', search: (q) => index.searchActors(q, 20) },
    { kind: 'events', query: 'electon', search: (q) => index.searchEvents(q, 20) },
    { kind: 'sentences', query: 'interst rates', search: (q) => index.searchSentences(q, 20) },
  ];
}

/** Each search timed on every prefix of a query, as typed, after a first search that builds its index (`first`). */
export function keystrokeSearchTimes(index: DossierIndex): { kind: string; query: string; max: number; mean: number; first: number }[] {
  return searches(index).map(({ kind, query, search }) => {
    const first = millisecondsOf(() => search('x'));
    const times: number[] = [];
    for (let n = 2; n <= query.length; n++) times.push(millisecondsOf(() => search(query.slice(0, n))));
    return { kind, query, max: Math.max(...times), mean: times.reduce((a, b) => a + b) / times.length, first };
  });
}
