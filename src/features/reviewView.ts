// The Review view: the actors Dossier is unsure of and the likely duplicates, most mentioned first. Each
// row resolves in one click (accept, change type, merge into the suggestion, reject), several selected
// rows together; every decision goes into .dossier/actors.json with an Undo.
import * as vscode from 'vscode';
import { type ActorType, actorTypes, type CurationChange, type Mention, plainLabel, plural, type ReviewItem, ReviewQueue, tellingMentions } from '../core';
import { commands } from '../editor/commands';
import type { FeatureContext } from '../editor/context';
import { applyChanges, folderOf } from '../editor/curation';
import { typeIcon } from '../editor/icons';
import { mentionItem } from '../editor/mentionItem';
import { Pages } from '../editor/pages';

export type ReviewNode =
  | { kind: 'item'; id: string; actorId: string }
  | { kind: 'mention'; id: string; mention: Mention }
  | { kind: 'more'; id: string };

const kindIcons: Record<ReviewItem['kind'], string> = { duplicate: 'merge', type: 'question', merge: 'link', once: 'circle-large-outline' };

export class ReviewTreeProvider implements vscode.TreeDataProvider<ReviewNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly queue: ReviewQueue;
  private readonly pages = new Pages();
  /** The rows as last listed, by actor id. */
  private listed = new Map<string, ReviewItem>();

  constructor(private readonly context: FeatureContext) {
    this.queue = new ReviewQueue(context.index);
  }

  refresh(): void {
    this.changed.fire();
  }

  items(): ReviewItem[] {
    const items = this.queue.items();
    this.listed = new Map(items.map((item) => [item.actor.id, item]));
    return items;
  }

  /** The row of an actor, as last listed. */
  item(actorId: string): ReviewItem | undefined {
    return this.listed.get(actorId);
  }

  showMore(): void {
    this.pages.more('all');
    this.refresh();
  }

  getChildren(node?: ReviewNode): ReviewNode[] {
    if (!node) {
      const items = this.items();
      const shown = items.slice(0, this.pages.count('all')).map((item): ReviewNode => ({ kind: 'item', id: `review:${item.actor.id}`, actorId: item.actor.id }));
      return items.length > shown.length ? [...shown, { kind: 'more', id: 'review:more' }] : shown;
    }
    if (node.kind !== 'item') return [];
    const item = this.listed.get(node.actorId);
    if (!item) return [];
    // The sentences to judge by: the actor's, then the suggestion's.
    const mentions = [...tellingMentions(this.context.index, item.actor, 2), ...(item.into ? tellingMentions(this.context.index, item.into, 1) : [])];
    return mentions.map((mention) => ({ kind: 'mention', id: `${node.id}|${mention.path}|${mention.start}`, mention }));
  }

  getTreeItem(node: ReviewNode): vscode.TreeItem {
    if (node.kind === 'mention') return mentionItem(this.context.index, node.mention);
    if (node.kind === 'more') {
      const hidden = this.listed.size - this.pages.count('all');
      return this.pages.moreItem(node.id, hidden, { title: 'Show More', command: commands.showMoreReview }, 'List more of them');
    }
    const item = this.listed.get(node.actorId);
    if (!item) return new vscode.TreeItem('(resolved)');
    const tree = new vscode.TreeItem(item.actor.name, vscode.TreeItemCollapsibleState.Collapsed);
    tree.id = node.id;
    tree.iconPath = new vscode.ThemeIcon(kindIcons[item.kind]);
    tree.description = describe(item);
    tree.tooltip = tooltipOf(item);
    tree.contextValue = item.into ? 'dossier.review.duplicate' : 'dossier.review.doubt';
    return tree;
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** "organization? 3 of 5 mentions say person", "acronym of Associated Press in 2 shared articles". */
function describe(item: ReviewItem): string {
  return item.kind === 'duplicate' ? item.reason : `${item.actor.type}? ${item.reason}`;
}

function tooltipOf(item: ReviewItem): string {
  const { actor } = item;
  const what = item.into ? `Merge into ${item.into.name}` : item.type ? `Change type to ${item.type}` : item.name ? `Change type: make "${item.name}" an actor of its own` : 'Change type';
  return `${actor.name} (${actor.type}), ${plural(actor.mentionCount, 'mention')} in ${plural(actor.articleCount, 'article')}\n${describe(item)}\n\n${what}, accept it as it is, or reject it (not an actor).`;
}

export function registerReviewView(context: FeatureContext): vscode.Disposable & { provider: ReviewTreeProvider; view: vscode.TreeView<ReviewNode> } {
  const provider = new ReviewTreeProvider(context);
  const view = vscode.window.createTreeView('dossier.review', { treeDataProvider: provider, canSelectMany: true, showCollapseAll: true });
  let stale = true;
  const showCount = () => {
    const count = provider.items().length;
    view.description = count > 0 ? `${count}` : undefined;
    view.message = count > 0 ? undefined : 'Nothing to review: Dossier is sure of every actor, or you accepted it.';
  };
  // Worked out while the view is visible; otherwise when it shows again.
  const update = () => {
    stale = !view.visible;
    if (stale) return;
    showCount();
    provider.refresh();
  };

  /** The rows a command acts on: those selected with the one clicked, else the one clicked, else the selection. */
  const rowsOf = (node?: ReviewNode, nodes?: readonly ReviewNode[]): ReviewItem[] => {
    const picked = nodes && nodes.length > 0 ? nodes : node ? [node] : view.selection;
    return picked.flatMap((n) => (n.kind === 'item' ? (provider.item(n.actorId) ?? []) : []));
  };
  const resolve = (id: string, changesFor: (rows: ReviewItem[]) => Promise<CurationChange[]>) =>
    vscode.commands.registerCommand(id, async (node?: ReviewNode, nodes?: readonly ReviewNode[]) => {
      const rows = rowsOf(node, nodes);
      const changes = rows.length > 0 ? await changesFor(rows) : [];
      return changes.length > 0 && applyChanges(context, folderOf(rows[0].actor), changes);
    });

  update();
  return Object.assign(
    vscode.Disposable.from(
      provider,
      view,
      context.dossier.onDidChange(update),
      view.onDidChangeVisibility(() => stale && update()),
      resolve(commands.reviewAccept, async (rows) => rows.map((row) => ({ kind: 'accept', name: row.actor.name }))),
      resolve(commands.reviewReject, async (rows) => rows.map((row) => ({ kind: 'reject', name: row.actor.name }))),
      resolve(commands.reviewMerge, async (rows) => {
        const merges = rows.flatMap((row): CurationChange[] => (row.into ? [{ kind: 'merge', name: row.actor.name, into: row.into.name }] : []));
        if (merges.length === 0) void vscode.window.showInformationMessage('Dossier: no suggestion to merge into for the selected rows; use Merge Actor Into… on the Actors view.');
        return merges;
      }),
      resolve(commands.reviewSetType, async (rows) => {
        // Each to the type most of its mentions say; otherwise one type, asked once, for all.
        const suggested = rows.every((row) => row.type);
        const type = suggested ? undefined : await pickType(rows);
        if (!suggested && !type) return [];
        return rows.map((row) => ({ kind: 'type', name: row.name ?? row.actor.name, type: type ?? row.type! }));
      }),
      vscode.commands.registerCommand(commands.showMoreReview, () => provider.showMore()),
    ),
    { provider, view },
  );
}

async function pickType(rows: readonly ReviewItem[]): Promise<ActorType | undefined> {
  const names = rows.map((row) => row.name ?? row.actor.name);
  const title = names.length === 1 ? `Type of ${plainLabel(names[0])}` : `Type of ${names.length} actors`;
  const current = new Set(rows.map((row) => row.actor.type));
  const items = actorTypes.map((type) => ({ label: type, iconPath: typeIcon(type), description: current.has(type) && current.size === 1 ? 'current' : undefined, type }));
  return (await vscode.window.showQuickPick(items, { title, placeHolder: 'What is it?' }))?.type;
}
