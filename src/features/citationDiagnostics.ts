// Stale quotes as diagnostics in notes (moved: information; changed, gone, no source: warning), their
// quick fixes ("Update link to line 13"), and Dossier: Check Citations for the whole workspace.
// A fix is only proposed: the note changes when the user chooses it.
import * as vscode from 'vscode';
import { type CitationDiagnostic, plural, type QuoteFix } from '../core';
import { commands, vscodeCommands } from '../editor/commands';
import { type FeatureContext, notesSelector } from '../editor/context';

/** What Check Citations found: counts by kind, for the message (and the tests). */
export interface CitationReport {
  notes: number;
  quotes: number;
  problems: Record<CitationDiagnostic['kind'], number>;
}

export function registerCitationDiagnostics(context: FeatureContext): vscode.Disposable {
  const citations = context.citations;
  const collection = vscode.languages.createDiagnosticCollection('dossier.citations');
  const toDiagnostic = (found: CitationDiagnostic) => {
    const { start, end } = found.range;
    const severity = found.severity === 'warning' ? vscode.DiagnosticSeverity.Warning : vscode.DiagnosticSeverity.Information;
    const diagnostic = new vscode.Diagnostic(new vscode.Range(start.line, start.character, end.line, end.character), found.message, severity);
    diagnostic.source = 'Dossier';
    diagnostic.code = found.kind;
    return diagnostic;
  };
  return vscode.Disposable.from(
    collection,
    citations.onDidCheckNote(({ uri, check }) => collection.set(vscode.Uri.parse(uri), check?.diagnostics.map(toDiagnostic) ?? [])),
    vscode.languages.registerCodeActionsProvider(notesSelector, {
      provideCodeActions(document, range, { diagnostics }) {
        const uri = document.uri.toString();
        const check = citations.check(uri);
        // Offsets of an older text would edit the wrong place.
        if (!check || citations.checkedText(uri) !== document.getText()) return [];
        const actions: vscode.CodeAction[] = [];
        for (const { quote, fix } of check.quotes) {
          const quoteRange = citations.rangeIn(uri, quote.span);
          if (!fix || !quoteRange?.intersection(range)) continue;
          const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
          action.edit = workspaceEdit(document.uri, fix);
          action.diagnostics = diagnostics.filter((d) => d.source === 'Dossier' && quoteRange.contains(d.range));
          action.isPreferred = fix.title.startsWith('Update link');
          actions.push(action);
        }
        return actions;
      },
    }, { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] }),
    vscode.commands.registerCommand(commands.checkCitations, async (): Promise<CitationReport> => {
      const checks = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Dossier: checking citations' }, () => citations.checkAll());
      const report: CitationReport = { notes: 0, quotes: 0, problems: { moved: 0, changed: 0, orphaned: 0, 'no source': 0 } };
      for (const check of checks) {
        if (check.quotes.length > 0) report.notes++;
        report.quotes += check.quotes.length;
        for (const diagnostic of check.diagnostics) report.problems[diagnostic.kind]++;
        for (const { range, message } of check.diagnostics) context.log.info(`${vscode.workspace.asRelativePath(vscode.Uri.parse(check.notePath))}:${range.start.line + 1}: ${message}`);
      }
      const found = Object.entries(report.problems).filter(([, count]) => count > 0);
      const summary = `Dossier: ${plural(report.quotes, 'quote')} in ${plural(report.notes, 'note')} checked`;
      if (found.length === 0) {
        void vscode.window.showInformationMessage(`${summary}: every quote is where its link says.`);
      } else {
        const words: Record<string, string> = { moved: 'moved', changed: 'changed in the source', orphaned: 'no longer in source', 'no source': 'without source' };
        void vscode.commands.executeCommand(vscodeCommands.showProblems);
        void vscode.window.showWarningMessage(`${summary}: ${found.map(([kind, count]) => `${count} ${words[kind]}`).join(', ')}.`);
      }
      return report;
    }),
  );
}

function workspaceEdit(uri: vscode.Uri, fix: QuoteFix): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const { range, newText } of fix.edits) {
    edit.replace(uri, new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character), newText);
  }
  return edit;
}
