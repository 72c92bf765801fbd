import * as assert from 'node:assert/strict';
import { parseCuration } from '../../src/core/actors/curation';
import { createIndex } from '../../src/core/indexing/dossierIndex';
import { listRecognizer, seedArticle } from './support';

const recognizer = listRecognizer({
  'Donald Trump': 'person',
  Trump: 'person',
  'Zhao Lijian': 'person',
  Zhao: 'person',
  TikTok: 'organization',
  ByteDance: 'organization',
  Oracle: 'organization',
  Microsoft: 'organization',
  'Sequoia Capital': 'organization',
  AFP: 'organization',
  'Agence France-Presse': 'organization',
  US: 'place',
  'U.S.': 'place',
  'United States': 'place',
  China: 'place',
  Singapore: 'place',
});

function seededIndex() {
  const index = createIndex({ recognizer });
  index.update('tiktok-ramps-up-defense.txt', seedArticle('tiktok-ramps-up-defense.txt'));
  index.update('tiktok-exploring-all-remedies.txt', seedArticle('tiktok-exploring-all-remedies.txt'));
  return index;
}

describe('DossierIndex', () => {
  it('reads title, byline and publication date of each article', () => {
    const index = seededIndex();
    const afp = index.article('tiktok-ramps-up-defense.txt')!;
    assert.equal(afp.title, 'TikTok ramps up defense against US accusations');
    assert.equal(afp.byline, 'AFP');
    assert.equal(afp.published, '2020-08-18');
    const zdnet = index.article('tiktok-exploring-all-remedies.txt')!;
    assert.equal(zdnet.byline, 'Eileen Yu');
    assert.equal(zdnet.published, undefined);
  });

  it('merges a person named in full, by surname, with a title and in the possessive', () => {
    const trump = seededIndex().actorNamed('Trump')!;
    assert.equal(trump.name, 'Donald Trump');
    assert.equal(trump.type, 'person');
    assert.ok(trump.aliases.includes('Trump'));
    assert.equal(trump.articleCount, 2);
    const text = seedArticle('tiktok-exploring-all-remedies.txt');
    const spellings = new Set(trump.mentions.filter((m) => m.path === 'tiktok-exploring-all-remedies.txt').map((m) => text.slice(m.start, m.end)));
    assert.deepEqual([...spellings].sort(), ['Donald Trump', 'Trump']);
  });

  it('merges spellings of the same place and an acronym with its organization', () => {
    const index = seededIndex();
    const us = index.actorNamed('U.S.')!;
    assert.equal(us.name, 'United States');
    assert.ok(us.aliases.includes('US'));
    assert.equal(index.actorNamed('AFP'), index.actorNamed('Agence France-Presse'));
  });

  it('ties events to the actors of their sentence, in time order', () => {
    const index = seededIndex();
    const dates = index.events().map((e) => e.date);
    const dated = dates.filter((d) => d !== undefined) as string[];
    assert.deepEqual(dated, [...dated].sort());
    assert.equal(dates.indexOf(undefined) >= 0 ? dates.slice(dates.indexOf(undefined)).every((d) => d === undefined) : true, true);
    const musically = index.events().find((e) => e.date === '2020-08-14')!;
    assert.deepEqual(musically.actors.map((id) => index.actor(id)!.name).sort(), ['ByteDance', 'Donald Trump', 'TikTok']);
    const trump = index.actorNamed('Trump')!;
    assert.ok(index.eventsOf(trump.id).includes(musically));
  });

  it('finds actors in note text: whole words, case-aware, possessives and [[references]]', () => {
    const index = seededIndex();
    const note = "Trump's order hit ByteDance’s app; trumpet and bytedance are not names. See [[TikTok]] and [[Zhao Lijian|the spokesman]].";
    const names = index.namesIn(note).map((n) => `${note.slice(n.start, n.end)}=${n.actor.name}${n.explicit ? '!' : ''}`);
    assert.deepEqual(names, ['Trump=Donald Trump', 'ByteDance=ByteDance', 'TikTok=TikTok!', 'Zhao Lijian=Zhao Lijian!']);
    assert.equal(index.actorAt(note, 2)?.actor.name, 'Donald Trump');
    assert.equal(index.actorAt(note, 40), undefined);
  });

  it('updates and removes one file without touching the others', () => {
    const index = seededIndex();
    const before = index.actorNamed('Singapore')!.mentions.length;
    index.update('extra.txt', 'Singapore and Oracle\n\nOracle said on Monday that Singapore agreed.');
    assert.equal(index.actorNamed('Singapore')!.mentions.length, before + 2);
    index.update('extra.txt', 'Nothing here.');
    assert.equal(index.actorNamed('Singapore')!.mentions.length, before);
    index.remove('extra.txt');
    assert.equal(index.has('extra.txt'), false);
    assert.equal(index.stats().articles, 2);
  });

  it('searches actors, events and sentences with typos', () => {
    const index = seededIndex();
    assert.equal(index.searchActors('bytedanse')[0]?.item.name, 'ByteDance');
    assert.equal(index.searchEvents('musicaly')[0]?.item.date, '2020-08-14');
    const sentence = index.searchSentences('gunbot diplomacy')[0];
    assert.match(sentence.item.text, /digital gunboat diplomacy/);
    assert.ok(sentence.highlights.length > 0);
  });

  it('keeps the event search up to date as articles and actor names change', () => {
    const index = seededIndex();
    const path = 'tiktok-ramps-up-defense.txt';
    const musicalLy = (query = 'musicaly') => index.searchEvents(query).filter((r) => r.item.summary.includes('Musical.ly'));
    assert.deepEqual(musicalLy()[0]?.item.actorNames, ['Donald Trump', 'ByteDance', 'TikTok']);
    index.setCuration(parseCuration(JSON.stringify({ actors: [{ name: 'Joe Biden' }] })).curation);
    index.update(path, seedArticle(path).replace('On Friday, Trump signed', 'On Friday, Joe Biden signed'));
    assert.deepEqual(musicalLy()[0]?.item.actorNames, ['Joe Biden', 'ByteDance', 'TikTok']);
    // The same event, its actor renamed: found by the new name.
    index.setCuration(parseCuration(JSON.stringify({ actors: [{ name: 'President Joe Biden', aliases: ['Joe Biden'] }] })).curation);
    assert.deepEqual(musicalLy('president biden musical')[0]?.item.actorNames, ['President Joe Biden', 'ByteDance', 'TikTok']);
    index.update(path, seedArticle(path).replace(/Musical\.ly/g, 'Vine'));
    assert.equal(musicalLy().length, 0);
  });

  it('brings the event search up to date a slice at a time, through a change', () => {
    const extra = 'Oracle bid\n\nPublished: 20 August 2020\n\nOn Monday, ByteDance met Oracle about Musical.ly in Singapore.\n';
    const index = seededIndex();
    assert.equal(index.prepareEventSearch(12), false);
    // A new snapshot before the search is up to date: an article gone, one added.
    index.remove('tiktok-exploring-all-remedies.txt');
    index.update('extra.txt', extra);
    let slices = 1;
    while (!index.prepareEventSearch(2)) slices++;
    assert.ok(slices > 2);
    const fresh = seededIndex();
    fresh.remove('tiktok-exploring-all-remedies.txt');
    fresh.update('extra.txt', extra);
    for (const query of ['musicaly', 'oracle monday', 'singapore', 'wechat', 'misinformation', 'september']) {
      const found = (i: typeof index) => i.searchEvents(query, 50).map((r) => `${r.item.id} ${r.item.actorNames.join('|')}`).sort();
      assert.deepEqual(found(index), found(fresh), query);
    }
    assert.ok(index.searchEvents('singapore').some((r) => r.item.path === 'extra.txt'));
  });

  it('builds the sentence search a slice at a time while articles come, change and go', () => {
    const articles = [seedArticle('tiktok-ramps-up-defense.txt'), seedArticle('tiktok-exploring-all-remedies.txt')];
    const texts = Array.from({ length: 8 }, (_, i) => articles[i % 2].replace(/TikTok/g, `TikTok${i}`));
    const index = createIndex({ recognizer });
    texts.slice(0, 6).forEach((text, i) => index.update(`${i}.txt`, text));
    assert.equal(index.prepareSentenceSearch(2), false);
    index.update('6.txt', texts[6]); // added during the build
    index.remove('4.txt'); // removed before the build reached it
    index.update('1.txt', texts[7]); // changed after the build took it
    index.update('5.txt', texts[7]); // changed before the build reached it
    while (!index.prepareSentenceSearch(1));
    const fresh = createIndex({ recognizer });
    for (const article of index.articles()) fresh.update(article.path, article.text);
    for (const query of ['gunboat diplomacy', 'TikTok7 remedies', 'TikTok4', 'TikTok6 ByteDance']) {
      // The same sentences (equal scores may come in another order: ties go by the order they were added).
      const found = index.searchSentences(query, 100).map((r) => `${r.item.path} ${r.item.sentence}`);
      assert.deepEqual([...found].sort(), fresh.searchSentences(query, 100).map((r) => `${r.item.path} ${r.item.sentence}`).sort(), query);
      assert.equal(new Set(found).size, found.length, `no sentence twice for "${query}"`);
    }
    assert.equal(index.searchSentences('TikTok4', 100).filter((r) => r.item.text.includes('TikTok4')).length, 0);
  });

  it('maps offsets to lines and characters', () => {
    const index = seededIndex();
    const text = seedArticle('tiktok-ramps-up-defense.txt');
    const offset = text.indexOf('Zhao Lijian');
    const position = index.positionAt('tiktok-ramps-up-defense.txt', offset);
    assert.equal(text.split('\n')[position.line].slice(position.character, position.character + 11), 'Zhao Lijian');
  });

  it('applies the user curation: added names, forced types, merges and rejects', () => {
    const index = seededIndex();
    const { curation, errors } = parseCuration(
      JSON.stringify({
        actors: [
          { name: 'UnitedMasters', type: 'organization' },
          { name: 'TikTok', type: 'organization', aliases: ['the video app'] },
          { name: 'Washington', type: 'place' },
        ],
        merge: [{ into: 'China', names: ['Washington'] }],
        reject: ['Singapore'],
      }),
    );
    assert.deepEqual(errors, []);
    index.setCuration(curation);
    const masters = index.actorNamed('UnitedMasters')!;
    assert.equal(masters.type, 'organization');
    assert.equal(masters.mentions.length, 2);
    assert.equal(index.actorNamed('Singapore'), undefined);
    assert.ok(index.events().every((event) => !event.actors.includes('singapore')), 'a rejected name is in no event');
    assert.equal(index.actorNamed('Washington')?.name, 'China');
    assert.ok(index.actorNamed('TikTok')!.aliases.includes('the video app'));
  });

  it('leaves a rejected name out of the events', () => {
    const index = seededIndex();
    const microsoft = index.actorNamed('Microsoft')!.id;
    assert.ok(index.events().some((event) => event.actors.includes(microsoft)));
    index.setCuration(parseCuration(JSON.stringify({ reject: ['Microsoft'] })).curation);
    assert.equal(index.actorNamed('Microsoft'), undefined);
    assert.ok(index.events().every((event) => !event.actors.includes(microsoft)));
  });
});

describe('parseCuration', () => {
  it('reports each problem with where it is, and keeps the valid rest', () => {
    const { curation, errors } = parseCuration(
      JSON.stringify({ actors: [{ name: 'A', type: 'people' }, 'B', { name: '' }, { name: 'C', aliases: 'x' }], merge: [{ into: 'X' }], reject: [3], extra: 1 }),
    );
    assert.deepEqual(errors, [
      'unknown field "extra" (expected "actors", "merge", "reject" or "accept")',
      'actors[0].type must be one of "person", "organization", "place" (got "people")',
      'actors[1] must be an object with "name", and optionally "type" and "aliases"',
      'actors[2].name must be a non-empty string (got "")',
      'actors[3].aliases must be a list of names',
      'merge[0].names must be a list of names',
      'reject[0] must be a non-empty string (got 3)',
    ]);
    assert.deepEqual(curation.actors.map((a) => a.name), ['A', 'C']);
  });

  it('explains invalid JSON and a wrong top level', () => {
    assert.match(parseCuration('{ "actors": [ }').errors[0], /^not valid JSON/);
    assert.match(parseCuration('[]').errors[0], /must hold a JSON object/);
    assert.deepEqual(parseCuration('').errors, []);
  });
});
