import * as assert from 'node:assert/strict';
import { parseCuration } from '../../src/core/actors/curation';
import { editCuration } from '../../src/core/actors/curationEdit';
import { createIndex } from '../../src/core/indexing/dossierIndex';
import { listRecognizer } from './support';

function edited(...args: Parameters<typeof editCuration>): string {
  const result = editCuration(...args);
  assert.ok('text' in result, 'error' in result ? result.error : '');
  return result.text;
}

describe('editCuration', () => {
  it('starts a missing or empty file with the one change, as a valid curation file', () => {
    const text = edited('', { kind: 'type', name: 'Musical.ly', type: 'organization' });
    assert.equal(text, '{\n  "actors": [\n    {\n      "name": "Musical.ly",\n      "type": "organization"\n    }\n  ]\n}\n');
    assert.deepEqual(parseCuration(text).errors, []);
  });

  it('changes the entry already there rather than adding a second, and adds a name once', () => {
    let text = edited('{ "actors": [{ "name": "Oracle", "type": "person", "aliases": ["Oracle Corp"] }] }', { kind: 'type', name: 'Oracle', type: 'organization' });
    assert.deepEqual(JSON.parse(text).actors, [{ name: 'Oracle', type: 'organization', aliases: ['Oracle Corp'] }]);
    text = edited(text, { kind: 'merge', name: 'Beijing', into: 'China' });
    text = edited(text, { kind: 'merge', name: 'PRC', into: 'China' });
    text = edited(text, { kind: 'merge', name: 'PRC', into: 'China' });
    assert.deepEqual(JSON.parse(text).merge, [{ into: 'China', names: ['Beijing', 'PRC'] }]);
    text = edited(text, { kind: 'reject', name: 'Google Play' });
    text = edited(text, { kind: 'reject', name: 'Google Play' });
    assert.deepEqual(JSON.parse(text).reject, ['Google Play']);
    assert.deepEqual(parseCuration(text).errors, []);
  });

  it('keeps what else the file holds, and its indentation', () => {
    const text = edited('{\n\t"$schema": "x",\n\t"reject": ["A"]\n}\n', { kind: 'reject', name: 'B' });
    assert.equal(text, '{\n\t"$schema": "x",\n\t"reject": [\n\t\t"A",\n\t\t"B"\n\t]\n}\n');
  });

  it('refuses to touch a file it cannot read as curation, saying why', () => {
    const change = { kind: 'reject', name: 'X' } as const;
    assert.match((editCuration('{ "reject": [ }', change) as { error: string }).error, /not valid JSON.*fix it first/);
    assert.match((editCuration('[]', change) as { error: string }).error, /does not hold a JSON object/);
    assert.match((editCuration('{ "reject": "X" }', change) as { error: string }).error, /"reject" is not a list/);
    assert.match((editCuration('{ "merge": [{ "into": "C" }] }', { kind: 'merge', name: 'B', into: 'C' }) as { error: string }).error, /no list of "names"/);
  });

  it('acts on the whole actor once the index reads the file: a reject or merge of the name takes its aliases along', () => {
    const recognizer = listRecognizer({ 'Donald Trump': 'person', Trump: 'person', 'White House': 'place', Washington: 'place' });
    const index = createIndex({ recognizer });
    index.update('a.txt', 'Talks\n\nDonald Trump spoke at the White House. Trump left for Washington.');
    const apply = (text: string) => index.setCuration(parseCuration(text).curation);
    let text = edited('', { kind: 'type', name: 'White House', type: 'organization' });
    apply(text);
    assert.equal(index.actorNamed('White House')!.type, 'organization');
    text = edited(text, { kind: 'merge', name: 'White House', into: 'Donald Trump' });
    apply(text);
    assert.equal(index.actorNamed('White House'), index.actorNamed('Trump'));
    text = edited(text, { kind: 'reject', name: 'Donald Trump' });
    apply(text);
    assert.equal(index.actorNamed('Trump'), undefined);
    assert.deepEqual(index.actors().filter((actor) => actor.mentionCount > 0).map((actor) => actor.name), ['Washington']);
  });
});
