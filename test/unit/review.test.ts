import * as assert from 'node:assert/strict';
import { describeDoubts, doubtsOf } from '../../src/core/actors/confidence';
import { parseCuration } from '../../src/core/actors/curation';
import { editCuration } from '../../src/core/actors/curationEdit';
import type { ActorType } from '../../src/core/base/types';
import { createIndex } from '../../src/core/indexing/dossierIndex';
import { findDuplicates } from '../../src/core/review/duplicates';
import { ReviewQueue } from '../../src/core/review/queue';
import { listRecognizer } from './support';

/** An index of the texts, each an article, with the names listed recognised as the given types. */
function indexOf(names: Record<string, ActorType>, texts: string[]) {
  const index = createIndex({ recognizer: listRecognizer(names) });
  texts.forEach((text, i) => index.update(`file:///ws/a${i}.txt`, `Story ${i}\n\n${text}`));
  return index;
}

const duplicatesOf = (index: ReturnType<typeof indexOf>) => findDuplicates(index, index.actors()).map((d) => `${d.actor.name} → ${d.into.name}`);

describe('confidence', () => {
  const sure = { name: 'Harlan Ltd', type: 'organization', typeVotes: [0, 5, 0], mentionCount: 5, weakNames: [] } as const;

  it('doubts a type that a quarter of the mentions contradict, and says so', () => {
    assert.deepEqual(doubtsOf(sure), []);
    const split = { ...sure, typeVotes: [2, 3, 0] };
    assert.equal(describeDoubts('organization', doubtsOf(split)), 'organization? 2 of 5 mentions say person');
    assert.equal(doubtsOf(split)[0].type, 'person');
    assert.deepEqual(doubtsOf({ ...sure, typeVotes: [1, 4, 0] }), [], 'one in five is within the noise');
  });

  it('doubts a name written once, a person never named in full, and a name joined on weak evidence', () => {
    assert.deepEqual(doubtsOf({ ...sure, typeVotes: [0, 1, 0], mentionCount: 1 }).map((d) => d.text), ['named once']);
    assert.deepEqual(doubtsOf({ ...sure, name: 'Google', type: 'person', typeVotes: [9, 0, 0], mentionCount: 9 }).map((d) => d.text), ['never named in full']);
    const weak = doubtsOf({ ...sure, weakNames: [{ name: 'Sony', linked: 1, articles: 28 }] });
    assert.deepEqual(weak, [{ kind: 'merge', text: '"Sony" joined it in 1 of the 28 articles that write it', name: 'Sony' }]);
  });

  it('gives the index\'s actors their doubts, except curated ones and those the user accepted', () => {
    // "Mr Harlan" makes a person of the company's name twice: its votes split.
    const index = indexOf({ 'Harlan Ltd': 'organization', Harlan: 'organization', Oslo: 'place' }, [
      'Harlan Ltd fell. Shares in Harlan Ltd fell again, and Harlan Ltd called a meeting in Oslo.',
      'Mr Harlan told reporters so. Mr Harlan added more.',
    ]);
    const harlan = index.actorNamed('Harlan Ltd')!;
    assert.deepEqual(harlan.typeVotes, [2, 3, 0]);
    assert.deepEqual(index.doubtsOf(harlan).map((d) => d.text), ['2 of 5 mentions say person']);
    assert.deepEqual(index.doubtsOf(index.actorNamed('Oslo')!).map((d) => d.kind), ['once']);
    const before = index.actors();
    index.setCuration(parseCuration(JSON.stringify({ accept: ['Harlan Ltd'] })).curation);
    assert.equal(index.actors(), before, 'accepting an actor keeps the snapshot');
    assert.deepEqual(index.doubtsOf(index.actorNamed('Harlan Ltd')!), []);
    index.setCuration(parseCuration(JSON.stringify({ actors: [{ name: 'Oslo', type: 'place' }] })).curation);
    assert.deepEqual(index.doubtsOf(index.actorNamed('Oslo')!), []);
    assert.deepEqual(index.doubtsOf(index.actorNamed('Harlan Ltd')!).length, 1, 'no longer accepted');
  });
});

describe('likely duplicates', () => {
  it('finds an acronym of a longer name in the same articles, and a name that is another actor\'s alias', () => {
    const names: Record<string, ActorType> = { 'J&J': 'organization', 'Johnson & Johnson': 'organization', NWA: 'organization', 'Nordic Wind Alliance': 'organization' };
    const alone = Array.from({ length: 5 }, () => 'J&J said so. J&J said more. The NWA met. The NWA met again.');
    const index = indexOf(names, [...alone, 'J&J said so, and Johnson & Johnson agreed.', 'The NWA, or Nordic Wind Alliance, met.']);
    assert.deepEqual(findDuplicates(index, index.actors()).map((d) => `${d.actor.name}: ${d.reason}`).sort(), [
      'J&J: acronym of Johnson & Johnson in a shared article',
      'NWA: also a name of Nordic Wind Alliance',
    ]);
  });

  it('finds spellings apart by case, punctuation, a middle initial, a plural or one letter, of the same type', () => {
    const names: Record<string, ActorType> = {
      'Al-Qaeda': 'organization',
      'al Qaeda': 'organization',
      'George W Bush': 'person',
      'George Bush': 'person',
      'Golden Globes': 'organization',
      'Golden Globe': 'organization',
      'Damian Hockney': 'person',
      'Damien Hockney': 'person',
      'John Terry': 'person',
      'John Kerry': 'person',
    };
    const index = indexOf(names, [
      'Al-Qaeda and Al-Qaeda. George W Bush and George W Bush. Golden Globes and Golden Globes. Damian Hockney and Damian Hockney. John Terry.',
      'al Qaeda. George Bush. Golden Globe. Damien Hockney. John Kerry.',
    ]);
    assert.deepEqual(duplicatesOf(index).sort(), ['Damien Hockney → Damian Hockney', 'George Bush → George W Bush', 'Golden Globe → Golden Globes', 'al Qaeda → Al-Qaeda']);
  });

  it('finds a short name that exactly one longer name of its type fits, and no more mentioned than it', () => {
    const names: Record<string, ActorType> = {
      Mitsubishi: 'organization',
      'Mitsubishi Motors': 'organization',
      Hewitt: 'person',
      'Patricia Hewitt': 'person',
      Brown: 'person',
      'Gordon Brown': 'person',
      'James Brown': 'person',
      Microsoft: 'organization',
      'Microsoft Outlook': 'organization',
    };
    const index = indexOf(names, [
      'Mitsubishi Motors and Mitsubishi Motors. Patricia Hewitt and Patricia Hewitt. Gordon Brown met James Brown. Microsoft and Microsoft.',
      'Mitsubishi. Hewitt. Brown. Microsoft Outlook.',
    ]);
    assert.deepEqual(duplicatesOf(index).sort(), ['Hewitt → Patricia Hewitt', 'Mitsubishi → Mitsubishi Motors']);
  });
});

describe('review queue', () => {
  const names: Record<string, ActorType> = { 'Harlan Ltd': 'organization', Harlan: 'organization', NWA: 'organization', 'Nordic Wind Alliance': 'organization', Oslo: 'place' };
  const texts = [
    ...Array.from({ length: 5 }, () => 'The NWA met. The NWA met again.'),
    'The NWA, or Nordic Wind Alliance, met.',
    'Harlan Ltd fell. Shares in Harlan Ltd fell again, and Harlan Ltd called a meeting in Oslo. Mr Harlan told reporters so. Mr Harlan added more.',
  ];

  it('lists duplicates and doubtful actors most mentioned first, each with what would resolve it', () => {
    const queue = new ReviewQueue(indexOf(names, texts)).items();
    assert.deepEqual(
      queue.map((item) => [item.actor.name, item.kind, item.into?.name ?? item.type ?? '', item.reason]),
      [
        ['NWA', 'duplicate', 'Nordic Wind Alliance', 'also a name of Nordic Wind Alliance'],
        ['Harlan Ltd', 'type', 'person', '2 of 5 mentions say person'],
        ['Oslo', 'once', '', 'named once'],
      ],
    );
  });

  it('drops an actor for good once accepted, and corrected ones', () => {
    const index = indexOf(names, texts);
    const queue = new ReviewQueue(index);
    index.setCuration(parseCuration(JSON.stringify({ accept: ['Oslo'], actors: [{ name: 'Harlan Ltd', type: 'organization' }], merge: [{ into: 'Nordic Wind Alliance', names: ['NWA'] }] })).curation);
    assert.deepEqual(queue.items(), []);
  });

  it('writes several decisions into the curation file at once, accepts among them', () => {
    const result = editCuration('{ "reject": ["X"] }', [
      { kind: 'accept', name: 'Oslo' },
      { kind: 'merge', name: 'NWA', into: 'Nordic Wind Alliance' },
      { kind: 'type', name: 'Harlan Ltd', type: 'person' },
      { kind: 'accept', name: 'Oslo' },
    ]);
    assert.ok('text' in result);
    const { curation, errors } = parseCuration(result.text);
    assert.deepEqual(errors, []);
    assert.deepEqual(curation, {
      actors: [{ name: 'Harlan Ltd', type: 'person', aliases: [] }],
      merges: [{ into: 'Nordic Wind Alliance', names: ['NWA'] }],
      rejects: ['X'],
      accepts: ['Oslo'],
    });
  });
});
