import * as assert from 'node:assert/strict';
import { createIndex, type DossierIndex } from '../../src/core/dossierIndex';
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
