// The index as plain JSON (`dossier index --json`): what scripts and the evaluation read.
import type { DossierIndex } from './dossierIndex';

export function toJson(index: DossierIndex) {
  return {
    version: 1,
    articles: index.articles().map((a) => ({ path: a.path, title: a.title, published: a.published ?? null })),
    actors: index.actors().map((actor) => ({
      id: actor.id,
      name: actor.name,
      type: actor.type,
      aliases: actor.aliases,
      mentions: actor.mentions.map((m) => ({ path: m.path, start: m.start, end: m.end })),
    })),
    events: index.events().map((e) => ({
      id: e.id,
      date: e.date ?? null,
      precision: e.precision ?? null,
      ...(e.endDate && { endDate: e.endDate }),
      dateText: e.dateText,
      summary: e.summary,
      actors: e.actors,
      about: e.about ?? [],
      path: e.path,
      start: e.start,
      end: e.end,
    })),
  };
}
