// Fuzzy, typo-tolerant search over actors, events and source sentences. A word index picks the
// candidates (fast at any size); fuse.js ranks them and marks the matched stretches.
import Fuse, { type FuseResult, type IFuseOptions } from 'fuse.js';
import type { Actor } from './actorTable';
import type { Span } from './types';
import { WordIndex } from './wordIndex';

export interface SearchResult<T> {
  item: T;
  /** 0 is a perfect match, 1 no match at all. */
  score: number;
  /** Matched stretches of the result's label (its name, summary or sentence text). */
  highlights: Span[];
}

export interface SentenceItem {
  path: string;
  title: string;
  /** Index of the sentence in its article. */
  sentence: number;
  start: number;
  end: number;
  text: string;
}

interface SearchableEvent {
  summary: string;
  dateText: string;
  date?: string;
  actors: string[];
}

/** How many candidates fuse.js ranks. */
const candidateCount = 300;
const fuseOptions: IFuseOptions<unknown> = { includeScore: true, includeMatches: true, ignoreLocation: true, threshold: 0.4, minMatchCharLength: 2 };

/** Searches a fixed list of items by some of their text. */
export class ListSearch<T> {
  private words: WordIndex | undefined;

  constructor(
    private readonly items: readonly T[],
    private readonly keys: IFuseOptions<T>['keys'],
    private readonly textOf: (item: T) => string,
    private readonly labelKey: string,
  ) {}

  search(query: string, limit: number): SearchResult<T>[] {
    if (!this.words) {
      this.words = new WordIndex();
      this.items.forEach((item, id) => this.words!.add(id, this.textOf(item)));
    }
    const candidates = this.words.candidates(query, candidateCount).map((id) => this.items[id]);
    return rank(candidates, query, limit, this.keys, this.labelKey);
  }
}

export function actorSearch(actors: readonly Actor[]): ListSearch<Actor> {
  return new ListSearch(actors, [{ name: 'name', weight: 3 }, 'aliases'], (a) => [a.name, ...a.aliases].join(' '), 'name');
}

export function eventSearch<E extends SearchableEvent>(events: readonly E[], nameOf: (actorId: string) => string): ListSearch<E & { actorNames: string[] }> {
  const items = events.map((event) => ({ ...event, actorNames: event.actors.map(nameOf) }));
  return new ListSearch(
    items,
    [{ name: 'summary', weight: 3 }, 'dateText', 'date', 'actorNames'],
    (e) => `${e.summary} ${e.dateText} ${e.date ?? ''} ${e.actorNames.join(' ')}`,
    'summary',
  );
}

/** Sentences of all articles, kept up to date one article at a time. */
export class SentenceSearch {
  private readonly words = new WordIndex();
  private readonly items: (SentenceItem | undefined)[] = [];
  private readonly idsByPath = new Map<string, number[]>();

  addArticle(article: { path: string; title: string; text: string; sentences: readonly Span[] }): void {
    const ids: number[] = [];
    article.sentences.forEach((span, sentence) => {
      const text = article.text.slice(span.start, span.end);
      const id = this.items.length;
      this.items.push({ path: article.path, title: article.title, sentence, start: span.start, end: span.end, text });
      this.words.add(id, text);
      ids.push(id);
    });
    this.idsByPath.set(article.path, ids);
  }

  removeArticle(path: string): void {
    for (const id of this.idsByPath.get(path) ?? []) {
      this.words.remove(id);
      this.items[id] = undefined;
    }
    this.idsByPath.delete(path);
  }

  search(query: string, limit: number): SearchResult<SentenceItem>[] {
    const candidates = this.words.candidates(query, candidateCount).flatMap((id) => this.items[id] ?? []);
    return rank(candidates, query, limit, ['text'], 'text');
  }
}

function rank<T>(candidates: readonly T[], query: string, limit: number, keys: IFuseOptions<T>['keys'], labelKey: string): SearchResult<T>[] {
  if (candidates.length === 0 || query.trim() === '') return [];
  const fuse = new Fuse(candidates, { ...(fuseOptions as IFuseOptions<T>), keys });
  return fuse.search(query, { limit }).map((result) => toResult(result, labelKey));
}

function toResult<T>(result: FuseResult<T>, labelKey: string): SearchResult<T> {
  const highlights = (result.matches ?? [])
    .filter((match) => match.key === labelKey)
    .flatMap((match) => match.indices.map(([start, end]) => ({ start, end: end + 1 })));
  return { item: result.item, score: result.score ?? 1, highlights };
}
