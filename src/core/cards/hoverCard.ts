// The hover card of an actor: who it is, where the sources name it, and what it did when.
import type { Actor } from '../actors';
import { plural } from '../base';
import type { DossierIndex } from '../indexing';
import { commandLink, escapeMarkdown } from './markdown';

const maxSnippets = 3;
const maxEvents = 3;
const snippetRadius = 70;

export interface HoverCardOptions {
  /** Title and line of a source position, as a reader cites it. */
  cite(path: string, offset: number): string;
  /** The editor's commands the card links to. */
  commands: Record<'openMention' | 'showMentions' | 'revealActor' | 'correctActor' | 'quoteSource', string>;
  /** The codicon of the actor's type. */
  icon: string;
}

/** Mentions to quote: the first of each article before a second from any, one per sentence. */
function pickSnippetMentions(actor: Actor): Actor['mentions'] {
  const picked: Actor['mentions'] = [];
  const sentences = new Set<string>();
  for (let round = 0; round < maxSnippets && picked.length < maxSnippets; round++) {
    const perArticle = new Map<string, number>();
    for (const mention of actor.mentions) {
      const seen = perArticle.get(mention.path) ?? 0;
      perArticle.set(mention.path, seen + 1);
      const key = `${mention.path}#${mention.sentence}`;
      if (seen !== round || sentences.has(key) || picked.length === maxSnippets) continue;
      sentences.add(key);
      picked.push(mention);
    }
  }
  return picked;
}

/** Markdown for the card. Every piece of article text in it is escaped. */
export function buildHoverCard(index: DossierIndex, actor: Actor, options: HoverCardOptions): string {
  const lines: string[] = [];
  lines.push(`$(${options.icon}) **${escapeMarkdown(actor.name)}** · ${actor.type}${actor.curated ? ' · curated' : ''}`);
  if (actor.aliases.length > 0) {
    const shown = actor.aliases.slice(0, 6).map(escapeMarkdown).join(', ');
    lines.push(`*also* ${shown}${actor.aliases.length > 6 ? ` and ${actor.aliases.length - 6} more` : ''}`);
  }
  const actions = [
    commandLink('Show all mentions', options.commands.showMentions, [actor.id]),
    commandLink('Reveal in Dossier', options.commands.revealActor, [actor.id]),
    commandLink('Correct…', options.commands.correctActor, [actor.id]),
  ].join(' · ');
  lines.push(`${plural(actor.mentionCount, 'mention')} in ${plural(actor.articleCount, 'article')} · ${actions}`);

  // Events first: one line each, the most to take in at a glance.
  const events = index.eventsOf(actor.id).filter((event) => event.date);
  if (events.length > 0) {
    const shown = events.slice(0, maxEvents).map((event) => `- \`${event.date}\` ${escapeMarkdown(event.summary)}`);
    if (events.length > maxEvents) shown.push(`- *and ${events.length - maxEvents} more*`);
    lines.push('---', shown.join('\n'));
  }

  const snippets = pickSnippetMentions(actor).flatMap((mention) => {
    const sentence = index.sentenceOf(mention);
    if (!sentence) return [];
    const at = mention.start - sentence.start;
    const from = Math.max(0, at - snippetRadius);
    const to = Math.min(sentence.text.length, mention.end - sentence.start + snippetRadius);
    const before = (from > 0 ? '…' : '') + sentence.text.slice(from, at);
    const name = sentence.text.slice(at, mention.end - sentence.start);
    const after = sentence.text.slice(mention.end - sentence.start, to) + (to < sentence.text.length ? '…' : '');
    const link = commandLink(options.cite(mention.path, mention.start), options.commands.openMention, [mention.path, mention.start, mention.end]);
    const quote = commandLink('quote', options.commands.quoteSource, [mention.path, mention.start]);
    return [`> ${escapeMarkdown(before)}**${escapeMarkdown(name)}**${escapeMarkdown(after)} — ${link} · ${quote}`];
  });
  if (snippets.length > 0) lines.push('---', snippets.join('\n\n'));
  return lines.join('\n\n');
}
