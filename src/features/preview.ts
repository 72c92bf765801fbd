// The Markdown preview's plugin (markdown.markdownItPlugins): [[Name]] links to the actor's first
// mention in the sources, relative to the note being previewed.
import type MarkdownIt from 'markdown-it';
import * as vscode from 'vscode';
import type { FeatureContext } from '../editor/context';
import { linkTo } from '../editor/locations';
import { dossierMarkdown } from '../editor/markdownPlugin';

export function previewPlugin(context: FeatureContext): (md: MarkdownIt) => MarkdownIt {
  return (md) =>
    dossierMarkdown(md, (name, env) => {
      const index = context.index;
      const actor = index.actorNamed(name);
      const mention = actor?.mentions[0];
      if (!actor || !mention) return undefined;
      const source = vscode.Uri.parse(mention.path);
      // The preview passes the note's URI (an object of the markdown extension's, so read by its parts).
      const note = (env as { currentDocument?: { scheme?: unknown; authority?: unknown; path?: unknown } } | undefined)?.currentDocument;
      const from = typeof note?.scheme === 'string' && typeof note.path === 'string' ? vscode.Uri.from({ scheme: note.scheme, authority: String(note.authority ?? ''), path: note.path }) : undefined;
      const line = index.positionAt(mention.path, mention.start).line + 1;
      return { href: `${from ? linkTo(from, source) : source.toString()}#L${line}`, title: `${actor.name} · ${actor.type}` };
    });
}
