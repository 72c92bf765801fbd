// `dossier cite NOTE.md [--print]`: the note's brief (every citation resolved to title, date and path,
// the sources listed, the stale quotes apart), written beside it as NOTE.brief.md and NOTE.brief.html,
// or printed. The sources are read as the note's links name them; no index is needed.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { briefOf, briefPaths, plural } from '../core';

export async function cite(note: string, print: boolean): Promise<number> {
  const path = resolve(note);
  if (!existsSync(path)) {
    console.error(`dossier: no such note: ${note}`);
    return 1;
  }
  const brief = await briefOf(path, readFileSync(path, 'utf8'), (source) => readFile(source, 'utf8').catch(() => undefined));
  for (const stale of brief.stale) console.error(`dossier: ${note}: [${stale.number}] line ${stale.line}: ${stale.message}`);
  if (print) {
    process.stdout.write(brief.markdown);
    return 0;
  }
  const paths = briefPaths(path);
  writeFileSync(paths.markdown, brief.markdown);
  writeFileSync(paths.html, brief.html);
  const stale = brief.stale.length > 0 ? `, ${plural(brief.stale.length, 'stale quote')}` : '';
  console.log(`Wrote ${relative('.', paths.markdown)} and ${relative('.', paths.html)} (${plural(brief.sources.length, 'source')}${stale}).`);
  return 0;
}
