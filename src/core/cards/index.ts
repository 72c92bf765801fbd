// Stage 7, cards: what the editor shows of the index as text — hover cards, excerpts, the timeline, safe markdown.
export { cardEvents } from './actorEvents';
export { excerptAround } from './excerpt';
export { buildHoverCard } from './hoverCard';
export { tellingMentions } from './tellingMentions';
export { escapeMarkdown, plainLabel } from './markdown';
export { eventLabel } from './timeline';
