// `node dist/tools/benchCitations.js [corpus]` (npm run bench:citations): checks 2,000 quotes in 200 notes
// against their sources and prints the time as a ratio to reading those notes (see citationBench.ts).
// The corpus (../shared/corpus/bbc) is copied into a temporary folder first. Before that, every sentence
// of the corpus is quoted and read back. bench:scale runs the same check over its 20,000 articles.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { anchorOf, balanceQuote, findQuotes, formatQuote, reanchor, SourceText } from '../core/citations';
import { benchCitationChecks, roughSentences } from './citationBench';

const corpus = resolve(process.argv[2] ?? join('..', 'shared', 'corpus', 'bbc'));

function textFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? textFiles(path) : name.endsWith('.txt') && name !== 'README.TXT' ? [path] : [];
  });
}

/** Every sentence of the corpus quoted: how many the balancing of quotation marks moves, and whether each reads back exact. */
function roundTrips(files: string[]): string {
  let count = 0;
  let grown = 0;
  let shrunk = 0;
  let failed = 0;
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const source = new SourceText(text);
    for (const sentence of roughSentences(text)) {
      count++;
      const span = balanceQuote(text, sentence);
      if (span.end - span.start > sentence.end - sentence.start) grown++;
      else if (span.end - span.start < sentence.end - sentence.start) shrunk++;
      const [quote] = findQuotes(formatQuote(source, sentence, 'Title', 'x.txt'));
      const found = quote && reanchor(source, { exact: quote.text, line: quote.line, ...quote.anchor });
      if (!found || found.kind !== 'exact' || quote.text !== anchorOf(source, span).exact) failed++;
    }
  }
  return `${count} sentences quoted: ${grown} grown to their closing or opening mark, ${shrunk} lost an unbalanced mark, ${failed} not read back exact`;
}

async function main(): Promise<void> {
  const files = textFiles(corpus);
  if (files.length === 0) throw new Error(`no .txt files under ${corpus}`);
  console.log(`Corpus: ${corpus} (${files.length} articles)`);
  console.log(roundTrips(files));
  const folder = mkdtempSync(join(tmpdir(), 'dossier-citations-'));
  try {
    cpSync(corpus, join(folder, 'sources'), { recursive: true });
    const paths = textFiles(join(folder, 'sources'));
    const texts = new Map(paths.map((path) => [path, readFileSync(path, 'utf8')]));
    await benchCitationChecks({ paths, text: (path) => texts.get(path) }, folder, 9);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`benchCitations: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
