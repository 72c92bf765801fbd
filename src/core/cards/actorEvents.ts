// The events a card shows for an actor: its own first, then those that only share a sentence with it.
import type { Actor } from '../actors';
import type { DossierEvent } from '../events';
import type { DossierIndex } from '../indexing';

/** Mentions looked at for the sentences that name an actor. */
const maxMentions = 2000;

/**
 * The actor's dated events, in three runs, each in time order: those about it (its dated clause names it,
 * or its pronoun stands for it; for events without that, those whose summary names it), the rest of those it
 * is an actor of, then events of other sentences that name it.
 */
export function cardEvents(index: DossierIndex, actor: Actor): DossierEvent[] {
  const own = index.eventsOf(actor.id).filter((event) => event.date);
  const names = [actor.name, ...actor.aliases].filter((name) => name.length > 1);
  const named = own.filter((event) => (event.about ? event.about.includes(actor.id) : names.some((name) => containsWord(event.summary, name))));
  const taken = new Set(own.map((event) => event.id));
  const sentences = new Set(actor.mentions.slice(0, maxMentions).map((mention) => `${mention.sentence}|${mention.path}`));
  const shared: DossierEvent[] = [];
  for (const path of new Set(actor.mentions.slice(0, maxMentions).map((mention) => mention.path))) {
    for (const event of index.article(path)?.events ?? []) {
      if (event.date && !taken.has(event.id) && sentences.has(`${event.sentence}|${path}`)) shared.push(event);
    }
  }
  const namedIds = new Set(named.map((event) => event.id));
  return [...named, ...own.filter((event) => !namedIds.has(event.id)), ...shared];
}

/** Whether `text` holds `word` with no letter or digit joined to either side. */
function containsWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!isWordCharacter(text[at - 1]) && !isWordCharacter(text[at + word.length])) return true;
  }
  return false;
}

function isWordCharacter(character: string | undefined): boolean {
  return character !== undefined && /[\p{L}\p{N}]/u.test(character);
}
