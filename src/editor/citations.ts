// The quotes of the workspace's notes, checked against their sources in the background: every note at
// the start, then each note or quoted source again after it changes (in an editor, or on disk).
// The features that show citations read them here. Nothing here writes a file.
import * as vscode from 'vscode';
import { CheckQueue, CitationChecker, lineStarts, type NoteCheck, type QuotedPassage, rangeOf, resolveTarget, type Span } from '../core';
import type { FeatureContext } from './context';
import type { Settings } from './settings';

/** Typing in a note or a source is checked this long after the last key. */
const delayMs = 300;

/** Where a checked text came from: an editor, the index, or the file. */
type Origin = 'editor' | 'index' | 'file';

export class WorkspaceCitations implements vscode.Disposable {
  private checker!: CitationChecker;
  private readonly queue: CheckQueue;
  /** The texts the checks were made on (their offsets are into these). */
  private readonly texts = new Map<string, { text: string; origin: Origin; starts?: number[] }>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly checked = new vscode.EventEmitter<{ uri: string; check?: NoteCheck }>();
  private readonly changed = new vscode.EventEmitter<void>();
  /** A note was checked (no check: it is no note any more). */
  readonly onDidCheckNote = this.checked.event;
  /** A run of checks ended: backlinks and views may have changed. */
  readonly onDidChange = this.changed.event;
  private readonly listeners: vscode.Disposable[];
  /** The settings the checks depend on, as last read. */
  private settingsKey: string;

  constructor(private readonly context: FeatureContext) {
    this.settingsKey = keyOf(context.settings);
    this.reset();
    this.queue = new CheckQueue((uri) => this.checkNote(uri), { onError: (uri, error) => context.log.warn(`Checking the quotes of ${uri} failed: ${error}`) });
    const watcher = vscode.workspace.createFileSystemWatcher('**/*');
    const fileChanged = (uri: vscode.Uri) => this.fileChanged(uri);
    this.listeners = [
      watcher,
      watcher.onDidCreate(fileChanged),
      watcher.onDidChange(fileChanged),
      watcher.onDidDelete(fileChanged),
      vscode.workspace.onDidChangeTextDocument(({ document }) => this.later(document.uri.toString(), () => this.documentChanged(document))),
      vscode.workspace.onDidOpenTextDocument((document) => this.documentChanged(document)),
      vscode.workspace.onDidCloseTextDocument((document) => this.documentChanged(document)),
      context.dossier.onDidChange(() => this.indexChanged()),
      context.onDidChangeSettings((settings) => {
        if (keyOf(settings) === this.settingsKey) return;
        this.settingsKey = keyOf(settings);
        const notes = this.checker.checks().map((check) => check.notePath);
        this.reset();
        for (const uri of notes) this.checked.fire({ uri });
        void this.checkAll();
      }),
    ];
    void this.checkAll();
  }

  /** Finds every note of the workspace again and checks it; resolves with all the checks. */
  async checkAll(): Promise<NoteCheck[]> {
    const exclude = this.context.settings.exclude.length ? `{${this.context.settings.exclude.join(',')}}` : undefined;
    const files = await vscode.workspace.findFiles(this.context.settings.notes, exclude);
    const notes = new Set(files.filter((uri) => this.context.isNoteFile(uri)).map(String));
    for (const document of vscode.workspace.textDocuments) if (this.context.isNote(document)) notes.add(document.uri.toString());
    for (const check of this.checker.checks()) if (!notes.has(check.notePath)) this.forget(check.notePath);
    await this.checkSome(notes);
    return this.checker.checks();
  }

  /** The last check of a note. */
  check(uri: string): NoteCheck | undefined {
    return this.checker.check(uri);
  }

  passages(sourceUri: string): QuotedPassage[] {
    return this.checker.passages(sourceUri);
  }

  notesCiting(sourceUri: string): string[] {
    return this.checker.notesCiting(sourceUri);
  }

  /** The source a link of a note names, as a URI string like the index's keys. */
  resolve(noteUri: string, target: string): string {
    return vscode.Uri.parse(resolveTarget(noteUri, target)).toString();
  }

  /** The text a check of this note or source was made on. */
  checkedText(uri: string): string | undefined {
    return this.texts.get(uri)?.text;
  }

  /** A span of the checked text of a note or source, as a range. */
  rangeIn(uri: string, span: Span): vscode.Range | undefined {
    const known = this.texts.get(uri);
    if (!known) return undefined;
    const { start, end } = rangeOf((known.starts ??= lineStarts(known.text)), span);
    return new vscode.Range(start.line, start.character, end.line, end.character);
  }

  /** A note's or source's text now: its editor's, else the index's, else the file's. */
  async read(uri: string): Promise<{ text: string; origin: Origin } | undefined> {
    const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri);
    if (open) return { text: open.getText(), origin: 'editor' };
    const indexed = this.context.index.article(uri)?.text;
    if (indexed !== undefined) return { text: indexed, origin: 'index' };
    try {
      return { text: new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.parse(uri))), origin: 'file' };
    } catch {
      return undefined;
    }
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.queue.clear();
    for (const disposable of [...this.listeners, this.checked, this.changed]) disposable.dispose();
  }

  /** A new checker (nothing cached), for new settings. */
  private reset(): void {
    const read = async (uri: string) => {
      const found = await this.read(uri);
      if (found) this.texts.set(uri, found);
      return found?.text;
    };
    this.checker = new CitationChecker(
      { readNote: read, readSource: read },
      { minSimilarity: this.context.settings.minSimilarity, resolveTarget: (note, target) => this.resolve(note, target) },
    );
  }

  private async checkNote(uri: string): Promise<void> {
    const check = await this.checker.checkNote(uri);
    if (check) this.checked.fire({ uri, check });
    else this.forget(uri);
  }

  private async checkSome(uris: Iterable<string>): Promise<void> {
    await this.queue.add(uris);
    this.changed.fire();
  }

  private forget(uri: string): void {
    this.checker.noteRemoved(uri);
    this.texts.delete(uri);
    this.checked.fire({ uri });
  }

  private isCited(uri: string): boolean {
    return this.checker.notesCiting(uri).length > 0;
  }

  private sourceChanged(uri: string): void {
    void this.checkSome(this.checker.sourceChanged(uri));
  }

  private documentChanged(document: vscode.TextDocument): void {
    const uri = document.uri.toString();
    if (this.context.isNote(document) || this.checker.check(uri)) void this.checkSome([uri]);
    // A source opened, edited or closed: checked again when its text is not the one checked.
    else if (this.isCited(uri)) void this.read(uri).then((now) => now?.text !== this.checkedText(uri) && this.sourceChanged(uri));
  }

  private fileChanged(uri: vscode.Uri): void {
    const key = uri.toString();
    if (this.context.isNoteFile(uri)) this.later(key, () => void this.checkSome([key]));
    else if (this.isCited(key) && this.texts.get(key)?.origin !== 'index') this.later(key, () => this.sourceChanged(key)); // the index's sources: see indexChanged
  }

  /** The sources the index holds may have changed: those quoted whose text is not the one checked are checked again. */
  private indexChanged(): void {
    for (const [uri, { text, origin }] of this.texts) {
      if (origin === 'editor' || !this.isCited(uri)) continue;
      const indexed = this.context.index.article(uri)?.text;
      if (indexed !== text && (origin === 'index' || indexed !== undefined)) this.sourceChanged(uri);
    }
  }

  private later(key: string, work: () => void): void {
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        work();
      }, delayMs),
    );
  }
}

function keyOf(settings: Settings): string {
  return JSON.stringify([settings.notes, settings.sources, settings.exclude, settings.minSimilarity]);
}
