// Set Article Date…: a date for an article whose text gives none (or a better one), kept in
// .dossier/dates.json; run on the active news text, from an undated article's row, or on one picked.
import * as vscode from 'vscode';
import { type Article, isIsoDate, plainLabel } from '../core';
import { writeArticleDate } from '../editor/articleDates';
import { commands } from '../editor/commands';
import type { FeatureContext } from '../editor/context';

export function registerArticleDates(context: FeatureContext): vscode.Disposable {
  /** `target`: a key, a URI or a tree row with a `path`; `date`: YYYY-MM-DD (skips the question), or "" to remove the date set. */
  return vscode.commands.registerCommand(commands.setArticleDate, async (target?: unknown, date?: unknown) => {
    const article = articleOf(context, target) ?? (await pickArticle(context));
    if (!article) return false;
    if (typeof date === 'string' && date !== '' && !isIsoDate(date)) {
      void vscode.window.showErrorMessage(`Dossier: "${plainLabel(date)}" is not a date written YYYY-MM-DD.`);
      return false;
    }
    const given = typeof date === 'string' ? date : await askDate(article);
    if (given === undefined) return false;
    return writeArticleDate(context, article.path, given || undefined);
  });
}

/** The article a command was given, else the active editor's. */
function articleOf(context: FeatureContext, target: unknown): Article | undefined {
  const path = target as { path?: unknown } | undefined;
  const key =
    typeof target === 'string' ? target
    : target instanceof vscode.Uri ? target.toString()
    : typeof path?.path === 'string' ? path.path
    : vscode.window.activeTextEditor?.document.uri.toString();
  return key === undefined ? undefined : context.index.article(key);
}

/** An article picked: those without a date first, then the others. */
async function pickArticle(context: FeatureContext): Promise<Article | undefined> {
  const articles = context.index.articles().sort((a, b) => Number(!!a.published) - Number(!!b.published) || a.title.localeCompare(b.title));
  const items = articles.map((article) => ({
    label: plainLabel(article.title || vscode.workspace.asRelativePath(vscode.Uri.parse(article.path))),
    description: article.published ?? 'undated',
    detail: vscode.workspace.asRelativePath(vscode.Uri.parse(article.path)),
    article,
  }));
  const picked = await vscode.window.showQuickPick(items, { title: 'Dossier: Set Article Date', placeHolder: 'Which article? (those without a date first)', matchOnDetail: true });
  return picked?.article;
}

/** The date typed (YYYY-MM-DD), "" to remove the one set, undefined when cancelled. */
async function askDate(article: Article): Promise<string | undefined> {
  const value = await vscode.window.showInputBox({
    title: `Date of ${plainLabel(article.title)}`,
    prompt: 'When it was published, YYYY-MM-DD: its relative dates ("on Friday", "last month") are read from it. Empty removes the date you set.',
    placeHolder: 'e.g. 2005-01-15',
    value: article.published,
    validateInput: (text) => (text.trim() === '' || isIsoDate(text.trim()) ? undefined : 'Write the date as YYYY-MM-DD, e.g. 2005-01-15'),
  });
  return value?.trim();
}
