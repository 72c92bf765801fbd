import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRecognizer, knownType } from '../../src/core/ner';
import { KnownNames } from '../../src/core/ner/knowledge';

describe('NER world knowledge', () => {
  const recognizer = createRecognizer(new Uint8Array(readFileSync(join(__dirname, '..', '..', '..', 'media', 'ner', 'model.bin'))));

  it('gives whole names the type the shipped lists agree on', () => {
    assert.equal(recognizer.knownType('Bosch'), 'organization');
    assert.equal(recognizer.knownType('Symantec'), 'organization');
    assert.equal(recognizer.knownType('Sheffield'), 'place');
    assert.equal(recognizer.knownType('Leicestershire'), 'place');
    assert.equal(recognizer.knownType('Tony Blair'), 'person');
  });

  it('ignores case, spacing and a leading "the", and knows nothing of made-up names', () => {
    assert.equal(recognizer.knownType('SHEFFIELD'), 'place');
    assert.equal(recognizer.knownType('the  Netherlands'), 'place');
    assert.equal(recognizer.knownType('Zorblax Quimfont'), undefined);
  });

  it('leaves out names the lists disagree on', () => {
    const known = new KnownNames({ person: 'jordan\ntony blair', organization: '', place: 'jordan' });
    assert.equal(known.knownType('Jordan'), undefined);
    assert.equal(known.knownType('Tony Blair'), 'person');
  });

  it('answers undefined for a recognizer without knowledge', () => {
    assert.equal(knownType({ recognize: () => [] }, 'Sheffield'), undefined);
    assert.equal(knownType(recognizer, 'Sheffield'), 'place');
  });
});
