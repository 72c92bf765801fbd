// Hand-labelled articles of the BBC corpus: labels (offsets, types, actor keys) in the repository,
// texts read from ../shared/corpus, checked by hash so a label never lands on another text.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { entityClasses } from '../../core/ner/tags';
import type { LabelledDocument } from './conll';

export interface LabelledMention {
  start: number;
  end: number;
  /** PER, ORG, LOC or MISC. */
  type: string;
  /** The real-world entity (the evaluation set names them). */
  actor?: string;
}

export interface LabelledArticle {
  /** The path in the corpus folder, e.g. politics/047.txt. */
  name: string;
  text: string;
  mentions: LabelledMention[];
}

/** The labelled articles of a folder of label files (none when the folder is missing). */
export function readLabelledArticles(labelDir: string, corpusDir: string): LabelledArticle[] {
  if (!existsSync(labelDir)) return [];
  return readdirSync(labelDir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const labels = JSON.parse(readFileSync(join(labelDir, name), 'utf8'));
      const bytes = readFileSync(join(corpusDir, labels.file));
      if (createHash('sha256').update(bytes).digest('hex') !== labels.sha256) throw new Error(`${labels.file} is not the text ${name} labels`);
      return { name: labels.file, text: bytes.toString('utf8'), mentions: labels.mentions };
    });
}

/** A labelled article as the trainer reads one. */
export function trainingDocument(article: LabelledArticle): LabelledDocument {
  const entities = article.mentions.map((m) => ({ start: m.start, end: m.end, entityClass: entityClasses.indexOf(m.type as (typeof entityClasses)[number]) }));
  if (entities.some((e) => e.entityClass < 0)) throw new Error(`${article.name}: a label of unknown type`);
  return { text: article.text, entities };
}
