// The Citations view: for the active note, the sources it quotes; for the active source, the notes that
// quote it; under each, the quotes, with where each stands in the source now.
import * as vscode from 'vscode';
import { plural, type QuoteCheck } from '../core';
import { vscodeCommands } from '../editor/commands';
import type { FeatureContext } from '../editor/context';

/** A source under a note, or a note under a source; then its quotes (`file`: that source or note). */
export type CitationsNode = { kind: 'file'; uri: string; quotes: QuoteCheck[] } | { kind: 'quote'; quote: QuoteCheck; file: string };

export class CitationsTreeProvider implements vscode.TreeDataProvider<CitationsNode> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  /** The note or source the view lists the citations of, and which it is. */
  followed: { uri: string; isNote: boolean } | undefined;

  constructor(private readonly context: FeatureContext) {}

  /** Follows a document: a note, or a source (the view keeps the last one for any other). */
  follow(document: vscode.TextDocument | undefined): void {
    if (!document) return;
    const uri = document.uri.toString();
    const isNote = this.context.isNote(document);
    if (!isNote && !this.context.isSource(document.uri) && this.context.citations.notesCiting(uri).length === 0) return;
    this.followed = { uri, isNote };
    this.refresh();
  }

  refresh(): void {
    this.changed.fire();
  }

  getChildren(node?: CitationsNode): CitationsNode[] {
    if (node) return node.kind === 'file' ? node.quotes.map((quote) => ({ kind: 'quote', quote, file: node.uri })) : [];
    if (!this.followed) return [];
    const citations = this.context.citations;
    const { uri, isNote } = this.followed;
    const byFile = new Map<string, QuoteCheck[]>();
    const add = (file: string, quote: QuoteCheck) => byFile.set(file, [...(byFile.get(file) ?? []), quote]);
    if (isNote) {
      for (const quote of citations.check(uri)?.quotes ?? []) add(quote.sourcePath, quote);
    } else {
      for (const note of citations.notesCiting(uri)) for (const quote of citations.check(note)?.quotes ?? []) if (quote.sourcePath === uri) add(note, quote);
    }
    return [...byFile].map(([file, quotes]) => ({ kind: 'file', uri: file, quotes }));
  }

  getTreeItem(node: CitationsNode): vscode.TreeItem {
    return node.kind === 'file' ? this.fileItem(node.uri, node.quotes) : this.quoteItem(node.quote, node.file);
  }

  /** A source (with its title) under a note, or a note under a source. */
  private fileItem(uri: string, quotes: QuoteCheck[]): vscode.TreeItem {
    const path = vscode.workspace.asRelativePath(vscode.Uri.parse(uri));
    const isSource = this.followed?.isNote; // a note's rows are its sources
    const item = new vscode.TreeItem((isSource && this.context.index.article(uri)?.title) || path, vscode.TreeItemCollapsibleState.Expanded);
    const stale = quotes.filter((q) => problemOf(q) !== undefined).length;
    item.description = `${plural(quotes.length, 'quote')}${stale > 0 ? ` · ${stale} stale` : ''}`;
    item.tooltip = path;
    item.iconPath = new vscode.ThemeIcon(isSource ? 'file-text' : 'note');
    item.id = `${this.followed?.uri}\u0000${uri}`;
    return item;
  }

  /** A quote: in a note's list it opens the source where the text is now; in a source's, the note at the quote. */
  private quoteItem(check: QuoteCheck, file: string): vscode.TreeItem {
    const { quote, match } = check;
    const citations = this.context.citations;
    const text = quote.text.length > 80 ? `${quote.text.slice(0, 79)}…` : quote.text;
    const item = new vscode.TreeItem(text, vscode.TreeItemCollapsibleState.None);
    const problem = problemOf(check);
    item.description = problem ?? `line ${match?.line}`;
    item.tooltip = quote.text;
    item.iconPath = new vscode.ThemeIcon(problem ? 'warning' : 'quote');
    // In a note's list, the source where the text is now (or the quote, when the text is gone).
    const [uri, span] = !this.followed?.isNote ? [file, quote.span] : match?.span ? [file, match.span] : [this.followed.uri, quote.span];
    const range = citations.rangeIn(uri, span);
    if (range) item.command = { title: 'Open', command: vscodeCommands.open, arguments: [vscode.Uri.parse(uri), { selection: range }] };
    return item;
  }
}

/** What is wrong with a quote, in a few words; undefined when it is where its link says. */
function problemOf({ match }: QuoteCheck): string | undefined {
  if (!match) return 'source not found';
  if (match.kind === 'moved') return `moved to line ${match.line}`;
  if (match.kind === 'changed') return `changed in the source (${Math.floor(match.similarity * 100)}% alike), line ${match.line}`;
  if (match.kind === 'orphaned') return 'no longer in source';
  return undefined;
}

export function registerCitationsView(context: FeatureContext): vscode.Disposable & { provider: CitationsTreeProvider } {
  const provider = new CitationsTreeProvider(context);
  const view = vscode.window.createTreeView('dossier.citations', { treeDataProvider: provider });
  const show = () => {
    const followed = provider.followed;
    view.description = followed && vscode.workspace.asRelativePath(vscode.Uri.parse(followed.uri));
    const empty = provider.getChildren().length === 0;
    view.message = !followed
      ? 'Open a note to see the sources it quotes, or a source to see the notes that quote it.'
      : empty
        ? followed.isNote
          ? 'This note quotes no source yet: Dossier: Quote a Source… adds a quote.'
          : 'No note quotes this source yet.'
        : undefined;
  };
  provider.follow(vscode.window.activeTextEditor?.document);
  show();
  const disposable = vscode.Disposable.from(
    view,
    provider.onDidChangeTreeData(show),
    vscode.window.onDidChangeActiveTextEditor((editor) => provider.follow(editor?.document)),
    context.citations.onDidChange(() => provider.refresh()),
  );
  return Object.assign(disposable, { provider });
}
