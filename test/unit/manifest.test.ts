import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { curationExample, parseCuration } from '../../src/core/actors/curation';
import { actorTypes } from '../../src/core/base';
import { commands } from '../../src/editor/commands';

const root = join(__dirname, '..', '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** Every string under `value` that names a file of the extension. */
function filePaths(value: unknown): string[] {
  if (typeof value === 'string') return /^\.?\/?(media|syntaxes)\//.test(value) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(filePaths);
  if (value && typeof value === 'object') return Object.values(value).flatMap(filePaths);
  return [];
}

describe('manifest', () => {
  it('names only files that exist', () => {
    const paths = filePaths(manifest.contributes);
    assert.ok(paths.length >= 2, 'expected the view icon and the grammar');
    for (const path of paths) assert.ok(existsSync(join(root, path)), `${path} is missing`);
  });

  it('validates .dossier/actors.json with a schema that knows what the parser knows', () => {
    const [validation] = manifest.contributes.jsonValidation;
    assert.equal(validation.fileMatch, '**/.dossier/actors.json');
    const schema = JSON.parse(readFileSync(join(root, validation.url), 'utf8'));
    assert.deepEqual(Object.keys(schema.properties).sort(), ['$schema', 'accept', 'actors', 'merge', 'reject']);
    assert.deepEqual(schema.properties.actors.items.properties.type.enum, [...actorTypes]);
    assert.deepEqual(parseCuration(curationExample).errors, []);
  });

  it('has what the marketplace shows: a PNG icon, repository, bugs, categories vsce accepts, keywords', () => {
    assert.match(manifest.icon, /\.png$/);
    assert.deepEqual([...readFileSync(join(root, manifest.icon)).subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47]);
    assert.match(manifest.repository.url, /^https:\/\//);
    assert.match(manifest.bugs.url, /^https:\/\//);
    const allowed = ['AI', 'Azure', 'Chat', 'Data Science', 'Debuggers', 'Education', 'Extension Packs', 'Formatters', 'Keymaps', 'Language Packs', 'Linters', 'Machine Learning', 'Notebooks', 'Other', 'Programming Languages', 'SCM Providers', 'Snippets', 'Testing', 'Themes', 'Visualization'];
    for (const category of manifest.categories) assert.ok(allowed.includes(category), category);
    assert.ok(manifest.keywords.length > 0 && manifest.keywords.length <= 30);
  });

  it('starts on a folder of news texts, and wraps them through a language default, not a user setting', () => {
    assert.ok(manifest.activationEvents.includes('workspaceContains:**/*.txt'));
    assert.ok(manifest.activationEvents.includes('workspaceContains:**/*.md'));
    assert.deepEqual(manifest.contributes.configurationDefaults, { '[dossier-news]': { 'editor.wordWrap': 'on' } });
    assert.ok(manifest.contributes.languages.some((language: { id: string }) => language.id === 'dossier-news'));
  });

  it('contributes exactly the commands the extension registers', () => {
    const contributed = manifest.contributes.commands.map((command: { command: string }) => command.command).sort();
    assert.deepEqual(contributed, Object.values(commands).sort());
  });

  it('has a title for every contributed command used in a menu', () => {
    const commands = new Set<string>(manifest.contributes.commands.map((command: { command: string }) => command.command));
    const menus = Object.values(manifest.contributes.menus as Record<string, { command: string }[]>).flat();
    for (const item of menus) assert.ok(commands.has(item.command), `menu item ${item.command} is not a contributed command`);
  });
});

describe('reference grammar', () => {
  const grammar = JSON.parse(readFileSync(join(root, 'syntaxes', 'dossier-references.tmLanguage.json'), 'utf8'));
  const pattern = new RegExp(grammar.repository.reference.match, 'g');

  it('matches [[Name]] and [[Alias|shown text]], capturing the name and the text', () => {
    const matches = [...'See [[TikTok]] and [[Trump|the president]].'.matchAll(pattern)];
    assert.deepEqual(
      matches.map((match) => [match[2], match[4]]),
      [
        ['TikTok', undefined],
        ['Trump', 'the president'],
      ],
    );
  });

  it('does not match across lines or plain links', () => {
    assert.equal('[[Tik\nTok]] and [link](x)'.match(pattern), null);
  });
});
