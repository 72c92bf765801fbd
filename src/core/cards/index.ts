// Stage 7, cards: what the editor shows of the index as text — hover cards, excerpts, the timeline, safe markdown.
export { excerptAround, type Excerpt } from './excerpt';
export { buildHoverCard, type HoverCardOptions } from './hoverCard';
export { commandLink, escapeMarkdown, plainLabel, sourceQuote } from './markdown';
export { buildTimeline, eventLabel, monthNames, type Timeline, type TimelineMonth, type TimelineYear } from './timeline';
