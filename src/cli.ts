// Command line: `node dist/cli.js index <folder> [--json] [--sources GLOB]`.
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { plural } from './core/base';
import { type DossierIndex, createIndex } from './core/index/dossierIndex';
import { listFiles, readText } from './node/folder';
import { loadRecognizer } from './tools/loadModel';

const usage = `Usage: dossier index <folder> [--json] [--sources GLOB]

Indexes the news texts under <folder> (default pattern **/*.txt) and prints
a summary, or with --json the articles, actors and events as JSON.`;

function main(args: string[]): number {
  const [command, folder] = args.filter((arg, i) => !arg.startsWith('--') && args[i - 1] !== '--sources');
  if (command !== 'index' || !folder) {
    console.error(usage);
    return 2;
  }
  const root = resolve(folder);
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    console.error(`dossier: no such folder: ${folder}`);
    return 1;
  }
  const include = args.includes('--sources') ? args[args.indexOf('--sources') + 1] : undefined;
  const index = createIndex({ recognizer: loadRecognizer() });
  const files = listFiles(root, { include });
  let skipped = 0;
  for (const path of files) {
    const read = readText(join(root, path));
    if ('skipped' in read) {
      console.error(`dossier: skipped ${path}: ${read.skipped}`);
      skipped++;
    } else index.update(path, read.text);
  }
  if (index.stats().articles === 0) {
    console.error(files.length === 0 ? `dossier: no news texts (${include ?? '**/*.txt'}) under ${folder}` : 'dossier: nothing could be indexed');
    return 1;
  }
  console.log(args.includes('--json') ? JSON.stringify(toJson(index)) : summary(index, skipped));
  return 0;
}

export function toJson(index: DossierIndex) {
  return {
    version: 1,
    articles: index.articles().map((a) => ({ path: a.path, title: a.title, published: a.published ?? null })),
    actors: index.actors().map((actor) => ({
      id: actor.id,
      name: actor.name,
      type: actor.type,
      aliases: actor.aliases,
      mentions: actor.mentions.map((m) => ({ path: m.path, start: m.start, end: m.end })),
    })),
    events: index.events().map((e) => ({
      id: e.id,
      date: e.date ?? null,
      precision: e.precision ?? null,
      dateText: e.dateText,
      summary: e.summary,
      actors: e.actors,
      path: e.path,
      start: e.start,
      end: e.end,
    })),
  };
}

function summary(index: DossierIndex, skipped: number): string {
  const stats = index.stats();
  const lines = [`${stats.articles} articles · ${stats.actors} actors · ${stats.events} events${skipped ? ` · ${skipped} files skipped` : ''}`, ''];
  for (const type of ['person', 'organization', 'place'] as const) {
    const top = index.actors(type).slice(0, 15);
    lines.push(`${type === 'person' ? 'People' : type === 'organization' ? 'Organizations' : 'Places'}:`);
    for (const actor of top) {
      const aliases = actor.aliases.length ? ` (also ${actor.aliases.slice(0, 4).join(', ')})` : '';
      lines.push(`  ${actor.name}${aliases} — ${plural(actor.mentionCount, 'mention')} in ${plural(actor.articleCount, 'article')}`);
    }
  }
  const dated = index.events().filter((e) => e.date);
  lines.push('', `Timeline (${dated.length} dated events):`);
  for (const event of dated.slice(0, 40)) lines.push(`  ${event.date!.padEnd(10)} ${event.summary}  [${event.path}]`);
  return lines.join('\n');
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
