// Copies of a news corpus, for bench:scale: as many distinct articles as asked, each copy another story.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { listFiles } from '../node/files';

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** First names swapped in a copy, each for the next (so a copy tells of other people). */
const firstNames = 'John David Michael Peter Paul James Robert Mark Richard Tony Gordon Charles Andrew Tom Steve Chris Simon Martin Alan Ian'.split(' ');
const firstName = new RegExp(`\\b(?:${firstNames.join('|')})\\b`, 'g');

/**
 * Copies the corpus into `into` until it holds `count` articles. Every copy is another article, not a copy the index
 * would count once: its title says which update it is, its years move two years back per copy, its common
 * first names are others; its date is in a new file name or a Published: line.
 */
export function replicate(corpus: string, into: string, count: number): number {
  const originals = listFiles(corpus).map((path) => ({ path, text: readFileSync(join(corpus, path), 'utf8') }));
  if (originals.length === 0) throw new Error(`no .txt files under ${corpus}`);
  let written = 0;
  for (let copy = 0; written < count; copy++) {
    for (const [n, original] of originals.entries()) {
      if (written >= count) break;
      const shift = copy * 2;
      const year = 2005 - shift;
      const month = 1 + ((n * 7 + copy) % 12);
      const day = 1 + ((n * 13 + copy * 5) % 28);
      const text = copy === 0 ? original.text : changed(original.text, copy);
      const slug = original.path.replace(/\.txt$/, '').replace(/[/\\]/g, '-');
      const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      const [path, body] =
        copy % 2 === 0
          ? [`${year}/${date}-${slug}.txt`, text]
          : [`archive-${copy}/${slug.split('-')[0]}/${slug}-${copy}.txt`, `${text.split('\n')[0]}\nPublished: ${day} ${months[month - 1]} ${year}\n${text.slice(text.indexOf('\n') + 1)}`];
      mkdirSync(dirname(join(into, path)), { recursive: true });
      writeFileSync(join(into, path), body);
      written++;
    }
  }
  return written;
}

function changed(text: string, copy: number): string {
  const newline = text.indexOf('\n');
  const body = text
    .slice(newline)
    .replace(/\b(19[5-9]\d|20[0-2]\d)\b/g, (y) => String(Number(y) - copy * 2))
    .replace(firstName, (name) => firstNames[(firstNames.indexOf(name) + copy) % firstNames.length]);
  return `${text.slice(0, newline)} (update ${copy})${body}`;
}
