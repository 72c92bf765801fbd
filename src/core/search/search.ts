// Fuzzy, typo-tolerant search over actors, events and source sentences. A word index picks the
// candidates (fast at any size); fuse.js ranks them and marks the matched stretches.
import Fuse, { type FuseResult, type IFuseOptions } from 'fuse.js';
import type { Actor } from '../actors';
import type { NumberList, Span } from '../base';
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

/** A search over a few events (an actor's): by summary, date and the date's words. */
export function eventListSearch<E extends SearchableEvent>(events: readonly E[]): ListSearch<E> {
  return new ListSearch(events, [{ name: 'summary', weight: 3 }, 'dateText', 'date'], (e) => `${e.summary} ${e.dateText} ${e.date ?? ''}`, 'summary');
}

export function actorSearch(actors: readonly Actor[]): ListSearch<Actor> {
  return new ListSearch(actors, [{ name: 'name', weight: 3 }, 'aliases'], (a) => [a.name, ...a.aliases].join(' '), 'name');
}

/** An event as the event search keeps it: the searched fields, and the event. */
interface EventItem<E> {
  summary: string;
  dateText: string;
  date?: string;
  actorNames: string[];
  event: E;
}

const eventKeys: IFuseOptions<EventItem<unknown>>['keys'] = [{ name: 'summary', weight: 3 }, 'dateText', 'date', 'actorNames'];

/**
 * Events, kept up to date from one list of them to the next: only the events that are new, or whose
 * actors have other names now, are indexed again (all 70k of 20,000 articles took over a second).
 */
export class EventSearch<E extends SearchableEvent> {
  private readonly words = new WordIndex();
  private readonly items: (EventItem<E> | undefined)[] = [];
  private readonly idOf = new Map<E, number>();
  /** An update under way: the list it brings the search to, how far it got, and the ids it keeps. */
  private updating: { events: readonly E[]; next: number; kept: Set<number> } | undefined;

  /**
   * Brings the search up to date with `events` (or a newer list), looking at up to `budget` events, so
   * that it can be done a slice at a time; true once it is up to date.
   */
  update(events: readonly E[], nameOf: (actorId: string) => string, budget = Infinity): boolean {
    if (this.updating?.events !== events) this.updating = { events, next: 0, kept: new Set() };
    const updating = this.updating;
    const end = Math.min(events.length, updating.next + budget);
    for (; updating.next < end; updating.next++) updating.kept.add(this.indexed(events[updating.next], nameOf));
    if (updating.next < events.length) return false;
    for (const [event, id] of this.idOf) if (!updating.kept.has(id)) this.forget(event, id);
    this.updating = undefined;
    return true;
  }

  /** The id of an event, indexed again if it is new or its actors have other names now. */
  private indexed(event: E, nameOf: (actorId: string) => string): number {
    const actorNames = event.actors.map(nameOf);
    const id = this.idOf.get(event);
    if (id !== undefined) {
      if (sameNames(this.items[id]!.actorNames, actorNames)) return id;
      this.forget(event, id);
    }
    const item = { summary: event.summary, dateText: event.dateText, date: event.date, actorNames, event };
    const added = this.items.push(item) - 1;
    this.idOf.set(event, added);
    this.words.add(added, `${item.summary} ${item.dateText} ${item.date ?? ''} ${actorNames.join(' ')}`);
    return added;
  }

  search(query: string, limit: number): SearchResult<E & { actorNames: string[] }>[] {
    const candidates = this.words.candidates(query, candidateCount).map((id) => this.items[id]!);
    return rank(candidates, query, limit, eventKeys, 'summary').map((result) => ({
      ...result,
      item: { ...result.item.event, actorNames: result.item.actorNames },
    }));
  }

  private forget(event: E, id: number): void {
    this.words.remove(id);
    this.items[id] = undefined;
    this.idOf.delete(event);
  }
}

function sameNames(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((name, i) => name === b[i]);
}

interface IndexedArticle {
  path: string;
  title: string;
  text: string;
  /** Start and end of each sentence, one after the other. */
  sentences: NumberList;
}

/**
 * Sentences of all articles, kept up to date one article at a time. Each sentence costs two numbers
 * here (its article and its place there); its text is sliced only for the candidates of a query.
 */
export class SentenceSearch {
  private readonly words = new WordIndex();
  private readonly articles: (IndexedArticle | undefined)[] = [];
  /** Per path: the article's number, and its sentences' ids (consecutive). */
  private readonly byPath = new Map<string, { number: number; first: number; count: number }>();
  private articleOf = new Int32Array(1024);
  private sentenceOf = new Int32Array(1024);
  private count = 0;

  addArticle(article: IndexedArticle): void {
    const number = this.articles.push(article) - 1;
    const spans = article.sentences.list();
    this.byPath.set(article.path, { number, first: this.count, count: spans.length / 2 });
    for (let sentence = 0; sentence < spans.length / 2; sentence++) {
      const id = this.count++;
      if (id === this.articleOf.length) this.grow();
      this.articleOf[id] = number;
      this.sentenceOf[id] = sentence;
      this.words.add(id, article.text.slice(spans[sentence * 2], spans[sentence * 2 + 1]));
    }
  }

  has(path: string): boolean {
    return this.byPath.has(path);
  }

  /** Gets ready for searches (see WordIndex.prepare). */
  prepare(): void {
    this.words.prepare();
  }

  removeArticle(path: string): void {
    const entry = this.byPath.get(path);
    if (!entry) return;
    for (let id = entry.first; id < entry.first + entry.count; id++) this.words.remove(id);
    this.articles[entry.number] = undefined;
    this.byPath.delete(path);
  }

  search(query: string, limit: number): SearchResult<SentenceItem>[] {
    const candidates = this.words.candidates(query, candidateCount).flatMap((id) => this.item(id) ?? []);
    return rank(candidates, query, limit, ['text'], 'text');
  }

  private item(id: number): SentenceItem | undefined {
    const article = this.articles[this.articleOf[id]];
    if (!article) return undefined;
    const sentence = this.sentenceOf[id];
    const spans = article.sentences.list();
    const start = spans[sentence * 2];
    const end = spans[sentence * 2 + 1];
    return { path: article.path, title: article.title, sentence, start, end, text: article.text.slice(start, end) };
  }

  private grow(): void {
    const articleOf = new Int32Array(this.articleOf.length * 2);
    articleOf.set(this.articleOf);
    this.articleOf = articleOf;
    const sentenceOf = new Int32Array(this.sentenceOf.length * 2);
    sentenceOf.set(this.sentenceOf);
    this.sentenceOf = sentenceOf;
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
