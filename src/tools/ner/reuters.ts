// Reuters-21578 (newswire of 1987, research use), unlabelled: the bodies of its articles as plain
// text, one paragraph a line, for the word clusters and capitalization habits.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const entities: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&#3;': '' };

export function reutersTexts(extra: string): string[] {
  const dir = join(extra, 'reuters21578', 'raw');
  const texts: string[] = [];
  for (const name of readdirSync(dir).filter((n) => /^reut2-\d+\.sgm$/.test(n)).sort()) {
    const sgml = readFileSync(join(dir, name), 'latin1');
    for (const [, body] of sgml.matchAll(/<BODY>([\s\S]*?)<\/BODY>/g)) {
      const text = body
        .replace(/&lt;|&gt;|&amp;|&#3;/g, (e) => entities[e])
        .replace(/\s*Reuter\s*$/, '')
        .replace(/\n(?!\s)/g, ' ')
        .replace(/\n\s+/g, '\n');
      texts.push(text.trim() + '\n');
    }
  }
  return texts;
}
