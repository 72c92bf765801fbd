// The hover card of an actor: who it is, where the sources name it, and what it did when.
import type { Actor } from '../actors';
import { plural } from '../base';
import type { DossierIndex } from '../indexing';
import { cardEvents } from './actorEvents';
import { excerptAround } from './excerpt';
import { commandLink, escapeMarkdown } from './markdown';
import { tellingMentions } from './tellingMentions';

const maxSnippets = 3;
const maxEvents = 3;
const maxAliases = 4;
/** Characters of a sentence around the name, and of an event's summary. */
const snippetWidth = 90;
const summaryWidth = 80;
/** What VS Code's hover shows without a scroll bar (250 px): about ten lines of about ninety characters. */
const maxLines = 10;
const lineLength = 90;
/** A line break inside a paragraph: a paragraph or a list a line would cost more height. */
const hardBreak = '\\\n';

export interface HoverCardOptions {
  /** Title and line of a source position, as a reader cites it. */
  cite(path: string, offset: number): string;
  /** The editor's commands the card links to. */
  commands: Record<'openMention' | 'showMentions' | 'revealActor' | 'correctActor' | 'quoteSource' | 'showActorTimeline', string>;
  /** The codicon of the actor's type. */
  icon: string;
  /** The name hovered, when other actors have it too ("Johnson"): how many. */
  sharedName?: { name: string; others: number };
}

/**
 * Markdown for the card, short enough to show whole in VS Code's hover: who, the counts and actions,
 * up to three dated events, then as many of three telling sentences as the lines left hold (one at
 * least). Every piece of article text in it is escaped.
 */
export function buildHoverCard(index: DossierIndex, actor: Actor, options: HoverCardOptions): string {
  const doubts = index.doubtsOf(actor).map((doubt) => doubt.text);
  if (options.sharedName) doubts.push(`"${options.sharedName.name}" is also the name of ${plural(options.sharedName.others, 'other actor')}`);
  const type = doubts.length > 0 ? `${actor.type}? ${doubts.join('; ')}` : actor.type;
  const hidden = actor.aliases.length - maxAliases;
  const aliases = actor.aliases.length > 0 ? `${actor.aliases.slice(0, maxAliases).join(', ')}${hidden > 0 ? ` and ${hidden} more` : ''}` : '';
  const about = `${type}${actor.curated ? ' · curated' : ''}`;
  const actions = [
    commandLink('Show all mentions', options.commands.showMentions, [actor.id]),
    commandLink('Reveal in Dossier', options.commands.revealActor, [actor.id]),
    commandLink('Correct…', options.commands.correctActor, [actor.id]),
  ].join(' · ');
  const parts = [
    `$(${options.icon}) **${escapeMarkdown(actor.name)}** · ${escapeMarkdown(about)}${aliases && ` · *also* ${escapeMarkdown(aliases)}`}${hardBreak}` +
      `${plural(actor.mentionCount, 'mention')} in ${plural(actor.articleCount, 'article')} · ${actions}`,
  ];
  let lines = linesOf(`${actor.name} · ${about} · also ${aliases}`.length) + 1;

  // Events first: one line each, the most to take in at a glance; the actor's own before those it is only named beside.
  const events = cardEvents(index, actor);
  if (events.length > 0) {
    const shown = events.slice(0, maxEvents).map((event) => `\`${event.date}\` ${escapeMarkdown(excerptAround(event.summary, { start: 0, end: 0 }, summaryWidth).text)}`);
    if (events.length > maxEvents) shown[shown.length - 1] += ` *(and ${events.length - maxEvents} more)*`;
    if (index.eventsOf(actor.id).length > 0) shown[shown.length - 1] += ` · ${commandLink('timeline…', options.commands.showActorTimeline, [actor.id])}`;
    parts.push('---', shown.join(hardBreak));
    lines += shown.length;
  }

  // The sentences, in one quote.
  const snippets: string[] = [];
  for (const mention of tellingMentions(index, actor, maxSnippets)) {
    const sentence = index.sentenceOf(mention);
    if (!sentence) continue;
    const excerpt = excerptAround(sentence.text, { start: mention.start - sentence.start, end: mention.end - sentence.start }, snippetWidth);
    const cited = options.cite(mention.path, mention.start);
    const cost = linesOf(`${excerpt.text} — ${cited} · quote`.length);
    if (snippets.length > 0 && lines + cost > maxLines) break;
    lines += cost;
    const { start, end } = excerpt.highlight;
    const text = `${escapeMarkdown(excerpt.text.slice(0, start))}**${escapeMarkdown(excerpt.text.slice(start, end))}**${escapeMarkdown(excerpt.text.slice(end))}`;
    const link = commandLink(cited, options.commands.openMention, [mention.path, mention.start, mention.end]);
    const quote = commandLink('quote', options.commands.quoteSource, [mention.path, mention.start]);
    snippets.push(`> ${text} — ${link} · ${quote}`);
  }
  if (snippets.length > 0) {
    if (actor.mentionCount > snippets.length) snippets[snippets.length - 1] += ` · ${commandLink('more…', options.commands.showMentions, [actor.id])}`;
    parts.push(snippets.join(hardBreak));
  }
  return parts.join('\n\n');
}

/** The lines a text of this many characters takes on a card. */
function linesOf(characters: number): number {
  return Math.max(1, Math.ceil(characters / lineLength));
}
