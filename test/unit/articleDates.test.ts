// Dates the user gives articles: the dates file and the setting, read and checked; the order of the
// dates; the index dating an article's events again; the service following the file.
import * as assert from 'node:assert/strict';
import { createIndex } from '../../src/core/indexing';
import { datesFile, defaultFileSettings, editDatesFile, isIsoDate, parseDates, parseDatesFile } from '../../src/core/service';
import { dateResolver, folderPrefix } from '../../src/core/service/articleDates';
import { MemoryWorkspace, openDossier } from './memoryWorkspace';
import { listRecognizer } from './support';

const recognizer = listRecognizer({ Oracle: 'organization', TikTok: 'organization' });
const undated = 'Oracle bids for TikTok\n\nOracle made a bid for TikTok on Friday, people familiar with the matter said.\n';
const dated = 'Oracle wins TikTok\n\nPublished: 18 Aug 2020\n\nOracle won the bid for TikTok on Monday.\n';

describe('article dates: the file and the setting', () => {
  it('accepts only real days written YYYY-MM-DD', () => {
    assert.ok(isIsoDate('2005-01-15'));
    for (const text of ['2005-02-30', '2005-1-15', '15/01/2005', '2005-01-15T00:00', '']) assert.ok(!isIsoDate(text), text);
  });

  it('reads a dates file; malformed JSON is one message and no dates', () => {
    assert.deepEqual([...parseDatesFile('{ "sources/a.txt": "2005-01-15" }').dates], [['sources/a.txt', '2005-01-15']]);
    assert.deepEqual(parseDatesFile('').errors, []);
    const broken = parseDatesFile('{ "sources/a.txt": "2005-01-15", ');
    assert.equal(broken.dates.size, 0);
    assert.equal(broken.errors.length, 1);
    assert.match(broken.errors[0], /^not valid JSON/);
    assert.match(parseDatesFile('["a"]').errors[0], /expected an object/);
  });

  it('keeps the valid entries of a setting and names each malformed one', () => {
    const result = parseDates({ './sources/bbc/': '2005-01-15', 'sources/cnn': '15 Jan 2005', 'sources/x': 2005, '.': '2004-12-31' }, 'folder');
    assert.deepEqual([...result.dates], [['sources/bbc', '2005-01-15'], ['', '2004-12-31']]);
    assert.equal(result.errors.length, 2);
    assert.match(result.errors[0], /"sources\/cnn": expected a date written YYYY-MM-DD \(got "15 Jan 2005"\)/);
    assert.match(parseDates('2005-01-15', 'folder').errors[0], /expected an object of folder to date/);
    assert.deepEqual(parseDates(undefined), { dates: new Map(), errors: [] });
  });

  it('edits a dates file: sets, replaces and removes one date, and leaves a broken file alone', () => {
    const first = editDatesFile(undefined, 'sources/b.txt', '2005-01-15');
    assert.deepEqual(first, { text: '{\n  "sources/b.txt": "2005-01-15"\n}\n' });
    const second = editDatesFile((first as { text: string }).text, 'sources/a.txt', '2004-03-01') as { text: string };
    assert.deepEqual(Object.keys(JSON.parse(second.text)), ['sources/a.txt', 'sources/b.txt']);
    assert.deepEqual(JSON.parse((editDatesFile(second.text, 'sources/b.txt', undefined) as { text: string }).text), { 'sources/a.txt': '2004-03-01' });
    assert.ok('error' in editDatesFile('{ oops', 'sources/a.txt', '2005-01-15'));
  });

  it("gives an article its own date, else its deepest folder's default", () => {
    const files = [{ prefix: folderPrefix('file:///ws/.dossier/dates.json'), dates: new Map([['sources/bbc/1.txt', '2005-03-03']]) }];
    const folders = new Map([['sources', '2001-01-01'], ['sources/bbc', '2005-01-15']]);
    const resolve = dateResolver(files, folders, (key) => key.replace('file:///ws/', ''));
    assert.deepEqual(resolve('file:///ws/sources/bbc/1.txt'), { date: '2005-03-03', source: 'set' });
    assert.deepEqual(resolve('file:///ws/sources/bbc/2.txt'), { date: '2005-01-15', source: 'folder' });
    assert.deepEqual(resolve('file:///ws/sources/cnn/1.txt'), { date: '2001-01-01', source: 'folder' });
    assert.equal(resolve('file:///ws/notes/1.txt'), undefined);
    assert.equal(folderPrefix(datesFile), '');
  });
});

describe('article dates in the index', () => {
  const summaries = (index: ReturnType<typeof createIndex>) => index.events().map((event) => `${event.date ?? '?'} ${event.dateText}`);

  it('dates the events of an article from the date given it, and undoes it', () => {
    const index = createIndex({ recognizer });
    index.update('a.txt', undated);
    assert.deepEqual(summaries(index), ['? on Friday']);
    assert.equal(index.article('a.txt')!.published, undefined);
    index.setArticleDates((path) => (path === 'a.txt' ? { date: '2005-01-15', source: 'set' } : undefined)); // a Saturday
    assert.deepEqual(summaries(index), ['2005-01-14 on Friday']);
    assert.equal(index.article('a.txt')!.published, '2005-01-15');
    assert.equal(index.article('a.txt')!.dateSource, 'set');
    assert.deepEqual(index.eventsOf(index.actorNamed('Oracle')!.id).map((event) => event.date), ['2005-01-14'], 'the new events have their actors');
    index.setArticleDates(() => undefined);
    assert.deepEqual(summaries(index), ['? on Friday']);
  });

  it('puts a date set first, then the text, then the folder default; an article read later gets its date too', () => {
    const index = createIndex({ recognizer });
    index.setArticleDates(() => ({ date: '2005-01-15', source: 'folder' }));
    index.update('a.txt', undated);
    index.update('b.txt', dated);
    assert.equal(index.article('a.txt')!.dateSource, 'folder');
    assert.equal(index.article('b.txt')!.published, '2020-08-18', 'the text wins over a default');
    assert.equal(index.article('b.txt')!.dateSource, 'text');
    index.setArticleDates(() => ({ date: '2021-08-18', source: 'set' }));
    assert.equal(index.article('b.txt')!.published, '2021-08-18', 'a date set wins over the text');
    assert.ok(summaries(index).includes('2021-08-16 on Monday'), summaries(index).join());
  });
});

describe('article dates in the service', () => {
  it('reads .dossier/dates.json and the setting, follows changes, and reports a broken file without stopping', async () => {
    const workspace = new MemoryWorkspace({ 'sources/a.txt': undated, 'sources/b.txt': undated.replace('Friday', 'Tuesday'), [datesFile]: '{ "sources/a.txt": "2005-01-15" }' });
    const problems: string[] = [];
    const { dossier, warnings } = openDossier(workspace, recognizer, { display: { curationProblems: (_key, errors) => problems.push(...errors) }, delays: { change: 10 } });
    try {
      await dossier.whenReady();
      const dateOf = (path: string) => dossier.index.article(path)?.published;
      assert.equal(dateOf('sources/a.txt'), '2005-01-15');
      assert.equal(dateOf('sources/b.txt'), undefined);
      dossier.updateSettings({ ...defaultFileSettings, articleDates: new Map([['sources', '2004-06-01']]) });
      assert.equal(dateOf('sources/b.txt'), '2004-06-01');
      workspace.write(datesFile, '{ "sources/a.txt": ');
      await new Promise((resolve) => setTimeout(resolve, 50));
      assert.equal(problems.length, 1);
      assert.match(warnings.join('\n'), /dates\.json: not valid JSON/);
      assert.equal(dateOf('sources/a.txt'), '2004-06-01', 'the broken file gives no date; the default still does');
    } finally {
      dossier.dispose();
    }
  });
});
