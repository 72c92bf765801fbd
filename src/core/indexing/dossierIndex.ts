// The one entry to the core: an index of news texts that answers what the editor features ask.
import { type Actor, actorsByAlias, type ActorSnapshot, ActorTable, type Curation, type Doubt, emptyCuration, groupArticleEntities, type LocalEntity, type Mention, nameKey, NameMatcher, splitWords, typedKey } from '../actors';
import { analyzeArticle, type ArticleAnalysis, blankOut, sentenceFinder, spansOfPairs, unpackMentions } from './analysis';
import { ArticleCopies } from './articleCopies';
import { actorTypes, Emitter, fromIsoDate, type EntityMention, lineStarts, type Logger, type NumberList, type Position, positionAt, type Recognizer, silentLogger, type Span } from '../base';
import { actorMentionsOf, type ArticleEvent, compareEvents, type DossierEvent, EventList, eventsByActor, findEvents, setEventActors } from '../events';
import { findWikiReferences } from '../text';
import { actorSearch, eventListSearch, EventSearch, type ListSearch, SentenceSearch } from '../search';

export type { Actor, DossierEvent, Mention };
export { compareEvents };

export interface Article {
  path: string;
  text: string;
  title: string;
  byline?: string;
  /** YYYY-MM-DD: the date the user set, else the one the text says (or its file name), else its folder's default. */
  published?: string;
  /** Where `published` came from. */
  dateSource?: 'text' | ArticleDate['source'];
  /** Start and end of each sentence, one after the other. */
  sentences: NumberList;
  events: DossierEvent[];
}

/** A date the user gave an article: its own (set), or its folder's default. */
export interface ArticleDate {
  /** YYYY-MM-DD */
  date: string;
  source: 'set' | 'folder';
}

export interface NameInText extends Span {
  actor: Actor;
  /** Written as [[Name]] or [[Name|shown]]. */
  explicit: boolean;
  /** How many other actors the name is also a name of ("Johnson"), when any. */
  others?: number;
}

export interface IndexOptions {
  recognizer: Recognizer;
  logger?: Logger;
  curation?: Curation;
}

export interface ArticleRecord extends Article, Pick<ArticleAnalysis, 'found'> {
  chrome: Span[];
  entities: LocalEntity[];
  lineStarts?: number[];
  /** The article's events as the index lists them; each snapshot sets their `actors`. */
  events: DossierEvent[];
  /** The date and the events the analysis found in the text. */
  analyzed: { published?: string; events: DossierEvent[] };
}

export interface Snapshot extends ActorSnapshot {
  events: DossierEvent[];
  /** Made on the first question about an actor's events. */
  eventsByActor?: Map<string, DossierEvent[]>;
  /** Made on the first actor search. */
  actorSearch?: ListSearch<Actor>;
  /** Made on the first question by name. */
  actorsByAlias?: Map<string, Actor>;
}

export class DossierIndex {
  private readonly articlesByPath = new Map<string, ArticleRecord>();
  /** Articles whose text another article has word for word: one story is counted once. */
  private readonly copies = new ArticleCopies<ArticleRecord>();
  private readonly table = new ActorTable();
  private readonly eventList = new EventList();
  private readonly recognizer: Recognizer;
  private readonly logger: Logger;
  /** The corrections, without the accepted names (which change no actor). */
  private curation: Curation;
  /** Name keys of the actors the user accepted as they are. */
  private accepted = new Set<string>();
  private curatedNames = new NameMatcher();
  private snapshot: Snapshot | undefined;
  /** The actors' names, found in notes: brought up to date with the snapshots on the first question after them. */
  private readonly matcher = { names: new NameMatcher(), changes: [] as { removed: readonly Actor[]; added: readonly Actor[] }[] };
  /** The last snapshot, once the index changed: the next one reuses what did not change. */
  private stale: Snapshot | undefined;
  /** Articles added or replaced since `stale` was made. */
  private readonly changedPaths = new Set<string>();
  /** Built on the first sentence search, then kept up to date. */
  private sentenceSearch: SentenceSearch | undefined;
  /** Made on the first event search, and brought up to date with the snapshot by each one after it. */
  private eventSearch: EventSearch<DossierEvent> | undefined;
  private eventSearchSnapshot: Snapshot | undefined;
  /** Paths of the articles the sentence search was started without, and how many of them it has taken. */
  private sentencesToAdd: string[] = [];
  private sentencesAdded = 0;
  /** The dates the user gave articles. */
  private givenDate: (path: string) => ArticleDate | undefined = () => undefined;
  private readonly changed = new Emitter<void>();
  /** Fires after the index changed; queries then answer from the new state. */
  readonly onDidChange = this.changed.event;

  constructor(options: IndexOptions) {
    this.recognizer = options.recognizer;
    this.logger = options.logger ?? silentLogger;
    this.curation = { ...(options.curation ?? emptyCuration), accepts: [] };
    this.accepted = new Set(options.curation?.accepts.map((name) => nameKey(name)));
    this.curatedNames = curatedNameMatcher(this.curation);
  }

  /** Adds or replaces one news text. Only this file's share of the index changes. */
  update(path: string, text: string): void {
    this.updateAnalyzed(path, text, analyzeArticle(path, text, this.recognizer));
  }

  /** Adds or replaces one news text whose analysis was made elsewhere (a worker thread, the cache); the index keeps the analysis. */
  updateAnalyzed(path: string, text: string, analysis: ArticleAnalysis): void {
    this.forget(path);
    const record: ArticleRecord = {
      path,
      text,
      title: analysis.title,
      byline: analysis.byline,
      published: analysis.published,
      sentences: analysis.sentences,
      events: asIndexEvents(analysis.events, path),
      found: analysis.found,
      chrome: analysis.chrome,
      entities: [],
      analyzed: { published: analysis.published, events: [] },
    };
    record.analyzed.events = record.events;
    // The analysis grouped the names already; curated names (which the recognizer may miss) need grouping again.
    record.entities = this.curatedNames.size === 0 ? analysis.entities : this.entitiesOf(record);
    const { first, before } = this.copies.add(record);
    if (before && first === record) this.removeRecord(before.path);
    if (first === record) this.addRecord(record);
    if (before) this.logger.warn(`${(first === record ? before : record).path} is a copy of ${first.path}: counted once`);
    this.invalidate();
  }

  remove(path: string): void {
    if (!this.forget(path)) return;
    if (this.articlesByPath.size === 0) {
      // Built again when needed (the sentence search not article by article while the workspace is read again).
      this.sentenceSearch = undefined;
      this.eventSearch = undefined;
      this.eventSearchSnapshot = undefined;
    }
    this.invalidate();
  }

  /** Takes an article out; a copy of it that waited takes its place. */
  private forget(path: string): boolean {
    if (!this.copies.has(path)) return false;
    const next = this.copies.remove(path);
    this.removeRecord(path);
    if (next) {
      if (this.curatedNames.size > 0) next.entities = this.entitiesOf(next);
      this.addRecord(next);
    }
    return true;
  }

  setCuration(given: Curation): void {
    // Accepting an actor changes only its doubts: the snapshot stays.
    const accepted = new Set(given.accepts.map((name) => nameKey(name)));
    const acceptsChanged = accepted.size !== this.accepted.size || [...accepted].some((key) => !this.accepted.has(key));
    this.accepted = accepted;
    const curation = { ...given, accepts: [] };
    if (JSON.stringify(curation) === JSON.stringify(this.curation)) {
      if (acceptsChanged) this.changed.fire();
      return; // read again after a save, unchanged
    }
    const changedNames = curatedNamesChanged(this.curation, curation);
    this.curation = curation;
    this.stale = undefined;
    if (changedNames.length > 0) {
      // Only articles that may write a name added or dropped (or retyped) find other names than before.
      this.curatedNames = curatedNameMatcher(curation);
      const mayName = new RegExp(changedNames.map((name) => (splitWords(name)[0] ?? name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'iu');
      for (const record of this.articlesByPath.values()) {
        if (!mayName.test(record.text)) continue;
        this.table.removeArticle(record.path, record.entities);
        record.entities = this.entitiesOf(record);
        this.table.addArticle(record.path, record.entities);
      }
    }
    this.invalidate();
  }

  /** The dates the user gave articles: an article's own wins over its text, a folder's default only stands in for none. */
  setArticleDates(dateOf: (path: string) => ArticleDate | undefined): void {
    this.givenDate = dateOf;
    let changed = false;
    for (const record of this.articlesByPath.values()) changed = this.redate(record) || changed;
    if (changed) this.invalidate();
  }

  /** Dates an article by the rule above; its events are found again for another date. True when its date changed. */
  private redate(record: ArticleRecord): boolean {
    const given = this.givenDate(record.path);
    const text = record.analyzed.published;
    const use = given && (given.source === 'set' || !text) ? given : undefined;
    record.dateSource = use ? use.source : text ? 'text' : undefined;
    const date = use ? use.date : text;
    if (date === record.published) return false;
    const listed = this.articlesByPath.get(record.path) === record;
    if (listed) this.eventList.remove(record.events);
    record.published = date;
    // Fresh objects each time: the list may still hold the old ones until it is next read.
    const events = date === text ? record.analyzed.events.map((event) => ({ ...event })) : findEvents(record.text, spansOfPairs(record.sentences.list()), date ? fromIsoDate(date) : undefined, actorMentionsOf(record.entities));
    record.events = asIndexEvents(events, record.path);
    if (listed) {
      this.eventList.add(record.events);
      this.changedPaths.add(record.path);
    }
    return true;
  }

  has(path: string): boolean {
    return this.articlesByPath.has(path);
  }

  article(path: string): Article | undefined {
    return this.articlesByPath.get(path);
  }

  articles(): Article[] {
    return [...this.articlesByPath.values()];
  }

  /** Actors, most mentioned first. */
  actors(type?: Actor['type']): Actor[] {
    const actors = this.current().actors;
    return type ? actors.filter((actor) => actor.type === type) : actors;
  }

  actor(id: string): Actor | undefined {
    return this.current().byId.get(id);
  }

  /** The actor a name stands for, by any of its names (case and punctuation folded). */
  actorNamed(name: string): Actor | undefined {
    const snapshot = this.current();
    snapshot.actorsByAlias ??= actorsByAlias(snapshot);
    let best: Actor | undefined;
    for (const type of actorTypes) {
      const key = typedKey(nameKey(name, type), type);
      const actor = snapshot.actorOfKey.get(key) ?? snapshot.actorsByAlias!.get(key);
      if (actor && (!best || actor.mentionCount > best.mentionCount)) best = actor;
    }
    return best;
  }

  /** Events in time order; undated events last. */
  events(): DossierEvent[] {
    return this.current().events;
  }

  eventsOf(actorId: string): DossierEvent[] {
    const snapshot = this.current();
    snapshot.eventsByActor ??= eventsByActor(snapshot.events);
    return snapshot.eventsByActor.get(actorId) ?? [];
  }

  /** Why Dossier is unsure of an actor; none once the user accepted it. */
  doubtsOf(actor: Actor): readonly Doubt[] {
    return actor.doubts.length === 0 || this.accepted.has(nameKey(actor.name)) ? [] : actor.doubts;
  }

  /** Whether the user accepted the actor as it is. */
  isAccepted(actor: Actor): boolean {
    return this.accepted.has(nameKey(actor.name));
  }

  /** The actors an article names. */
  actorsIn(path: string): Actor[] {
    const record = this.articlesByPath.get(path);
    if (!record) return [];
    const snapshot = this.current();
    return [...new Set(record.entities.flatMap((entity) => snapshot.actorOfKey.get(entity.key) ?? []))];
  }

  mentionsOf(actorId: string): Mention[] {
    return this.actor(actorId)?.mentions ?? [];
  }

  /** Every actor named in a text (a note), by name or as [[Name]], in order. */
  namesIn(text: string, from = 0, to = text.length): NameInText[] {
    const snapshot = this.current();
    const matcher = this.nameMatcher();
    const names: NameInText[] = [];
    const references = findWikiReferences(text, from, to);
    for (const reference of references) {
      const actor = this.actorNamed(reference.name);
      if (actor) names.push({ ...reference.nameSpan, actor, explicit: true });
    }
    let cursor = from;
    for (const reference of [...references, { start: to, end: to }]) {
      // Only names of actors of this snapshot: a name left behind by an actor gone hides no other.
      for (const match of matcher.find(text, cursor, reference.start, (id) => snapshot.byId.has(id))) {
        const actor = snapshot.byId.get(match.target);
        if (actor && match.end <= reference.start) names.push({ start: match.start, end: match.end, actor, explicit: false, ...(match.others && { others: match.others }) });
      }
      cursor = reference.end;
    }
    return names.sort((a, b) => a.start - b.start);
  }

  /** The actor named at an offset of a text, if any. */
  actorAt(text: string, offset: number): NameInText | undefined {
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    let lineEnd = text.indexOf('\n', offset);
    if (lineEnd < 0) lineEnd = text.length;
    return this.namesIn(text, lineStart, lineEnd).find((name) => name.start <= offset && offset <= name.end);
  }

  /** Actors matching a query, best first (typos forgiven); the most mentioned for an empty query. */
  findActors(query: string, limit: number): Actor[] {
    const trimmed = query.trim();
    return trimmed ? this.searchActors(trimmed, limit).map((result) => result.item) : this.actors().slice(0, limit);
  }

  searchActors(query: string, limit = 50) {
    const snapshot = this.current();
    snapshot.actorSearch ??= actorSearch(snapshot.actors);
    return snapshot.actorSearch.search(query, limit);
  }

  searchEvents(query: string, limit = 50) {
    this.prepareEventSearch(Infinity);
    return this.eventSearch!.search(query, limit);
  }

  /** The events of one actor matching a query, best first. */
  searchEventsOf(actorId: string, query: string, limit = 50) {
    return eventListSearch(this.eventsOf(actorId)).search(query, limit);
  }

  /** Brings the event search up to date with the snapshot, looking at up to `events` events; true once it is. */
  prepareEventSearch(events: number): boolean {
    const snapshot = this.current();
    this.eventSearch ??= new EventSearch();
    if (this.eventSearchSnapshot === snapshot) return true;
    if (!this.eventSearch.update(snapshot.events, (id) => snapshot.byId.get(id)?.name ?? '', events)) return false;
    this.eventSearchSnapshot = snapshot;
    return true;
  }

  searchSentences(query: string, limit = 50) {
    this.prepareSentenceSearch(Infinity);
    return this.sentenceSearch!.search(query, limit);
  }

  /**
   * Adds up to `articles` more articles to the sentence search (started on the first call), so that it
   * can be built a slice at a time before the first search; true once it has every article and is ready.
   */
  prepareSentenceSearch(articles: number): boolean {
    if (!this.sentenceSearch) {
      this.sentenceSearch = new SentenceSearch();
      this.sentencesToAdd = [...this.articlesByPath.keys()];
      this.sentencesAdded = 0;
    }
    const search = this.sentenceSearch;
    const end = Math.min(this.sentencesToAdd.length, this.sentencesAdded + articles);
    for (; this.sentencesAdded < end; this.sentencesAdded++) {
      // Articles added since the start are in already, and those removed are gone.
      const record = this.articlesByPath.get(this.sentencesToAdd[this.sentencesAdded]);
      if (record && !search.has(record.path)) search.addArticle(record);
    }
    if (this.sentencesAdded < this.sentencesToAdd.length) return false;
    this.sentencesToAdd = [];
    search.prepare(); // ready for the next search (after an edit too)
    return true;
  }

  /** Line and character (UTF-16) of an offset in an indexed article. */
  positionAt(path: string, offset: number): Position {
    const record = this.articlesByPath.get(path);
    if (!record) return { line: 0, character: 0 };
    record.lineStarts ??= lineStarts(record.text);
    return positionAt(record.lineStarts, offset);
  }

  sentenceOf(mention: { path: string; sentence: number }): (Span & { text: string }) | undefined {
    const record = this.articlesByPath.get(mention.path);
    const spans = record?.sentences.list();
    const start = spans?.[mention.sentence * 2];
    const end = spans?.[mention.sentence * 2 + 1];
    return start === undefined || end === undefined ? undefined : { start, end, text: record!.text.slice(start, end) };
  }

  /** The sentence of an article that holds an offset. */
  sentenceAt(path: string, offset: number): (Span & { text: string }) | undefined {
    const spans = this.articlesByPath.get(path)?.sentences.list();
    return spans && spans.length > 0 ? this.sentenceOf({ path, sentence: sentenceFinder(spans)(offset) }) : undefined;
  }

  /** How many articles are indexed (without merging the actors, unlike stats()). */
  get articleCount(): number {
    return this.articlesByPath.size;
  }

  stats(): { articles: number; actors: number; events: number } {
    const snapshot = this.current();
    return { articles: this.articleCount, actors: snapshot.actors.length, events: snapshot.events.length };
  }

  private entitiesOf(record: ArticleRecord): LocalEntity[] {
    const recognized = unpackMentions(record.found, record.text);
    const curated = this.curatedMentions(record, recognized);
    const found = curated.length === 0 ? recognized : [...recognized.filter((m) => !curated.some((c) => yieldsTo(record.text, m, c))), ...curated].sort((a, b) => a.start - b.start);
    const sentenceAt = sentenceFinder(record.sentences.list());
    return groupArticleEntities(record.text, found, sentenceAt);
  }

  /** Names from the curation file that the recognizer missed or read as part of another name. */
  private curatedMentions(record: ArticleRecord, found: readonly EntityMention[]): EntityMention[] {
    if (this.curatedNames.size === 0) return [];
    const types = new Map(this.curation.actors.map((actor) => [actor.name, actor.type ?? 'person']));
    return this.curatedNames
      .find(blankOut(record.text, record.chrome))
      .map((match) => ({ start: match.start, end: match.end, type: types.get(match.target) ?? 'person', text: record.text.slice(match.start, match.end) }))
      .filter((match) => found.every((m) => !(m.start < match.end && match.start < m.end) || yieldsTo(record.text, m, match)));
  }

  private addRecord(record: ArticleRecord): void {
    this.redate(record);
    this.articlesByPath.set(record.path, record);
    this.table.addArticle(record.path, record.entities);
    this.eventList.add(record.events);
    this.sentenceSearch?.addArticle(record);
    this.changedPaths.add(record.path);
  }

  private removeRecord(path: string): boolean {
    const record = this.articlesByPath.get(path);
    if (!record) return false;
    this.table.removeArticle(path, record.entities);
    this.sentenceSearch?.removeArticle(path);
    this.eventList.remove(record.events);
    this.articlesByPath.delete(path);
    return true;
  }

  private invalidate(): void {
    this.stale = this.snapshot ?? this.stale;
    this.snapshot = undefined;
    this.changed.fire();
  }

  private current(): Snapshot {
    if (this.snapshot) return this.snapshot;
    try {
      return this.build();
    } catch (error) {
      // A build that failed half-way changed the last snapshot's maps in place: the next starts afresh.
      this.stale = undefined;
      throw error;
    }
  }

  private build(): Snapshot {
    const started = Date.now();
    const previous = this.stale;
    const actors = this.table.build(this.curation, previous);
    const reused = previous && actors.fromPrevious;
    for (const record of reused ? this.recordsToUpdate(actors.changedKeys) : this.articlesByPath.values()) {
      setEventActors(record, (entity) => actors.actorOfKey.get(entity.key));
    }
    // The names change as the actors do; made only when asked (the command line never asks).
    if (reused) this.matcher.changes.push({ removed: actors.removed, added: actors.added });
    else Object.assign(this.matcher, { names: new NameMatcher(), changes: [{ removed: [], added: actors.actors }] });
    this.snapshot = { ...actors, events: this.eventList.list() };
    this.stale = undefined;
    this.changedPaths.clear();
    this.logger.info(`index snapshot: ${actors.actors.length} actors, ${this.snapshot.events.length} events in ${Date.now() - started} ms`);
    return this.snapshot;
  }

  private nameMatcher(): NameMatcher {
    for (const { removed, added } of this.matcher.changes.splice(0)) updateMatcher(this.matcher.names, removed, added);
    return this.matcher.names;
  }

  /** Articles whose events may name other actors than in the last snapshot: those changed, and those naming a key that changed actor. */
  private recordsToUpdate(changedKeys: Set<string>): Set<ArticleRecord> {
    const records = new Set<ArticleRecord>();
    const add = (path: string) => {
      const record = this.articlesByPath.get(path);
      if (record) records.add(record);
    };
    this.changedPaths.forEach(add);
    for (const key of changedKeys) this.table.pathsOf(key).forEach(add);
    return records;
  }
}

/** The matcher of names in notes: where actors share a name, the one it is the name of wins over those it is an alias of, then the most mentioned. */
function updateMatcher(matcher: NameMatcher, removed: readonly Actor[], added: readonly Actor[]): void {
  const namesOf = (actor: Actor) => [actor.name, ...actor.aliases].filter((name) => name.length > 1);
  for (const actor of removed) for (const name of namesOf(actor)) matcher.remove(name, actor.id);
  for (const actor of added) for (const name of namesOf(actor)) matcher.add(name, actor.id, actor.mentionCount + (name === actor.name ? 2 ** 30 : 0));
}

/**
 * Whether a name the recognizer found gives way to a curated name over it: one that overlaps it without
 * being inside it, or that it only adds a word before ("Last Sunny Corner" for a curated "Sunny Corner").
 * A person's full name keeps the surname a user curated, and a longer name keeps the name in it ("Bank of England").
 */
function yieldsTo(text: string, recognized: EntityMention, curated: EntityMention): boolean {
  if (recognized.start === curated.start && recognized.end === curated.end) return false;
  if (!(recognized.start < curated.end && curated.start < recognized.end)) return false;
  const inside = recognized.start <= curated.start && curated.end <= recognized.end;
  if (!inside) return true;
  return recognized.type !== 'person' && recognized.end === curated.end && !/\s/.test(text.slice(recognized.start, curated.start).trim());
}

export function createIndex(options: IndexOptions): DossierIndex {
  return new DossierIndex(options);
}

/** The analysis's events, made the index's own (in place: spreading 70k events costs). */
function asIndexEvents(events: ArticleEvent[], path: string): DossierEvent[] {
  for (const event of events as DossierEvent[]) {
    event.id = `${path}#${event.dateSpan.start}`;
    event.path = path;
    event.actors = [];
  }
  return events as DossierEvent[];
}

/** The curated names (and aliases) found in one curation and not the other, or given another type. */
function curatedNamesChanged(before: Curation, after: Curation): string[] {
  const entries = (curation: Curation) =>
    new Set(curation.actors.flatMap((actor) => [actor.name, ...actor.aliases].map((name) => JSON.stringify([name, actor.name, actor.type ?? 'person']))));
  const [old, now] = [entries(before), entries(after)];
  const changed = [...old].filter((entry) => !now.has(entry)).concat([...now].filter((entry) => !old.has(entry)));
  return changed.map((entry) => (JSON.parse(entry) as string[])[0]);
}

function curatedNameMatcher(curation: Curation): NameMatcher {
  const matcher = new NameMatcher();
  for (const actor of curation.actors) for (const name of [actor.name, ...actor.aliases]) matcher.add(name, actor.name);
  return matcher;
}
