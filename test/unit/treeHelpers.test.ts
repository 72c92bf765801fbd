import * as assert from 'node:assert/strict';
import type { Actor } from '../../src/core/actors/actorTable';
import { describeFilter, isFiltered, matchesFilter, sortActors } from '../../src/core/actors/actorList';
import { excerptAround } from '../../src/core/cards/excerpt';
import { eventLabel } from '../../src/core/cards/timeline';
import { buildTimeline } from '../../src/core/events/timeline';

function highlighted(text: string, name: string, width?: number): string {
  const start = text.indexOf(name);
  const excerpt = excerptAround(text, { start, end: start + name.length }, width);
  const { start: s, end: e } = excerpt.highlight;
  return `${excerpt.text.slice(0, s)}[${excerpt.text.slice(s, e)}]${excerpt.text.slice(e)}`;
}

describe('excerptAround', () => {
  it('keeps a short sentence whole, with whitespace folded', () => {
    assert.equal(highlighted('Oracle  is weighing\na bid.', 'Oracle'), '[Oracle] is weighing a bid.');
    assert.equal(highlighted('A bid by Oracle', 'Oracle'), 'A bid by [Oracle]');
  });

  it('cuts a long sentence at word boundaries around the name', () => {
    const words = Array.from({ length: 40 }, (_, i) => `word${i}`);
    const text = [...words.slice(0, 20), 'ByteDance', ...words.slice(20)].join(' ');
    const shown = highlighted(text, 'ByteDance', 60);
    assert.match(shown, /^…word\d+ .* \[ByteDance\] .* word\d+…$/);
    assert.ok(shown.length <= 64, shown);
  });

  it('gives the unused room of one side to the other', () => {
    const text = `Trump ${'and more words '.repeat(20)}`;
    const shown = highlighted(text, 'Trump', 50);
    assert.match(shown, /^\[Trump\] and more words/);
    assert.ok(shown.length >= 45 && shown.endsWith('…'), shown);
  });

  it('keeps the name when the name alone is wider than asked', () => {
    assert.equal(highlighted('x Agence France-Presse y', 'Agence France-Presse', 5), '…[Agence France-Presse]…');
  });
});

describe('buildTimeline', () => {
  const event = (date: string | undefined, summary = date ?? 'undated') => ({ date, dateText: 'Monday', summary });

  it('groups by year and month, oldest first, undated apart', () => {
    const timeline = buildTimeline([event('2017'), event('2020-08-06'), event('2020-08-17'), event('2020-08'), event('2019-12-31'), event(undefined)]);
    assert.deepEqual(
      timeline.years.map((y) => [y.year, y.events.map((e) => e.summary), y.months.map((m) => `${m.name}: ${m.events.map((e) => e.summary).join(', ')}`)]),
      [
        ['2017', ['2017'], []],
        ['2019', [], ['December: 2019-12-31']],
        ['2020', [], ['August: 2020-08-06, 2020-08-17, 2020-08']],
      ],
    );
    assert.deepEqual(timeline.undated.map((e) => e.summary), ['undated']);
  });

  it('labels an event with its date, or the words of the text when undated', () => {
    assert.equal(eventLabel(event('2020-08-17', 'TikTok launched a hub')), '2020-08-17 · TikTok launched a hub');
    assert.equal(eventLabel(event(undefined, 'TikTok launched a hub')), 'Monday · TikTok launched a hub');
  });
});

describe('actor list', () => {
  const actor = (name: string, type: Actor['type'], mentions: number, aliases: string[] = []): Actor => ({
    id: name.toLowerCase(),
    name,
    type,
    aliases,
    mentions: Array.from({ length: mentions }, () => ({ path: 'a', start: 0, end: 1, sentence: 0 })),
    mentionCount: mentions,
    articleCount: 1,
    curated: false,
    typeVotes: [0, 0, 0],
    doubts: [],
  });
  const actors = [actor('TikTok', 'organization', 9), actor('Donald Trump', 'person', 5, ['Trump']), actor('Zoë Bell', 'person', 2), actor('china', 'place', 1)];

  it('filters by type and by part of a name or alias, ignoring case and accents', () => {
    const names = (filter: Parameters<typeof matchesFilter>[1]) => actors.filter((a) => matchesFilter(a, filter)).map((a) => a.name);
    assert.deepEqual(names({}), ['TikTok', 'Donald Trump', 'Zoë Bell', 'china']);
    assert.deepEqual(names({ type: 'person' }), ['Donald Trump', 'Zoë Bell']);
    assert.deepEqual(names({ text: 'TRUMP' }), ['Donald Trump']);
    assert.deepEqual(names({ text: 'zoe' }), ['Zoë Bell']);
    assert.deepEqual(names({ text: 'trump', type: 'place' }), []);
  });

  it('sorts by mentions as given, or A–Z ignoring case', () => {
    assert.deepEqual(sortActors(actors, 'mentions').map((a) => a.name), ['TikTok', 'Donald Trump', 'Zoë Bell', 'china']);
    assert.deepEqual(sortActors(actors, 'name').map((a) => a.name), ['china', 'Donald Trump', 'TikTok', 'Zoë Bell']);
  });

  it('describes a filter in a few words', () => {
    assert.equal(describeFilter({ type: 'person', text: ' trump ' }), 'People · “trump”');
    assert.equal(isFiltered({ text: '  ' }), false);
    assert.equal(isFiltered({ type: 'place' }), true);
  });
});
