// Articles saved twice: the same text under two paths is one story. Of the copies, the one with the
// first path stands for the text (whatever the order they were read in); the others wait, in case it goes.
import { hash } from '../base';

export class ArticleCopies<T extends { path: string; text: string }> {
  private readonly byHash = new Map<number, T[]>();
  private readonly hashOf = new Map<string, number>();

  has(path: string): boolean {
    return this.hashOf.has(path);
  }

  /** Adds an article: `first` is the copy that now stands for its text, `before` the one that did (if any). */
  add(article: T): { first: T; before?: T } {
    const key = hash(article.text);
    this.hashOf.set(article.path, key);
    let list = this.byHash.get(key);
    if (!list) this.byHash.set(key, (list = []));
    const before = firstOf(list.filter((other) => other.text === article.text));
    list.push(article);
    return { first: before && before.path < article.path ? before : article, before };
  }

  /** Removes an article; when it stood for its text, returns the copy that stands for it now. */
  remove(path: string): T | undefined {
    const key = this.hashOf.get(path);
    if (key === undefined) return undefined;
    this.hashOf.delete(path);
    const list = this.byHash.get(key)!;
    const article = list.find((other) => other.path === path)!;
    const same = list.filter((other) => other.text === article.text);
    const rest = list.filter((other) => other !== article);
    if (rest.length > 0) this.byHash.set(key, rest);
    else this.byHash.delete(key);
    return firstOf(same) === article ? firstOf(same.filter((other) => other !== article)) : undefined;
  }
}

function firstOf<T extends { path: string }>(articles: T[]): T | undefined {
  return articles.reduce<T | undefined>((first, article) => (!first || article.path < first.path ? article : first), undefined);
}
