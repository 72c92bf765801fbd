// The hover card of an actor: who it is, where the sources name it, and what it did when.
import type { Actor } from '../actors';
import { plural } from '../base';
import type { DossierIndex } from '../indexing';
import { excerptAround } from './excerpt';
import { commandLink, escapeMarkdown } from './markdown';
import { tellingMentions } from './tellingMentions';

const maxSnippets = 3;
const maxEvents = 3;
/** Characters of a sentence around the name: about two lines of a card. */
const snippetWidth = 160;

export interface HoverCardOptions {
  /** Title and line of a source position, as a reader cites it. */
  cite(path: string, offset: number): string;
  /** The editor's commands the card links to. */
  commands: Record<'openMention' | 'showMentions' | 'revealActor' | 'correctActor' | 'quoteSource', string>;
  /** The codicon of the actor's type. */
  icon: string;
  /** The name hovered, when other actors have it too ("Johnson"): how many. */
  sharedName?: { name: string; others: number };
}

/** Markdown for the card, short enough for one screen. Every piece of article text in it is escaped. */
export function buildHoverCard(index: DossierIndex, actor: Actor, options: HoverCardOptions): string {
  const lines: string[] = [];
  const doubts = index.doubtsOf(actor).map((doubt) => doubt.text);
  if (options.sharedName) doubts.push(`"${options.sharedName.name}" is also the name of ${plural(options.sharedName.others, 'other actor')}`);
  const type = doubts.length > 0 ? `${actor.type}? ${doubts.join('; ')}` : actor.type;
  lines.push(`$(${options.icon}) **${escapeMarkdown(actor.name)}** · ${escapeMarkdown(type)}${actor.curated ? ' · curated' : ''}`);
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

  const snippets = tellingMentions(index, actor, maxSnippets).flatMap((mention) => {
    const sentence = index.sentenceOf(mention);
    if (!sentence) return [];
    const excerpt = excerptAround(sentence.text, { start: mention.start - sentence.start, end: mention.end - sentence.start }, snippetWidth);
    const { start, end } = excerpt.highlight;
    const text = `${escapeMarkdown(excerpt.text.slice(0, start))}**${escapeMarkdown(excerpt.text.slice(start, end))}**${escapeMarkdown(excerpt.text.slice(end))}`;
    const link = commandLink(options.cite(mention.path, mention.start), options.commands.openMention, [mention.path, mention.start, mention.end]);
    const quote = commandLink('quote', options.commands.quoteSource, [mention.path, mention.start]);
    return [`> ${text} — ${link} · ${quote}`];
  });
  if (snippets.length > 0) {
    const more = actor.mentionCount > snippets.length ? [commandLink('more…', options.commands.showMentions, [actor.id])] : [];
    lines.push('---', [...snippets, ...more].join('\n\n'));
  }
  return lines.join('\n\n');
}
