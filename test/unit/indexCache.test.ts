import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NumberList } from '../../src/core/base';
import { type Curation, parseCuration } from '../../src/core/actors';
import { AnalysisCache, analyzeArticle, createIndex, restoreAnalysis, storeAnalysis, unpackMentions } from '../../src/core/indexing';
import { createRecognizer } from '../../src/core/ner';
import { createDossier, curationFile, defaultFileSettings } from '../../src/core/service';
import { createAnalysisPool } from '../../src/node/analysisPool';
import { folderStorage, folderWorkspace } from '../../src/node/folderWorkspace';
import { actorView, listRecognizer, seedArticle } from './support';

const recognizer = listRecognizer({ 'Donald Trump': 'person', Trump: 'person', TikTok: 'organization', ByteDance: 'organization', China: 'place' });
const names = ['tiktok-ramps-up-defense.txt', 'tiktok-exploring-all-remedies.txt'] as const;

describe('Article analysis and the index cache', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'dossier-cache-'));
    for (const name of names) writeFileSync(join(dir, name), seedArticle(name));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** The service's read of the folder, with a cache (written whole before this resolves) and a curation file if given. */
  const load = async (cacheDir = join(dir, '.cache'), curation?: Curation) => {
    if (curation) {
      mkdirSync(join(dir, '.dossier'), { recursive: true });
      writeFileSync(join(dir, curationFile), JSON.stringify({ actors: curation.actors, merge: curation.merges, reject: curation.rejects }));
    }
    const warnings: string[] = [];
    const dossier = createDossier({
      workspace: folderWorkspace(dir),
      settings: defaultFileSettings,
      model: async () => new Uint8Array([1]),
      recognizer: () => recognizer,
      cache: { storage: folderStorage(cacheDir), code: async () => new Uint8Array([2]) },
      logger: { info: () => undefined, warn: (message) => warnings.push(message) },
    });
    await dossier.whenReady();
    await dossier.writeCache();
    dossier.dispose();
    return { index: dossier.index, stats: dossier.stats, warnings };
  };

  it('survives a round trip through its stored form', () => {
    const text = seedArticle(names[0]);
    const analysis = analyzeArticle(names[0], text, recognizer);
    const again = restoreAnalysis(JSON.parse(JSON.stringify(storeAnalysis(analysis))));
    assert.deepEqual(again.entities, analysis.entities);
    assert.deepEqual(again.sentences.list(), analysis.sentences.list());
    assert.deepEqual(unpackMentions(again.found, text), unpackMentions(analysis.found, text));
    assert.ok(analysis.entities.length > 0);
    const plain = (a: typeof analysis) => JSON.parse(JSON.stringify({ ...a, entities: undefined }));
    assert.deepEqual(plain(again), plain(analysis));
    // Entities restored with the same votes share one frozen list of them.
    const votes = again.entities.map((entity) => entity.typeVotes);
    const other = restoreAnalysis(JSON.parse(JSON.stringify(storeAnalysis(analysis)))).entities.map((entity) => entity.typeVotes);
    votes.forEach((list, i) => assert.ok(list === other[i] && Object.isFrozen(list)));
  });

  it('gives the same index from analyses made elsewhere as from update(), with or without curation', async () => {
    const { index } = await load();
    const direct = createIndex({ recognizer });
    for (const name of names) direct.update(name, seedArticle(name));
    // (analyses passed as JSON lack the keys of undefined fields)
    const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value));
    assert.deepEqual(index.actors().map(actorView), direct.actors().map(actorView));
    assert.deepEqual(plain(index.events()), plain(direct.events()));
    const curation = parseCuration('{ "actors": [{ "name": "Eileen Yu", "type": "person" }], "reject": ["China"] }').curation;
    const curated = (await load(join(dir, '.cache'), curation)).index;
    direct.setCuration(curation);
    assert.ok(direct.actorNamed('Eileen Yu'));
    assert.deepEqual(curated.actors().map(actorView), direct.actors().map(actorView));
    assert.deepEqual(plain(curated.events()), plain(direct.events()));
    index.setCuration(curation);
    assert.deepEqual(index.actors().map(actorView), direct.actors().map(actorView));
  });

  it('serves unchanged files from the cache and analyses changed ones', async () => {
    const first = await load();
    assert.deepEqual([first.stats.fromCache, first.stats.analyzed, first.stats.skipped], [0, 2, 0]);
    const second = await load();
    assert.equal(second.stats.fromCache, 2);
    assert.equal(second.stats.analyzed, 0);
    // Shards are ASCII (beyond it, characters are escaped), and give back the texts as they were.
    const cacheDir = join(dir, '.cache');
    for (const file of readdirSync(cacheDir)) assert.ok(readFileSync(join(cacheDir, file)).every((byte) => byte < 0x80), file);
    for (const name of names) assert.equal(second.index.article(name)?.text, seedArticle(name));
    assert.ok(/[^\x00-\x7f]/.test(seedArticle(names[0]) + seedArticle(names[1])));
    writeFileSync(join(dir, names[0]), seedArticle(names[0]) + '\nTrump spoke again.\n');
    utimesSync(join(dir, names[0]), new Date(), new Date(Date.now() + 5000));
    const third = await load();
    assert.equal(third.stats.fromCache, 1);
    assert.equal(third.stats.analyzed, 1);
  });

  it('reports a corrupt shard, deletes it and analyses its articles again', async () => {
    await load();
    const cacheDir = join(dir, '.cache');
    for (const file of readdirSync(cacheDir)) writeFileSync(join(cacheDir, file), '{"format": "analysis-v1-test-", "entries": {"x": 1');
    const { stats, warnings, index } = await load();
    assert.equal(stats.analyzed, 2);
    assert.ok(warnings.some((w) => /corrupt/.test(w)), warnings.join('\n'));
    assert.ok(index.actorNamed('Trump'));
    assert.equal((await load()).stats.fromCache, 2);
  });

  it('analyses again an article whose cached analysis is malformed, and says so', async () => {
    await load();
    const cacheDir = join(dir, '.cache');
    for (const file of readdirSync(cacheDir)) {
      const shard = JSON.parse(readFileSync(join(cacheDir, file), 'utf8'));
      for (const key in shard.entries) if (key === names[0]) shard.entries[key].analysis.n = [{ key: 7 }];
      writeFileSync(join(cacheDir, file), JSON.stringify(shard));
    }
    const { stats, warnings, index } = await load();
    assert.deepEqual([stats.fromCache, stats.analyzed], [1, 1]);
    assert.ok(warnings.some((w) => /1 cached analysis is malformed/.test(w)), warnings.join('\n'));
    assert.ok(index.actorNamed('Trump'));
  });

  it('starts a new cache when the format or model changes', async () => {
    await load();
    const cacheDir = join(dir, '.cache');
    const shards = readdirSync(cacheDir);
    const other = new AnalysisCache(folderStorage(cacheDir), 'another-model');
    assert.equal((await other.readAll((analysis) => analysis)).size, 0);
    assert.ok(readdirSync(cacheDir).every((file) => !shards.includes(file)));
  });
});

describe('Analysis in worker threads', () => {
  it('gives the same analyses as this thread (dist/indexWorker.js with the shipped model)', async function () {
    this.timeout(60_000);
    const root = join(__dirname, '..', '..', '..');
    const workerFile = join(root, 'dist', 'indexWorker.js');
    if (!existsSync(workerFile)) this.skip(); // built by npm run build
    const model = new Uint8Array(readFileSync(join(root, 'media', 'ner', 'model.bin')));
    const real = createRecognizer(model);
    const pool = createAnalysisPool(workerFile, model, 2);
    try {
      for (const name of names) {
        const text = seedArticle(name);
        assert.deepEqual(JSON.parse(await pool.analyze(name, text)), JSON.parse(JSON.stringify(storeAnalysis(analyzeArticle(name, text, real)))));
      }
    } finally {
      pool.dispose();
    }
  });
});

describe('NumberList', () => {
  it('reads its text when first asked, and a malformed text as empty', () => {
    assert.deepEqual(NumberList.fromText('0,52,53,120').list(), [0, 52, 53, 120]);
    assert.deepEqual(NumberList.fromText('').list(), []);
    assert.deepEqual(NumberList.fromText('1,2,x').list(), []);
    assert.deepEqual(NumberList.fromText('1.5,2').list(), []);
    assert.throws(() => NumberList.fromText([1, 2]));
    assert.equal(JSON.stringify({ s: NumberList.of([3, 4]) }), '{"s":"3,4"}');
  });
});
