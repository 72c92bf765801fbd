// Stage 7, cards: what the editor shows of the index as text — hover cards, excerpts, the timeline, safe markdown.
export { excerptAround } from './excerpt';
export { buildHoverCard } from './hoverCard';
export { tellingMentions } from './tellingMentions';
export { escapeMarkdown, plainLabel } from './markdown';
export { buildTimeline, eventLabel, monthNames, type Timeline, type TimelineYear } from './timeline';
