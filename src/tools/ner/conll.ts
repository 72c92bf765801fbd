// Reads CoNLL-2003 files and rebuilds each article as plain text (one sentence per line, tokens
// joined with normal spacing, as in dev-docs) with its entities as character spans, so training
// sees the same raw-text tokenization as recognition.
import { beginTag, entityClasses, insideTag, OUTSIDE } from '../../core/ner/tags';
import type { Tokens } from '../../core/ner/tokenizer';

export interface GoldEntity {
  start: number;
  end: number;
  /** Index into entityClasses (PER, ORG, LOC, MISC). */
  entityClass: number;
}

export interface LabelledDocument {
  text: string;
  entities: GoldEntity[];
}

const noSpaceBefore = new Set([',', '.', ':', ';', ')', ']', '}', '?', '!', '%', "'s", "'S", "n't", "'re", "'ve", "'ll", "'m", "'d", "'"]);
const noSpaceAfter = new Set(['(', '[', '{', '$']);

/** Parses a CoNLL-2003 file (token POS chunk tag per line, -DOCSTART- between articles). */
export function readConll(content: string): LabelledDocument[] {
  const documents: LabelledDocument[] = [];
  for (const block of content.split('-DOCSTART- -X- -X- O')) {
    const sentences = block
      .split(/\n\s*\n/)
      .map((s) => s.split('\n').filter((line) => line.trim() !== '').map((line) => line.split(' ')))
      .filter((s) => s.length > 0);
    if (sentences.length === 0) continue;
    let text = '';
    const entities: GoldEntity[] = [];
    for (const sentence of sentences) {
      if (text) text += '\n';
      let open: GoldEntity | undefined;
      let quoteOpen = false;
      let attachNext = true;
      for (const fields of sentence) {
        const token = fields[0];
        const tag = fields[fields.length - 1];
        let space = !attachNext && !noSpaceBefore.has(token);
        if (token === '"') {
          if (quoteOpen) space = false;
          quoteOpen = !quoteOpen;
        }
        if (space) text += ' ';
        const start = text.length;
        text += token;
        attachNext = noSpaceAfter.has(token) || (token === '"' && quoteOpen);
        const entityClass = tag === 'O' ? -1 : entityClasses.indexOf(tag.slice(2) as (typeof entityClasses)[number]);
        const continues = open && tag.startsWith('I-') && open.entityClass === entityClass;
        if (open && !continues) {
          entities.push(open);
          open = undefined;
        }
        if (continues && open) open.end = text.length;
        else if (entityClass >= 0) open = { start, end: text.length, entityClass };
      }
      if (open) entities.push(open);
    }
    documents.push({ text: text + '\n', entities });
  }
  return documents;
}

/** Gold BIO tags for our tokens of a document: a token inside an entity span gets its tag. */
export function goldTags(tokens: Tokens, entities: GoldEntity[], out: Uint8Array): void {
  out.fill(OUTSIDE, 0, tokens.count);
  let e = 0;
  for (let t = 0; t < tokens.count; t++) {
    const start = tokens.starts[t];
    while (e < entities.length && entities[e].end <= start) e++;
    if (e >= entities.length) break;
    const entity = entities[e];
    if (start < entity.start || start >= entity.end) continue;
    out[t] = start === entity.start ? beginTag(entity.entityClass) : insideTag(entity.entityClass);
  }
}
