import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../runner/paths';
import { until, workbench } from './workbench';

const planted = path.join(repoRoot, 'test', 'fixtures', 'review');

// The newsroom with made-up texts planted (test/fixtures/review): Harlan Ltd, whose mentions split
// between organization and person, and two likely duplicates, NWA and Damien Hockney.
describe('Doubt and the Review view', () => {
  const folder = () => workbench().folder;
  const curation = () => JSON.parse(fs.readFileSync(path.join(folder(), '.dossier', 'actors.json'), 'utf8'));
  const reviewLabels = async () => (await workbench().treeRows('Review', { atLeast: 0 })).map((row) => row.label);

  before(async () => {
    await workbench().waitUntilReady();
    fs.mkdirSync(path.join(folder(), 'sources', 'review'));
    for (const name of fs.readdirSync(planted).filter((file) => file.endsWith('.txt'))) fs.copyFileSync(path.join(planted, name), path.join(folder(), 'sources', 'review', name));
    fs.copyFileSync(path.join(planted, 'review.md'), path.join(folder(), 'notes', 'review.md'));
    await workbench().statusItem(/Dossier: 11 articles · /, 30_000);
  });

  after(async () => {
    await workbench().dismissHover();
    await workbench().runCommand('View: Close All Editors');
    for (const file of [path.join('sources', 'review'), path.join('notes', 'review.md'), '.dossier']) fs.rmSync(path.join(folder(), file), { recursive: true, force: true });
    await workbench().statusItem(/Dossier: 2 articles · /, 30_000);
    await workbench().showViewContainer('Explorer');
  });

  it('marks a doubtful actor in its hover card and in the Actors tree', async () => {
    await workbench().openFile('notes/review.md');
    assert.match(await workbench().hover('Harlan Ltd'), /Harlan · organization\? 3 of 6 mentions say person/);
    await workbench().dismissHover();
    await workbench().showViewContainer('Dossier');
    await workbench().collapseView('Events');
    await workbench().collapseView('Review');
    await workbench().collapseView('Citations');
    assert.equal(await workbench().treeRowIcon('Actors', 'Harlan'), 'question');
    assert.equal(await workbench().treeRowIcon('Actors', 'Donald Trump'), 'person');
  });

  it('lists the planted duplicates and the split vote, with why', async () => {
    await workbench().collapseView('Actors');
    const rows = new Map((await workbench().treeRows('Review', { atLeast: 3 })).map((row) => [row.label, row.description]));
    assert.equal(rows.get('NWA'), 'also a name of Nordic Wind Alliance');
    assert.equal(rows.get('Damien Hockney'), 'another spelling of Damian Hockney');
    assert.equal(rows.get('Harlan'), 'organization? 3 of 6 mentions say person');
    const labels = [...rows.keys()];
    assert.ok(labels.indexOf('NWA') < labels.indexOf('Harlan'), `most mentioned first: ${labels.join(', ')}`);
  });

  it('merges two selected rows at once and changes a type in one click: the file, the tree and the hover follow', async () => {
    await workbench().selectTreeRows('Review', ['NWA', 'Damien Hockney']);
    await workbench().clickTreeRowAction('Review', 'NWA', 'Merge into the Suggestion');
    await workbench().page.locator('.notification-toast', { hasText: '2 actors merged' }).first().waitFor({ timeout: 10_000 });
    assert.deepEqual(curation().merge, [
      { into: 'Nordic Wind Alliance', names: ['NWA'] },
      { into: 'Damian Hockney', names: ['Damien Hockney'] },
    ]);

    await workbench().clickTreeRowAction('Review', 'Harlan', 'Change Type');
    await workbench().page.locator('.notification-toast', { hasText: 'Harlan is now a person' }).first().waitFor({ timeout: 10_000 });
    assert.deepEqual(curation().actors, [{ name: 'Harlan', type: 'person' }]);
    await until('the rows to leave the Review view', async () => !(await reviewLabels()).some((label) => ['NWA', 'Damien Hockney', 'Harlan'].includes(label)));

    await workbench().view('Actors');
    const people = (await workbench().treeRows('Actors')).map((row) => row.label);
    assert.ok(!people.includes('NWA') && !people.includes('Damien Hockney'), people.join(', '));
    await until('Harlan shown as a person', async () => (await workbench().treeRowIcon('Actors', 'Harlan')) === 'person');
    await workbench().openFile('notes/review.md');
    assert.match(await workbench().hover('Harlan Ltd'), /Harlan · person · curated/);
    await workbench().dismissHover();
    assert.match(await workbench().hover('NWA'), /Nordic Wind Alliance · organization/);
  });
});
