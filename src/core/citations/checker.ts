// Keeps the checks of the notes of a workspace, so that a change of a note or a source re-checks only
// what it touches. Reads through the functions it is given; never writes.
import { SourceText } from './anchor';
import { type QuotedPassage, type CitedSource, citedSources, citingNotes, quotedPassages } from './backlinks';
import { checkQuotes, type CheckOptions, findQuote, type NoteCheck, resolveTarget } from './noteCheck';
import { findQuotes, type NoteQuote } from './noteCitations';
import type { QuoteMatch } from './reanchor';

type Text = string | undefined;

/** Answers kept per source, at most. */
const maxMatches = 2000;

export interface CitationFiles {
  /** A note's text, or undefined when there is none. */
  readNote(path: string): Text | Promise<Text>;
  /** A source's text, or undefined when there is none (deleted, not a text). */
  readSource(path: string): Text | Promise<Text>;
}

interface LoadedSource {
  text: Promise<SourceText | undefined>;
  /** Matches found in this version of the source, by the quote's line, offset, hash and length. */
  matches: Map<string, { quote: NoteQuote; match: QuoteMatch }>;
}

export class CitationChecker {
  private readonly sources = new Map<string, LoadedSource>();
  private readonly notes = new Map<string, { text: string; check: NoteCheck; fresh: boolean }>();
  /** The notes that quote each source, and the sources each note quotes. */
  private readonly citers = new Map<string, Set<string>>();
  private readonly cited = new Map<string, string[]>();
  /** Sources by the folder of a note and a link target. */
  private readonly targets = new Map<string, string>();
  private readonly checkOptions: CheckOptions;

  constructor(
    private readonly files: CitationFiles,
    private readonly options: CheckOptions = {},
  ) {
    this.checkOptions = { ...options, resolveTarget: (notePath, target) => this.resolve(notePath, target) };
  }

  /** Checks a note (its text given, or read); an unchanged note with unchanged sources is answered from the last check. */
  async checkNote(notePath: string, text?: string): Promise<NoteCheck | undefined> {
    text ??= await this.files.readNote(notePath);
    if (text === undefined) {
      this.noteRemoved(notePath);
      return undefined;
    }
    const known = this.notes.get(notePath);
    if (known?.fresh && known.text === text) return known.check;
    const quotes = findQuotes(text);
    // The citations first, so that a source changed while it is read sends this note back to be checked.
    const sourcePaths = [...new Set(quotes.map((quote) => this.resolve(notePath, quote.target)))];
    this.setCitations(notePath, sourcePaths);
    const loaded = new Map(sourcePaths.map((path) => [path, this.load(path)]));
    const texts = new Map<string, SourceText | undefined>();
    for (const [path, source] of loaded) texts.set(path, await source.text);
    const find = (path: string, source: SourceText, quote: NoteQuote) => this.find(loaded.get(path)!, source, quote);
    const check = checkQuotes(notePath, text, quotes, (path) => texts.get(path), this.checkOptions, find);
    const fresh = [...loaded].every(([path, source]) => this.sources.get(path) === source);
    this.notes.set(notePath, { text, check, fresh });
    return check;
  }

  /** Checks notes one after the other (each reads its sources at once). */
  async checkNotes(notePaths: Iterable<string>): Promise<NoteCheck[]> {
    const checks: NoteCheck[] = [];
    for (const path of notePaths) {
      const check = await this.checkNote(path);
      if (check) checks.push(check);
    }
    return checks;
  }

  /** A source was changed, created or deleted: its text is read again; returns the notes to check again. */
  sourceChanged(sourcePath: string): string[] {
    this.sources.delete(sourcePath);
    const notes = [...(this.citers.get(sourcePath) ?? [])];
    for (const note of notes) {
      const known = this.notes.get(note);
      if (known) known.fresh = false;
    }
    return notes;
  }

  noteRemoved(notePath: string): void {
    this.notes.delete(notePath);
    this.setCitations(notePath, []);
  }

  /** The last check of a note. */
  check(notePath: string): NoteCheck | undefined {
    return this.notes.get(notePath)?.check;
  }

  checks(): NoteCheck[] {
    return [...this.notes.values()].map((n) => n.check);
  }

  /** The passages of a source that notes quote, each with its notes ("quoted in 2 notes"). */
  passages(sourcePath: string): QuotedPassage[] {
    return quotedPassages(this.checksCiting(sourcePath), sourcePath);
  }

  /** The notes that quote a source, found or not (for its title line). */
  notesCiting(sourcePath: string): string[] {
    return citingNotes(this.checksCiting(sourcePath), sourcePath);
  }

  /** The sources a note quotes. */
  sourcesOf(notePath: string): CitedSource[] {
    const check = this.check(notePath);
    return check ? citedSources(check) : [];
  }

  private checksCiting(sourcePath: string): NoteCheck[] {
    return [...(this.citers.get(sourcePath) ?? [])].flatMap((note) => this.notes.get(note)?.check ?? []);
  }

  private load(path: string): LoadedSource {
    let source = this.sources.get(path);
    if (!source) {
      const read = Promise.resolve(this.files.readSource(path)).catch(() => undefined);
      source = { text: read.then((text) => (text === undefined ? undefined : new SourceText(text))), matches: new Map() };
      this.sources.set(path, source);
    }
    return source;
  }

  private find(loaded: LoadedSource, source: SourceText, quote: NoteQuote): QuoteMatch {
    const { anchor } = quote;
    const key = `${quote.line}:${anchor?.offset}:${anchor?.hash}:${quote.text.length}`;
    const known = loaded.matches.get(key);
    const same = known && known.quote.text === quote.text && known.quote.anchor?.prefix === anchor?.prefix && known.quote.anchor?.suffix === anchor?.suffix;
    if (same) return known.match;
    const match = findQuote(source, quote, this.options);
    if (loaded.matches.size >= maxMatches) loaded.matches.clear(); // answers to quotes as they were typed
    loaded.matches.set(key, { quote, match });
    return match;
  }

  private resolve(notePath: string, target: string): string {
    const key = `${notePath.slice(0, notePath.lastIndexOf('/') + 1)}\u0000${target}`;
    let path = this.targets.get(key);
    if (path === undefined) this.targets.set(key, (path = (this.options.resolveTarget ?? resolveTarget)(notePath, target)));
    return path;
  }

  private setCitations(notePath: string, sourcePaths: string[]): void {
    for (const source of this.cited.get(notePath) ?? []) {
      const notes = this.citers.get(source);
      if (notes?.delete(notePath) && notes.size === 0 && !sourcePaths.includes(source)) {
        this.citers.delete(source);
        this.sources.delete(source); // quoted by no note any more
      }
    }
    if (sourcePaths.length > 0) this.cited.set(notePath, sourcePaths);
    else this.cited.delete(notePath);
    for (const source of sourcePaths) {
      let notes = this.citers.get(source);
      if (!notes) this.citers.set(source, (notes = new Set()));
      notes.add(notePath);
    }
  }
}
