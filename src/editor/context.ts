// What every feature receives: the service and its index, the settings, the log, and which documents are
// notes. Settings react precisely: those that choose the files read them again (the service decides),
// the others only tell the features to refresh what they show.
import * as vscode from 'vscode';
import { type Dossier, type DossierIndex, pathFilter } from '../core';
import { WorkspaceCitations } from './citations';
import { openDossier } from './dossier';
import { createLog, type Log } from './log';
import { readSettings, type Settings } from './settings';
import { relativePath } from './workspace';

export interface FeatureContext {
  readonly dossier: Dossier;
  readonly index: DossierIndex;
  /** The settings now. */
  readonly settings: Settings;
  /** Fires after any Dossier setting changed. */
  readonly onDidChangeSettings: vscode.Event<Settings>;
  readonly log: Log;
  /** What Dossier remembers across workspaces (e.g. that it offered the walkthrough). */
  readonly state: vscode.Memento;
  isSource(uri: vscode.Uri): boolean;
  /** A markdown note (by `dossier.notes`, or unsaved), not a news text. */
  isNote(document: vscode.TextDocument): boolean;
  /** A file that is a note by `dossier.notes` (or unsaved), not a news text. */
  isNoteFile(uri: vscode.Uri): boolean;
  /** The quotes of the notes, checked in the background (started when first asked for). */
  readonly citations: WorkspaceCitations;
}

/** Markdown files, saved or not; each feature checks `isNote` for the `dossier.notes` setting. */
export const notesSelector: vscode.DocumentFilter[] = [
  { language: 'markdown', scheme: 'file' },
  { language: 'markdown', scheme: 'untitled' },
  { language: 'markdown', scheme: 'vscode-remote' },
  { language: 'markdown', scheme: 'vscode-vfs' },
];

export function createContext(extension: { extensionUri: vscode.Uri; storageUri?: vscode.Uri; globalState: vscode.Memento }): FeatureContext & vscode.Disposable {
  const log = createLog(vscode.window.createOutputChannel('Dossier', { log: true }));
  const warn = (message: string) => {
    log.warn(message);
    void vscode.window.showWarningMessage(`Dossier: ${message}`);
  };
  let settings = readSettings(warn);
  let notes = pathFilter(settings.notes, settings.exclude);
  const dossier = openDossier(extension, settings, log);
  const changed = new vscode.EventEmitter<Settings>();
  const isSource = (uri: vscode.Uri) => dossier.isSource(uri.toString());
  let citations: WorkspaceCitations | undefined;
  const isNoteFile = (uri: vscode.Uri) => {
    if (isSource(uri)) return false;
    const path = relativePath(uri);
    return uri.scheme === 'untitled' || (path !== undefined && notes.included(path));
  };
  const listener = vscode.workspace.onDidChangeConfiguration((event) => {
    if (!event.affectsConfiguration('dossier')) return;
    settings = readSettings(warn);
    notes = pathFilter(settings.notes, settings.exclude);
    dossier.updateSettings(settings);
    changed.fire(settings);
  });
  return {
    dossier,
    index: dossier.index,
    get settings() {
      return settings;
    },
    onDidChangeSettings: changed.event,
    log,
    state: extension.globalState,
    isSource,
    isNote: (document) => document.languageId === 'markdown' && isNoteFile(document.uri),
    isNoteFile,
    get citations() {
      return (citations ??= new WorkspaceCitations(this));
    },
    dispose() {
      for (const disposable of [listener, changed, citations, dossier, log.channel]) disposable?.dispose();
    },
  };
}
