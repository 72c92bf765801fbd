import * as assert from 'node:assert/strict';
import { createIndex, type DossierIndex } from '../../src/core/dossierIndex';
import { listRecognizer, seedArticle } from './support';

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

let builds = 0;
const logger = { info: (message: string) => (builds += message.startsWith('index snapshot') ? 1 : 0), warn: () => undefined };

function fresh(texts: Record<string, string>): DossierIndex {
  const index = createIndex({ recognizer, logger });
  for (const [path, text] of Object.entries(texts)) index.update(path, text);
  return index;
}

function answers(index: DossierIndex) {
  return {
    actors: index.actors().map(({ id, name, type, aliases, mentions, mentionCount, articleCount, curated }) => ({ id, name, type, aliases, mentions, mentionCount, articleCount, curated })),
    events: index.events(),
    eventsOf: index.actors().map((actor) => index.eventsOf(actor.id).map((event) => event.id)),
    names: index.namesIn('Donald Trump met Oracle and ByteDance in China.').map((n) => [n.start, n.actor.id]),
  };
}

describe('DossierIndex: re-indexing one article', () => {
  // Whether the edit can be patched in, or needs the actors merged again.
  const edits: [string, boolean, (text: string) => string][] = [
    ['text added before every name', true, (text) => text.replace(/\n\n/, '\n\nA sentence with no names, written on 3 March 2021.\n\n')],
    ['a sentence without names removed', true, (text) => text.replace(/\n\nInstead, the administration[^\n]*\n/, '\n')],
    ['a name added', false, (text) => `${text}\nOracle said Microsoft would wait.\n`],
    ['every name removed', false, () => 'Nothing here\n\nA text without any of the names.\n'],
  ];
  for (const [what, patched, edit] of edits) {
    it(`answers as a fresh index does after an edit: ${what}`, () => {
      const texts = { [afp]: seedArticle(afp), [zdnet]: seedArticle(zdnet) };
      const index = fresh(texts);
      answers(index); // the snapshot exists before the edit
      const edited = { ...texts, [zdnet]: edit(texts[zdnet]) };
      assert.notEqual(edited[zdnet], texts[zdnet]);
      index.update(zdnet, edited[zdnet]);
      builds = 0;
      const after = answers(index);
      assert.equal(builds, patched ? 0 : 1, patched ? 'patched, not rebuilt' : 'rebuilt');
      assert.deepEqual(after, answers(fresh(edited)));
    });
  }
});
