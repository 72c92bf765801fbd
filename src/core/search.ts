// Fuzzy, typo-tolerant search over actors, events and source sentences (fuse.js).
import Fuse, { type FuseResult, type IFuseOptions } from 'fuse.js';
import type { Actor } from './actorTable';
import type { Span } from './types';

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

const common: IFuseOptions<unknown> = { includeScore: true, includeMatches: true, ignoreLocation: true, threshold: 0.34, minMatchCharLength: 2 };

export class SearchIndex<E extends SearchableEvent = SearchableEvent> {
  private actorFuse: Fuse<Actor> | undefined;
  private eventFuse: Fuse<E & { actorNames: string[] }> | undefined;
  private sentenceFuse: Fuse<SentenceItem> | undefined;

  constructor(
    private readonly actorList: readonly Actor[],
    private readonly eventList: readonly E[],
    private readonly articles: () => readonly { path: string; title: string; text: string; sentences: readonly Span[] }[],
  ) {}

  actors(query: string, limit: number): SearchResult<Actor>[] {
    this.actorFuse ??= new Fuse(this.actorList, { ...common, keys: [{ name: 'name', weight: 3 }, 'aliases'] });
    return this.actorFuse.search(query, { limit }).map((result) => toResult(result, 'name'));
  }

  events(query: string, limit: number): SearchResult<E>[] {
    const names = new Map(this.actorList.map((actor) => [actor.id, actor.name]));
    this.eventFuse ??= new Fuse(
      this.eventList.map((event) => ({ ...event, actorNames: event.actors.map((id) => names.get(id) ?? '') })),
      { ...common, keys: [{ name: 'summary', weight: 3 }, 'dateText', 'date', 'actorNames'] },
    );
    return this.eventFuse.search(query, { limit }).map((result) => toResult(result, 'summary'));
  }

  sentences(query: string, limit: number): SearchResult<SentenceItem>[] {
    if (!this.sentenceFuse) {
      const items: SentenceItem[] = [];
      for (const article of this.articles()) {
        article.sentences.forEach((span, sentence) =>
          items.push({ path: article.path, title: article.title, sentence, start: span.start, end: span.end, text: article.text.slice(span.start, span.end) }),
        );
      }
      this.sentenceFuse = new Fuse(items, { ...common, threshold: 0.25, keys: ['text'] });
    }
    return this.sentenceFuse.search(query, { limit }).map((result) => toResult(result, 'text'));
  }
}

function toResult<T>(result: FuseResult<T>, labelKey: string): SearchResult<T> {
  const highlights = (result.matches ?? [])
    .filter((match) => match.key === labelKey)
    .flatMap((match) => match.indices.map(([start, end]) => ({ start, end: end + 1 })));
  return { item: result.item, score: result.score ?? 1, highlights };
}
