// Command line: `node dist/cli.js index <folder> [--json] [--all] [--sources GLOB] [--cache DIR]`, `node dist/cli.js cite <note.md> [--print]`.
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { actorTypes, type DossierIndex, plural, toJson, typeLabels } from './core';
import { cite } from './node/cite';
import { folderDossier } from './node/folderDossier';

const usage = `Usage: dossier index <folder> [--json] [--all] [--sources GLOB] [--cache DIR]
       dossier cite <note.md> [--print]

index: indexes the news texts under <folder> (default pattern **/*.txt) and
prints a summary: the most mentioned actors of each type and the oldest dated
events (--all: every one), or with --json the articles, actors and events as JSON.
--cache DIR keeps the analyses in DIR, so the next run reads only changed texts.
cite: writes the note's brief beside it (<note>.brief.md and .brief.html):
every quote's citation resolved to title, date and path, the sources listed,
stale quotes apart; with --print, prints the Markdown instead.`;

/** What the summary lists unless --all. */
const shownActors = 15;
const shownEvents = 40;

async function main(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(usage);
    return 0;
  }
  const valueOf = (option: string) => (args.includes(option) ? args[args.indexOf(option) + 1] : undefined);
  const [command, folder] = args.filter((arg, i) => !arg.startsWith('--') && args[i - 1] !== '--sources' && args[i - 1] !== '--cache');
  if (command === 'cite' && folder) return cite(folder, args.includes('--print'));
  if (command !== 'index' || !folder) {
    console.error(usage);
    return 2;
  }
  const root = resolve(folder);
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    console.error(`dossier: no such folder: ${folder}`);
    return 1;
  }
  const include = valueOf('--sources');
  const cacheDir = valueOf('--cache');
  const dossier = folderDossier(root, {
    settings: include ? { sources: include } : {},
    cacheDir: cacheDir && resolve(cacheDir),
    display: { curationProblems: (key, errors) => errors.forEach((error) => console.error(`dossier: ${key}: ${error}`)) },
    // Skipped files are listed below from dossier.skipped; other warnings (copies of an article) as they come.
    logger: { info: () => undefined, warn: (message) => message.startsWith('Skipped ') || console.error(`dossier: ${message}`) },
  });
  try {
    await dossier.whenReady();
    for (const [path, reason] of dossier.skipped) console.error(`dossier: skipped ${path}: ${reason}`);
    const index = dossier.index;
    if (index.stats().articles === 0) {
      const found = dossier.skipped.size > 0;
      console.error(found ? 'dossier: nothing could be indexed' : `dossier: no news texts (${include ?? '**/*.txt'}) under ${folder}`);
      return 1;
    }
    console.log(args.includes('--json') ? JSON.stringify(toJson(index)) : summary(index, dossier.skipped.size, args.includes('--all')));
    await dossier.writeCache();
    return 0;
  } finally {
    dossier.dispose();
  }
}

function summary(index: DossierIndex, skipped: number, all: boolean): string {
  const stats = index.stats();
  const lines = [`${stats.articles} articles · ${stats.actors} actors · ${stats.events} events${skipped ? ` · ${skipped} files skipped` : ''}`, ''];
  for (const type of actorTypes) {
    const actors = index.actors(type);
    const top = all ? actors : actors.slice(0, shownActors);
    const label = typeLabels[type];
    lines.push(top.length < actors.length ? `${label} (top ${top.length} of ${actors.length} ${label.toLowerCase()}; --all for all):` : `${label}:`);
    for (const actor of top) {
      const aliases = actor.aliases.length ? ` (also ${actor.aliases.slice(0, 4).join(', ')})` : '';
      lines.push(`  ${actor.name}${aliases} — ${plural(actor.mentionCount, 'mention')} in ${plural(actor.articleCount, 'article')}`);
    }
  }
  const dated = index.events().filter((e) => e.date);
  const shown = all ? dated : dated.slice(0, shownEvents);
  lines.push('', shown.length < dated.length ? `Timeline (oldest ${shown.length} of ${dated.length} dated events; --all for all):` : `Timeline (${dated.length} dated events):`);
  for (const event of shown) lines.push(`  ${event.date!.padEnd(10)} ${event.summary}  [${event.path}]`);
  return lines.join('\n');
}

if (require.main === module) void main(process.argv.slice(2)).then((code) => (process.exitCode = code));
