// The service over a folder on disk (as the command line and the benchmarks read one): bad input of
// every kind is skipped and reported, symbolic links add no copies, excluded folders are not entered.
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDossier, defaultFileSettings } from '../../src/core/service';
import { listFiles } from '../../src/node/files';
import { folderWorkspace } from '../../src/node/folderWorkspace';
import { listRecognizer } from './support';

const story = 'Oracle weighs a bid\n\nOracle is in talks with ByteDance, Microsoft said.\n';

describe('A folder on disk as the workspace', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'dossier-folder-'));
    const bad = join(dir, 'sources', 'bad');
    mkdirSync(bad, { recursive: true });
    writeFileSync(join(dir, 'sources', 'good.txt'), story);
    writeFileSync(join(bad, 'binary.txt'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 31) % 256)));
    writeFileSync(join(bad, 'invalid-utf8.txt'), Buffer.from([0x4f, 0x72, 0x61, 0xc3, 0x28, 0xa0, 0xa1, 0x0a, 0xff, 0xfe, 0xfd]));
    writeFileSync(join(bad, 'empty.txt'), '');
    writeFileSync(join(bad, 'blank.txt'), '   \n\n  \n');
    writeFileSync(join(bad, 'huge.txt'), 'Oracle said the talks continue. '.repeat(96 * 1024)); // 3 MB
    writeFileSync(join(bad, 'utf16le.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(story.replace('weighs', 'makes'), 'utf16le')]));
    writeFileSync(join(bad, 'long-line.txt'), 'A very long line\n\n' + 'Oracle and ByteDance met again in talks about TikTok, '.repeat(20_000));
    symlinkSync('..', join(bad, 'loop'));
    symlinkSync('loop', join(bad, 'self'));
    symlinkSync(join(dir, 'sources', 'good.txt'), join(bad, 'linked.txt'));
    mkdirSync(join(dir, 'node_modules', 'pkg'), { recursive: true });
    writeFileSync(join(dir, 'node_modules', 'pkg', 'readme.txt'), story);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('lists the texts in order, a linked text where the link is, never through a folder link or an excluded folder', () => {
    assert.deepEqual(listFiles(dir), [
      'sources/bad/binary.txt',
      'sources/bad/blank.txt',
      'sources/bad/empty.txt',
      'sources/bad/huge.txt',
      'sources/bad/invalid-utf8.txt',
      'sources/bad/linked.txt',
      'sources/bad/long-line.txt',
      'sources/bad/utf16le.txt',
      'sources/good.txt',
    ]);
    assert.deepEqual(listFiles(dir, '**/*.txt', []).filter((path) => path.startsWith('node_modules')), ['node_modules/pkg/readme.txt']);
  });

  it('skips and reports bad input of every kind, and indexes the rest', async () => {
    const warnings: string[] = [];
    const dossier = createDossier({
      workspace: folderWorkspace(dir),
      settings: { ...defaultFileSettings, maxFileSizeMB: 2 },
      model: async () => new Uint8Array([1]),
      recognizer: () => listRecognizer({ Oracle: 'organization', ByteDance: 'organization', Microsoft: 'organization' }),
      logger: { info: () => undefined, warn: (message) => warnings.push(message) },
    });
    await dossier.whenReady();
    dossier.dispose();
    const skipped = Object.fromEntries([...dossier.skipped].map(([key, reason]) => [key.replace('sources/bad/', ''), reason]));
    assert.match(skipped['binary.txt'], /binary/);
    assert.match(skipped['invalid-utf8.txt'], /not valid UTF-8/);
    assert.match(skipped['empty.txt'], /empty/);
    assert.match(skipped['blank.txt'], /no text/);
    assert.match(skipped['huge.txt'], /larger than 2 MB/);
    for (const name of Object.keys(skipped)) assert.ok(warnings.some((w) => w.startsWith('Skipped') && w.includes(name)), `${name} not reported`);
    const indexed = dossier.index.articles().map((article) => article.path);
    // The link and the file it links to are one article, read twice.
    assert.deepEqual(indexed, ['sources/bad/linked.txt', 'sources/bad/long-line.txt', 'sources/bad/utf16le.txt']);
    assert.ok(warnings.includes('sources/good.txt is a copy of sources/bad/linked.txt: counted once'), warnings.join('\n'));
    assert.equal(dossier.index.actorNamed('Oracle')?.articleCount, 3);
  });
});
