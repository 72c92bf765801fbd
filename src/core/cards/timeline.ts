// Events as one line of text, where a list shows them whole (a quick pick).

/** "2020-08-17 · TikTok launched an information hub", or the text's own words when the date is unknown. */
export function eventLabel(event: { date?: string; dateText: string; summary: string }): string {
  return `${event.date ?? event.dateText} · ${event.summary}`;
}
