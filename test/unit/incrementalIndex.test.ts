import * as assert from 'node:assert/strict';
import { emptyCuration, parseCuration } from '../../src/core/actors/curation';
import { createIndex, type DossierIndex } from '../../src/core/indexing/dossierIndex';
import { actorView, listRecognizer, seedArticle } from './support';

const recognizer = listRecognizer({
  'Donald Trump': 'person',
  Trump: 'person',
  TikTok: 'organization',
  ByteDance: 'organization',
  Oracle: 'organization',
  Microsoft: 'organization',
  US: 'place',
  China: 'place',
});
const afp = 'tiktok-ramps-up-defense.txt';
const zdnet = 'tiktok-exploring-all-remedies.txt';

function fresh(texts: Record<string, string>): DossierIndex {
  const index = createIndex({ recognizer });
  for (const [path, text] of Object.entries(texts)) index.update(path, text);
  return index;
}

function answers(index: DossierIndex) {
  return {
    actors: index.actors().map(actorView),
    events: index.events(),
    eventsOf: index.actors().map((actor) => index.eventsOf(actor.id).map((event) => event.id)),
    names: index.namesIn('Donald Trump met Oracle and ByteDance in China.').map((n) => [n.start, n.actor.id]),
  };
}

describe('DossierIndex: re-indexing one article', () => {
  const edits: [string, (text: string) => string][] = [
    ['text added before every name', (text) => text.replace(/\n\n/, '\n\nA sentence with no names, written on 3 March 2021.\n\n')],
    ['a sentence without names removed', (text) => text.replace(/\n\nInstead, the administration[^\n]*\n/, '\n')],
    ['a name added', (text) => `${text}\nOracle said Microsoft would wait.\n`],
    ['a surname added that joins a full name', (text) => `${text}\nDonald Trump spoke. Later Trump left.\n`],
    ['every name removed', () => 'Nothing here\n\nA text without any of the names.\n'],
  ];
  for (const [what, edit] of edits) {
    it(`answers as a fresh index does after an edit: ${what}`, () => {
      const texts = { [afp]: seedArticle(afp), [zdnet]: seedArticle(zdnet) };
      const index = fresh(texts);
      const before = answers(index); // the snapshot exists before the edit
      const beforeObjects = new Map(index.actors().map((actor) => [actor.id, actor]));
      const edited = { ...texts, [zdnet]: edit(texts[zdnet]) };
      assert.notEqual(edited[zdnet], texts[zdnet]);
      index.update(zdnet, edited[zdnet]);
      const expected = answers(fresh(edited));
      assert.deepEqual(answers(index), expected);
      // Actors the article does not name, before or after the edit, are kept as they were, not made again.
      const onlyInAfp = (actor: { mentions: { path: string }[] }) => actor.mentions.every((m) => m.path === afp);
      const untouched = before.actors.filter((actor) => onlyInAfp(actor) && expected.actors.some((a) => a.id === actor.id && onlyInAfp(a)));
      assert.ok(untouched.length > 0 || what === 'a name added', 'some actor is only in the other article');
      for (const actor of untouched) assert.equal(index.actor(actor.id), beforeObjects.get(actor.id));
    });
  }

  it('answers as a fresh index does after articles are added and removed in turn', () => {
    const texts = { [afp]: seedArticle(afp), [zdnet]: seedArticle(zdnet) };
    const index = fresh({ [afp]: texts[afp] });
    answers(index);
    index.update(zdnet, texts[zdnet]);
    assert.deepEqual(answers(index), answers(fresh(texts)));
    index.remove(afp);
    assert.deepEqual(answers(index), answers(fresh({ [zdnet]: texts[zdnet] })));
    index.update(afp, texts[afp]);
    assert.deepEqual(answers(index), answers(fresh({ [zdnet]: texts[zdnet], [afp]: texts[afp] })));
  });
});

describe('DossierIndex: snapshots made from the last one', () => {
  // Names that fold into each other in some texts and not in others: surnames, short forms, shared words.
  const names: Record<string, 'person' | 'organization' | 'place'> = {
    'Donald Trump': 'person',
    Trump: 'person',
    'Ivanka Trump': 'person',
    'Zhao Lijian': 'person',
    Zhao: 'person',
    'Sequoia Capital': 'organization',
    Sequoia: 'organization',
    'Agence France-Presse': 'organization',
    AFP: 'organization',
    Oracle: 'organization',
    'United States': 'place',
    US: 'place',
    China: 'place',
  };
  let random = seeded(7);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const sentence = () => {
    const [a, b] = [pick(Object.keys(names)), pick(Object.keys(names))];
    return `${a} met ${b} on ${1 + Math.floor(random() * 28)} March 2020, ${pick(['officials said', 'the report said', 'it was announced'])}.`;
  };
  const article = () => `Story ${Math.floor(random() * 1000)}\n\nPublished: 18 Aug 2020\n\n${Array.from({ length: 1 + Math.floor(random() * 5) }, sentence).join(' ')}\n`;

  // Without curation, with merges in it (which fold names into others, as one-word names do), and with
  // curated actors (named in some articles at some times, or never) and a rejected name.
  const curations = [
    emptyCuration,
    parseCuration(JSON.stringify({ merge: [{ into: 'Donald Trump', names: ['Ivanka Trump'] }, { into: 'AFP', names: ['Oracle'] }] })).curation,
    parseCuration(
      JSON.stringify({
        actors: [
          { name: 'Ivanka Trump', type: 'organization' },
          { name: 'Sequoia Capital', type: 'place', aliases: ['the fund'] },
          { name: 'Eileen Yu', type: 'person' },
        ],
        reject: ['US'],
      }),
    ).curation,
  ];
  for (const [n, curation] of curations.entries()) {
    it(`answer as an index with the same history built from scratch, over random edits (curation ${n + 1})`, () => {
      random = seeded(7 + n); // the same edits whichever tests run
      const recognize = listRecognizer(names);
      const paths = ['a.txt', 'b.txt', 'c.txt', 'd.txt'];
      const history: [string, string | undefined][] = [];
      const replay = (steps: typeof history) => {
        const index = createIndex({ recognizer: recognize, curation });
        for (const [path, text] of steps) apply(index, path, text);
        return index;
      };
      const live = createIndex({ recognizer: recognize, curation });
      for (let step = 0; step < 60; step++) {
        const path = pick(paths);
        const text = random() < 0.2 ? undefined : article();
        history.push([path, text]);
        apply(live, path, text);
        assert.deepEqual(answers(live), answers(replay(history)), `after step ${step}`);
      }
    });
  }
});

describe('DossierIndex: a curation file changed', () => {
  it('answers as an index made with the new curation, however names are added, retyped and dropped', () => {
    const texts = { [afp]: seedArticle(afp), [zdnet]: seedArticle(zdnet) };
    const curations = [
      { actors: [{ name: 'Sunny Corner', type: 'place' }] },
      { actors: [{ name: 'Sunny Corner', type: 'organization' }], reject: ['China'] },
      { actors: [{ name: 'Sunny Corner', type: 'organization', aliases: ['Eileen Yu', 'ByteDance'] }], merge: [{ into: 'TikTok', names: ['Oracle'] }] },
      { actors: [{ name: 'Eileen Yu', type: 'person' }] },
      {},
    ];
    const live = fresh(texts);
    answers(live);
    for (const [step, file] of curations.entries()) {
      const curation = parseCuration(JSON.stringify(file)).curation;
      live.setCuration(curation);
      const made = createIndex({ recognizer, curation });
      for (const [path, text] of Object.entries(texts)) made.update(path, text);
      assert.deepEqual(answers(live), answers(made), `after curation ${step + 1}`);
    }
  });
});

function apply(index: DossierIndex, path: string, text: string | undefined): void {
  if (text === undefined) index.remove(path);
  else index.update(path, text);
}

/** A small deterministic random number generator (mulberry32). */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('DossierIndex: names in notes after many edits', () => {
  // Short articles that name some of the names; edits replace, add and remove them in a fixed pseudo-random order.
  const names = ['Donald Trump', 'Trump', 'TikTok', 'ByteDance', 'Oracle', 'Microsoft', 'US', 'China'];
  const note = 'Donald Trump met Oracle, Microsoft and ByteDance in China; Trump and TikTok in the US.';
  let seed = 7;
  const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
  const article = () => `News ${random(1000)}\n\n${Array.from({ length: 1 + random(4) }, () => `${names[random(names.length)]} spoke to ${names[random(names.length)]} on Monday.`).join(' ')}\n`;

  it('finds in a note the names a fresh index finds, after each of 300 edits', () => {
    const texts: Record<string, string> = {};
    const index = createIndex({ recognizer });
    for (let step = 0; step < 300; step++) {
      const path = `news/${random(6)}.txt`;
      if (path in texts && random(4) === 0) {
        delete texts[path];
        index.remove(path);
      } else {
        texts[path] = article();
        index.update(path, texts[path]);
      }
      if (random(3) > 0) continue; // snapshots are made after some edits only, as when a user hovers now and then
      const seen = (i: DossierIndex) => i.namesIn(note).map((n) => `${n.start}:${n.actor.name}`);
      assert.deepEqual(seen(index), seen(fresh(texts)), `after step ${step}`);
    }
  });
});
