import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newsroom } from './support';

const cli = join(__dirname, '..', '..', '..', 'dist', 'cli.js');

interface CliJson {
  version: number;
  articles: { path: string; title: string; published: string | null }[];
  actors: { id: string; name: string; type: string; aliases: string[]; mentions: { path: string; start: number; end: number }[] }[];
  events: { id: string; date: string | null; precision: string | null; dateText: string; summary: string; actors: string[]; about: string[]; path: string; start: number; end: number }[];
}

describe('command line', function () {
  this.timeout(60_000);
  let output: CliJson;
  before(() => {
    output = JSON.parse(execFileSync('node', [cli, 'index', join(newsroom, 'sources'), '--json'], { encoding: 'utf8' }));
  });

  it('prints the documented JSON shape', () => {
    assert.deepEqual(Object.keys(output), ['version', 'articles', 'actors', 'events']);
    assert.equal(output.version, 1);
    assert.deepEqual(Object.keys(output.articles[0]), ['path', 'title', 'published']);
    assert.deepEqual(Object.keys(output.actors[0]), ['id', 'name', 'type', 'aliases', 'mentions']);
    assert.deepEqual(Object.keys(output.actors[0].mentions[0]), ['path', 'start', 'end']);
    assert.deepEqual(Object.keys(output.events[0]), ['id', 'date', 'precision', 'dateText', 'summary', 'actors', 'about', 'path', 'start', 'end']);
    assert.deepEqual(
      output.articles.map((a) => [a.path, a.published]),
      [
        ['tiktok-exploring-all-remedies.txt', null],
        ['tiktok-ramps-up-defense.txt', '2020-08-18'],
      ],
    );
  });

  it('lists the actors of the seed articles with their types', () => {
    const typeOf = (name: string) => output.actors.find((a) => a.name === name)?.type;
    const expected: Record<string, string> = {
      'Donald Trump': 'person',
      'Zhao Lijian': 'person',
      'Eileen Yu': 'person',
      TikTok: 'organization',
      ByteDance: 'organization',
      Oracle: 'organization',
      Microsoft: 'organization',
      'Sequoia Capital': 'organization',
      UnitedMasters: 'organization',
      Tencent: 'organization',
      China: 'place',
      Singapore: 'place',
      'New Zealand': 'place',
    };
    for (const [name, type] of Object.entries(expected)) assert.equal(typeOf(name), type, name);
    assert.ok(output.actors.find((a) => a.name === 'Donald Trump')!.aliases.includes('Trump'));
  });

  it('gives mention offsets into the decoded text', () => {
    for (const actor of output.actors.slice(0, 10)) {
      for (const mention of actor.mentions) {
        const text = readFileSync(join(newsroom, 'sources', mention.path), 'utf8');
        const written = text.slice(mention.start, mention.end);
        assert.ok(written === actor.name || actor.aliases.includes(written), `${written} is a name of ${actor.name}`);
      }
    }
  });

  it('lists the dated events of the AFP article', () => {
    const dates = new Set(output.events.map((e) => e.date));
    for (const date of ['2020-08-17', '2020-08-14', '2020-08-06', '2020-08-18']) assert.ok(dates.has(date), date);
    const hub = output.events.find((e) => e.date === '2020-08-17' && /information hub/.test(e.summary));
    assert.ok(hub);
    assert.equal(hub.precision, 'day');
    const trump = output.actors.find((a) => a.name === 'Donald Trump')!;
    assert.ok(hub.actors.includes(trump.id));
  });

  it('prints a readable summary, and fails clearly on bad input', () => {
    const summary = execFileSync('node', [cli, 'index', join(newsroom, 'sources')], { encoding: 'utf8' });
    assert.match(summary, /^2 articles · \d+ actors · \d+ events/);
    assert.match(summary, /Timeline/);
    const missing = spawnSync('node', [cli, 'index', join(newsroom, 'no-such-folder')], { encoding: 'utf8' });
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /no such folder/);
    const folder = mkdtempSync(join(tmpdir(), 'dossier-cli-'));
    try {
      writeFileSync(join(folder, 'binary.txt'), Buffer.from([0x89, 0x50, 0, 1, 2]));
      const binary = spawnSync('node', [cli, 'index', folder], { encoding: 'utf8' });
      assert.equal(binary.status, 1);
      assert.match(binary.stderr, /skipped binary\.txt: binary file/);
      writeFileSync(join(folder, 'story.txt'), 'A story\n\nMicrosoft bought a firm in 2019.');
      const partial = spawnSync('node', [cli, 'index', folder], { encoding: 'utf8' });
      assert.equal(partial.status, 0);
      assert.match(partial.stdout, /1 files skipped/);
      // The folder's corrections apply, as in the extension.
      mkdirSync(join(folder, '.dossier'));
      writeFileSync(join(folder, '.dossier', 'actors.json'), JSON.stringify({ actors: [{ name: 'Northwind Traders', type: 'organization' }] }));
      writeFileSync(join(folder, 'story.txt'), 'A story\n\nNorthwind Traders bought a firm in 2019.');
      const curated = JSON.parse(execFileSync('node', [cli, 'index', folder, '--json'], { encoding: 'utf8', stdio: 'pipe' })) as CliJson;
      assert.equal(curated.actors.find((actor) => actor.name === 'Northwind Traders')?.type, 'organization');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('keeps the analyses in a --cache folder, and answers the same from it', () => {
    const cache = mkdtempSync(join(tmpdir(), 'dossier-cli-cache-'));
    try {
      const run = () => execFileSync('node', [cli, 'index', join(newsroom, 'sources'), '--json', '--cache', cache], { encoding: 'utf8' });
      assert.deepEqual(JSON.parse(run()), output);
      assert.ok(readdirSync(cache).some((name) => name.startsWith('analysis-')));
      assert.deepEqual(JSON.parse(run()), output);
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  });

  it('answers --help with the usage and exit code 0', () => {
    const help = spawnSync('node', [cli, '--help'], { encoding: 'utf8' });
    assert.equal(help.status, 0);
    assert.match(help.stdout, /^Usage: dossier index <folder> \[--json\] \[--all\]/);
    assert.equal(spawnSync('node', [cli], { encoding: 'utf8' }).status, 2);
  });

  it('says what the summary left out, and lists everything with --all', () => {
    const folder = mkdtempSync(join(tmpdir(), 'dossier-cli-'));
    try {
      const people = ['Anna Kowalski', 'Peter Brennan', 'Maria Lopez', 'John Fletcher', 'Sarah Mitchell', 'David Harper', 'Laura Jensen', 'Michael Turner', 'Emma Watson', 'James Carter'];
      const names = [...people, ...people.map((name) => name.replace(/^\S+/, 'Paul'))];
      writeFileSync(join(folder, 'story.txt'), `Twenty officials met in London\n\n${names.map((name) => `${name} said on Monday that the talks would go on.`).join(' ')}\n`);
      const summary = execFileSync('node', [cli, 'index', folder], { encoding: 'utf8' });
      assert.match(summary, /^People \(top 15 of 20 people; --all for all\):$/m);
      const all = execFileSync('node', [cli, 'index', folder, '--all'], { encoding: 'utf8' });
      assert.match(all, /^People:$/m);
      assert.ok(names.every((name) => all.includes(`  ${name} `)), all);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it("cite: writes a note's brief beside it, or prints it", () => {
    const folder = mkdtempSync(join(tmpdir(), 'dossier-cite-'));
    try {
      mkdirSync(join(folder, 'notes'));
      mkdirSync(join(folder, 'sources'));
      writeFileSync(join(folder, 'sources', 'bridge.txt'), 'Council approves new bridge\nPublished: 2024-03-05\n\nThe vote was seven to two.\n');
      const note = join(folder, 'notes', 'week.md');
      writeFileSync(note, '# Week\n\n> The vote was seven to two.\n>\n> — [Bridge, line 4](../sources/bridge.txt#L4)\n\n> Gone.\n>\n> — [Rail, line 1](../sources/rail.txt#L1)\n');
      const written = spawnSync('node', [cli, 'cite', note], { encoding: 'utf8', cwd: folder });
      assert.equal(written.status, 0, written.stderr);
      assert.match(written.stdout, /^Wrote notes\/week\.brief\.md and notes\/week\.brief\.html \(2 sources, 1 stale quote\)\.$/m);
      assert.match(written.stderr, /\[2\] line 1: source not found/);
      const brief = readFileSync(join(folder, 'notes', 'week.brief.md'), 'utf8');
      assert.match(brief, /^> — \[Council approves new bridge, 2024-03-05, line 4\]\(\.\.\/sources\/bridge\.txt#L4\) \\\[1\\\]$/m);
      assert.match(brief, /^1\. Council approves new bridge — 2024-03-05 — /m);
      assert.match(readFileSync(join(folder, 'notes', 'week.brief.html'), 'utf8'), /<h2>Sources<\/h2>/);
      const printed = spawnSync('node', [cli, 'cite', note, '--print'], { encoding: 'utf8' });
      assert.equal(printed.stdout, brief);
      assert.equal(spawnSync('node', [cli, 'cite', join(folder, 'none.md')], { encoding: 'utf8' }).status, 1);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
