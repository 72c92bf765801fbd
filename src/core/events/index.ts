// Stage 4, events: dated events in an article's sentences, the actors they name, all of them in time order.
export { eventsByActor, setEventActors } from './eventActors';
export { compareEvents, type DossierEvent, EventList } from './eventList';
export { type ArticleEvent, findEvents } from './events';
export { type ActorMention, actorMentionsOf } from './subjects';
export { buildTimeline, monthNames, shortDate, shortSummary, type StoryTimeline, storyTimeline, type Timeline, type TimelineYear } from './timeline';
