// Long lists in the side bar: a group lists a page of rows, then a "Show more" row for the rest.
import * as vscode from 'vscode';

/** How many rows each group (known by an id) lists: one page to start with. */
export class Pages {
  size = 200;
  private readonly shown = new Map<string, number>();

  count(group: string): number {
    return this.shown.get(group) ?? this.size;
  }

  /** Lists one more page of a group. */
  more(group: string): void {
    this.shown.set(group, this.count(group) + this.size);
  }

  /** Lists enough pages of a group to show the row at `rank`; true when it had to grow. */
  include(group: string, rank: number): boolean {
    if (rank < this.count(group)) return false;
    this.shown.set(group, Math.ceil((rank + 1) / this.size) * this.size);
    return true;
  }

  clear(): void {
    this.shown.clear();
  }

  /** The "Show N more…" row of a group with `hidden` rows not listed. */
  moreItem(id: string, hidden: number, command: vscode.Command, tooltip: string): vscode.TreeItem {
    const item = new vscode.TreeItem(`Show ${Math.min(hidden, this.size)} more…`, vscode.TreeItemCollapsibleState.None);
    item.id = id;
    item.iconPath = new vscode.ThemeIcon('ellipsis');
    item.description = `${hidden} not listed`;
    item.tooltip = tooltip;
    item.command = command;
    return item;
  }
}
