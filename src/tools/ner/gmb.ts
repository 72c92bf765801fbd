// The GMB extract (Voice of America news, silver labels), read for the names it labels. Its person
// names begin with titles CoNLL leaves out, which are taken off.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';

/** GMB sentences as (word, tag) rows; the zip holds one deflated file. */
export function readGmb(extra: string): [string, string][][] {
  const zip = readFileSync(join(extra, 'gmb-ner-kaggle', 'raw', 'ner_dataset.csv.zip'));
  const nameLength = zip.readUInt16LE(26);
  const extraLength = zip.readUInt16LE(28);
  const size = zip.readUInt32LE(18);
  const csv = inflateRawSync(zip.subarray(30 + nameLength + extraLength, 30 + nameLength + extraLength + size)).toString('latin1');
  const sentences: [string, string][][] = [];
  for (const line of csv.split('\n').slice(1)) {
    if (!line) continue;
    const first = line.indexOf(',');
    const last = line.lastIndexOf(',');
    const pos = line.lastIndexOf(',', last - 1);
    if (first > 0 || sentences.length === 0) sentences.push([]);
    sentences[sentences.length - 1].push([line.slice(first + 1, pos), line.slice(last + 1).trim()]);
  }
  return sentences;
}

const gmbTitles = new Set(
  'President Prime Minister Mr. Mrs. Ms. Dr. Secretary General Gen. Senator Sen. King Queen Prince Pope Chancellor Foreign Defense Vice Chairman Chief Governor Gov. Mayor Premier Sheikh Ayatollah Cardinal Judge Colonel Captain Rev. Lieutenant Commander Ambassador Deputy Senate Former Opposition Leader Leaders Minster Justice Interior Finance State Spokesman'.split(' '),
);

/** GMB person names begin with titles that CoNLL leaves out ("President Bush"): they become O. */
export function stripTitles(sentence: [string, string][]): [string, string][] {
  const out: [string, string][] = sentence.map(([w, t]) => [w, t]);
  for (let i = 0; i < out.length; i++) {
    if (out[i][1] !== 'B-per') continue;
    let j = i;
    while (j < out.length && (j === i || out[j][1] === 'I-per') && gmbTitles.has(out[j][0])) j++;
    if (j === i) continue;
    for (let k = i; k < j; k++) out[k][1] = 'O';
    if (j < out.length && out[j][1] === 'I-per') out[j][1] = 'B-per';
  }
  return out;
}
