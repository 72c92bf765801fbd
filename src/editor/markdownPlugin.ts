// A markdown-it plugin for VS Code's Markdown preview: `[[Name]]` and `[[Alias|shown]]` become links to
// where the sources name the actor, and a quote's citation shows where it links instead of its anchor.
// No raw HTML: only tokens markdown-it renders and escapes itself.
import type MarkdownIt from 'markdown-it';
import { parseAnchorTitle } from '../core';

export interface ReferenceLink {
  href: string;
  title: string;
}

/** The link of a name written [[Name]] in the document being rendered (`env`), if it names an actor. */
export type ReferenceLinks = (name: string, env: unknown) => ReferenceLink | undefined;

const reference = /^\[\[([^\]|\n]{1,200})(?:\|([^\]\n]{0,200}))?\]\]/;

export function dossierMarkdown(md: MarkdownIt, links: ReferenceLinks): MarkdownIt {
  md.inline.ruler.before('link', 'dossier_reference', (state, silent) => {
    if (!state.src.startsWith('[[', state.pos)) return false;
    const match = reference.exec(state.src.slice(state.pos, state.posMax));
    const name = match?.[1].trim();
    if (!match || !name) return false;
    if (!silent) {
      state.push('dossier_reference_open', 'span', 1).meta = { name };
      state.push('text', '', 0).content = match[2]?.trim() || name;
      state.push('dossier_reference_close', 'span', -1);
    }
    state.pos += match[0].length;
    return true;
  });
  // The link is made when rendering: only then does VS Code say which document is rendered (env).
  md.renderer.rules.dossier_reference_open = (tokens, index, options, env, renderer) => {
    const open = tokens[index];
    const link = links((open.meta as { name: string }).name, env);
    open.tag = tokens[index + 2].tag = link ? 'a' : 'span';
    open.attrs = link ? [['href', md.normalizeLink(link.href)], ['title', link.title], ['class', 'dossier-reference']] : [['class', 'dossier-reference-unknown']];
    return renderer.renderToken(tokens, index, options);
  };
  md.renderer.rules.dossier_reference_close = (tokens, index, options, _env, renderer) => renderer.renderToken(tokens, index, options);
  // The anchor in a citation's title is for Dossier; a reader's tooltip says where the link goes.
  md.core.ruler.push('dossier_citation', (state) => {
    for (const token of state.tokens.flatMap((block) => block.children ?? [])) {
      const title = token.type === 'link_open' ? token.attrGet('title') : null;
      if (!title || !parseAnchorTitle(title)) continue;
      const [path, line] = (token.attrGet('href') ?? '').split('#L');
      token.attrSet('title', `${safeDecode(path)}${line ? `, line ${line}` : ''}`);
      token.attrJoin('class', 'dossier-citation');
    }
  });
  return md;
}

function safeDecode(text: string): string {
  try {
    return decodeURI(text);
  } catch {
    return text;
  }
}
