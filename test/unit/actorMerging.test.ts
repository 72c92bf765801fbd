import * as assert from 'node:assert/strict';
import { createIndex } from '../../src/core/indexing/dossierIndex';
import type { ActorType, Recognizer } from '../../src/core/base/types';
import { listRecognizer } from './support';

// How names merge into actors across many articles: what a big corpus showed going wrong.
function indexOf(names: Record<string, ActorType>, articles: string[]) {
  const index = createIndex({ recognizer: listRecognizer(names) });
  articles.forEach((text, i) => index.update(`file:///news/${i}.txt`, text));
  return index;
}

describe('actor merging across articles', () => {
  it('names a person by the full name, even when the surname alone is written more often', () => {
    const index = indexOf({ 'Tony Blair': 'person', Blair: 'person' }, [
      `Headline\n\nTony Blair spoke. ${'Blair said more. '.repeat(200)}`,
      `Headline\n\n${'Blair said it again. '.repeat(80)}`,
    ]);
    const blair = index.actorNamed('Blair')!;
    assert.equal(blair.name, 'Tony Blair');
    assert.deepEqual(blair.aliases, ['Blair']);
  });

  it('does not make a first name an alias when the surname is used alone', () => {
    const index = indexOf({ 'Andy Roddick': 'person', 'Andy Robinson': 'person', Andy: 'person', Roddick: 'person', Robinson: 'person' }, [
      'Tennis\n\nAndy Roddick won. Roddick said Andy was tired.',
      'Rugby\n\nAndy Robinson picked the side. Robinson said so.',
    ]);
    assert.ok(!index.actorNamed('Andy Roddick')!.aliases.includes('Andy'));
    assert.ok(!index.actorNamed('Andy Robinson')!.aliases.includes('Andy'));
  });

  it('keeps a family name written first as an alias: "Zhao" for Zhao Lijian', () => {
    const index = indexOf({ 'Zhao Lijian': 'person', Zhao: 'person' }, ['China\n\nSpokesman Zhao Lijian spoke. Zhao said no.']);
    assert.deepEqual(index.actorNamed('Zhao Lijian')!.aliases, ['Zhao']);
  });

  it('does not fold an acronym into an organization of another article that merely has the same initials', () => {
    const index = indexOf({ 'Paris Club': 'organization', PC: 'organization' }, [
      'Debt\n\nThe Paris Club of creditors met.',
      'Gadgets\n\nThe PC market grew. PC sales rose.',
      'Games\n\nA PC game sold well.',
    ]);
    assert.notEqual(index.actorNamed('PC'), index.actorNamed('Paris Club'));
    assert.equal(index.actorNamed('Paris Club')!.mentions.length, 1);
  });

  it('does not take initials from a name that has an acronym in it: "BT" is not "BBC Three"', () => {
    const index = indexOf({ 'BBC Three': 'organization', BT: 'organization' }, ['TV\n\nBBC Three showed it. BT sponsored the show.']);
    assert.notEqual(index.actorNamed('BT'), index.actorNamed('BBC Three'));
  });

  it('folds a short form into the long name that articles link it to', () => {
    const index = indexOf({ 'Labour Party': 'organization', Labour: 'organization' }, [
      'Politics\n\nThe Labour Party met. Labour won.',
      'Polls\n\nLabour leads the polls.',
    ]);
    const labour = index.actorNamed('Labour')!;
    assert.equal(labour, index.actorNamed('Labour Party'));
    assert.equal(labour.name, 'Labour Party');
    assert.equal(labour.articleCount, 2);
  });

  it('does not fold an organization into a longer name written only after it: "Labour" … "Labour MPs"', () => {
    const index = indexOf({ 'Labour MPs': 'organization', Labour: 'organization', 'Sequoia Capital': 'organization', Sequoia: 'organization' }, [
      'Politics\n\nLabour won. Labour MPs cheered. Sequoia Capital invested; Sequoia said so.',
    ]);
    assert.notEqual(index.actorNamed('Labour'), index.actorNamed('Labour MPs'));
    assert.equal(index.actorNamed('Sequoia'), index.actorNamed('Sequoia Capital'));
  });

  it('folds "US" but not "Us" or "us" into the United States', () => {
    const index = indexOf({ US: 'place', Us: 'place', 'United States': 'place' }, ['Trade\n\nThe United States and the US Senate. Us Weekly.']);
    assert.ok(!index.actorNamed('United States')!.aliases.includes('Us'));
  });

  it('keeps a well-known place a place, whatever the recognizer voted', () => {
    const index = indexOf({ US: 'organization', 'United States': 'place' }, ['Trade\n\nThe US said so. US officials agreed. The United States left.']);
    assert.equal(index.actorNamed('US')!.type, 'place');
  });

  it('keeps a news agency an organization in a byline, where a tagger may take it for a person', () => {
    const index = indexOf({ 'Agence France-Presse': 'person', Reuters: 'person' }, ['Talks\n\nBy Agence France-Presse\n\nThe talks ended, Reuters said.', 'Trade\n\nThe deal (AFP) was signed.']);
    assert.equal(index.actorNamed('AFP')!.type, 'organization');
    assert.equal(index.actorNamed('AFP'), index.actorNamed('Agence France-Presse'));
    assert.equal(index.actorNamed('Reuters')!.type, 'organization');
  });

  it('types a name by its form where the recognizer voted otherwise: web addresses, organization endings', () => {
    const cases: [string, ActorType, ActorType][] = [
      ['Musical.ly', 'place', 'organization'],
      ['Amazon.com', 'person', 'organization'],
      ['St.Louis', 'place', 'place'],
      ['Delta Airlines', 'person', 'organization'],
      ['West Bank', 'place', 'place'],
      ['Jim Press', 'person', 'person'],
    ];
    const index = indexOf(Object.fromEntries(cases.map(([name, voted]) => [name, voted])), [`Deals\n\n${cases.map(([name]) => `${name} spoke.`).join(' ')}`]);
    for (const [name, , expected] of cases) assert.equal(index.actorNamed(name)!.type, expected, name);
  });

  it('reads a name in a note as the actor of that name before one it is an alias of', () => {
    const index = indexOf({ 'BBC News': 'organization', 'BBC Sport': 'organization', BBC: 'organization' }, [
      `One\n\n${'BBC News reported. '.repeat(8)}The BBC said so.`,
      'Two\n\nBBC Sport reported. The BBC said so.',
      ...['Three', 'Four', 'Five', 'Six', 'Seven'].map((title) => `${title}\n\nThe BBC said so.`), // too many to fold into one of them
    ]);
    assert.ok(index.actorNamed('BBC News')!.aliases.includes('BBC'));
    assert.ok(index.actorNamed('BBC News')!.mentionCount > index.actorNamed('BBC')!.mentionCount);
    assert.equal(index.actorAt('As the BBC said.', 8)?.actor.name, 'BBC');
    assert.equal(index.actorNamed('BBC')!.name, 'BBC');
  });

  it('leaves out common nouns written in capitals', () => {
    const index = indexOf({ PC: 'organization', DVD: 'organization', MPs: 'organization', IBM: 'organization' }, ['Sales\n\nIBM sold the PC business; MPs watched a DVD.']);
    assert.deepEqual(index.actors().map((actor) => actor.name), ['IBM']);
  });

  it('makes a one-word "person" an organization when the recognizer says organization once in five, twice at least', () => {
    // The recognizer takes each name for an organization in articles about business, for a person elsewhere.
    const recognizer: Recognizer = {
      recognize: (text) =>
        [...text.matchAll(/\b(?:Google|Usher|Beyonce)\b/g)].map((m) => ({
          start: m.index,
          end: m.index + m[0].length,
          text: m[0],
          type: text.startsWith('Business') ? 'organization' : 'person',
        })),
    };
    const index = createIndex({ recognizer });
    const sections = ['Business', 'Music', 'Music', 'Music', 'Business', 'Music', 'Music', 'Music', 'Music', 'Music'];
    sections.forEach((section, i) => index.update(`${i}.txt`, `${section} ${i}\n\n${i < 5 ? 'Google' : 'Usher'} said so. Usher sang.${i === 0 ? ' Beyonce sang.' : ''}\n`));
    index.update('b.txt', 'Music\n\nBeyonce sang.\n');
    assert.equal(index.actorNamed('Google')!.type, 'organization', '2 of 5');
    assert.equal(index.actorNamed('Usher')!.type, 'person', '2 of 15');
    assert.equal(index.actorNamed('Beyonce')!.type, 'person', 'once only');
  });

  it('still folds the surname of a person who shares a news agency\'s name into the person', () => {
    const index = indexOf({ 'Michael Bloomberg': 'person', Bloomberg: 'person' }, ['Race\n\nMichael Bloomberg spoke. Later Bloomberg left.']);
    assert.equal(index.actorNamed('Bloomberg'), index.actorNamed('Michael Bloomberg'));
    assert.equal(index.actorNamed('Bloomberg')!.type, 'person');
  });

  it('finds well-known acronyms the recognizer missed, but not in a headline in capitals', () => {
    const index = indexOf({ China: 'place' }, ['US AND CHINA TALK\n\nThe US move angered China. Talks at the UN and in the U.S. went on.']);
    assert.equal(index.actorNamed('United States')!.mentions.length, 2);
    assert.equal(index.actorNamed('UN')!.name, 'United Nations');
  });

  it('keeps the spellings of each article apart when articles naming the same actor come and go', () => {
    const index = indexOf({ 'Tony Blair': 'person', 'TONY BLAIR': 'person' }, ['Politics\n\nTony Blair spoke.', 'Politics\n\nTONY BLAIR spoke. TONY BLAIR left.']);
    const first = index.article('file:///news/0.txt')!.text;
    index.remove('file:///news/1.txt');
    assert.deepEqual(index.actorNamed('Tony Blair')!.aliases, []);
    index.update('file:///news/2.txt', 'Politics\n\nTONY BLAIR spoke.');
    assert.deepEqual(index.actorNamed('Tony Blair')!.aliases, ['TONY BLAIR']);
    index.remove('file:///news/2.txt');
    index.update('file:///news/0.txt', first);
    assert.equal(index.actorNamed('Tony Blair')!.name, 'Tony Blair');
    assert.deepEqual(index.actorNamed('Tony Blair')!.aliases, []);
    assert.equal(index.actorNamed('Tony Blair')!.mentions.length, 1);
  });
});
