// Scores the actor recognizer on raw articles with gold entities (CoNLL dev-docs layout:
// NAME.txt + NAME.gold.json) by the corpus README's rule: exact character span and type,
// person/organization/place ↔ PER/ORG/LOC, a predicted span that is a MISC entity counts as a
// false positive, micro-averaged. Also measures throughput. Folders without gold files (e.g. the
// BBC corpus) are only timed.
// Usage: node dist/tools/evalNer.js [<docs-dir>] [--model <file>] [--errors]
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createRecognizer } from '../core/ner';
import type { EntityMention } from '../core/base/types';
import { textFilesUnder } from '../node/files';
import { findRoot, modelPath } from '../node/model';

const typeNames: Record<string, string> = { person: 'PER', organization: 'ORG', place: 'LOC' };
const scoredTypes = ['PER', 'ORG', 'LOC'];

interface GoldEntity {
  type: string;
  text: string;
  start: number;
  end: number;
}

function main(): void {
  const args = process.argv.slice(2);
  const root = findRoot();
  const modelArg = args.indexOf('--model');
  const model = resolve(modelArg >= 0 ? args[modelArg + 1] : join(root, modelPath));
  const showErrors = args.includes('--errors');
  const positional = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--model');
  const dir = resolve(positional[0] ?? join(root, '..', 'shared', 'corpus', 'conll2003', 'dev-docs'));
  if (!existsSync(dir)) {
    console.error(`No such folder: ${dir}`);
    process.exit(1);
  }
  const files = textFilesUnder(dir);
  const texts = files.map((path) => readFileSync(path, 'utf8'));
  const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0);

  const loadStart = process.hrtime.bigint();
  const recognizer = createRecognizer(new Uint8Array(readFileSync(model)));
  const loadSeconds = Number(process.hrtime.bigint() - loadStart) / 1e9;
  const results: EntityMention[][] = [];
  const timeStart = process.hrtime.bigint();
  for (const text of texts) results.push(recognizer.recognize(text));
  const seconds = Number(process.hrtime.bigint() - timeStart) / 1e9;
  const warmStart = process.hrtime.bigint();
  for (const text of texts) recognizer.recognize(text);
  const warmSeconds = Number(process.hrtime.bigint() - warmStart) / 1e9;

  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  for (const type of [...scoredTypes, 'ALL']) counts.set(type, { tp: 0, fp: 0, fn: 0 });
  let scored = 0;
  files.forEach((path, i) => {
    const goldPath = path.replace(/\.txt$/, '.gold.json');
    if (!existsSync(goldPath)) return;
    scored++;
    const gold: GoldEntity[] = JSON.parse(readFileSync(goldPath, 'utf8')).entities;
    const goldKeys = new Map(gold.map((e) => [`${e.start}:${e.end}`, e]));
    const predictedKeys = new Set<string>();
    for (const mention of results[i]) {
      const type = typeNames[mention.type];
      const key = `${mention.start}:${mention.end}`;
      predictedKeys.add(`${key}:${type}`);
      const match = goldKeys.get(key);
      const hit = match?.type === type;
      for (const bucket of [type, 'ALL']) {
        const c = counts.get(bucket)!;
        if (hit) c.tp++;
        else c.fp++;
      }
      if (!hit && showErrors) {
        console.log(`FP ${path.split('/').pop()} ${type} "${mention.text}"${match ? ` (gold ${match.type})` : ''}`);
      }
    }
    for (const entity of gold) {
      if (!scoredTypes.includes(entity.type)) continue;
      if (predictedKeys.has(`${entity.start}:${entity.end}:${entity.type}`)) continue;
      counts.get(entity.type)!.fn++;
      counts.get('ALL')!.fn++;
      if (showErrors) console.log(`FN ${path.split('/').pop()} ${entity.type} "${entity.text}"`);
    }
  });

  if (scored > 0) {
    console.log(`Scored ${scored} articles in ${dir}`);
    console.log('type   precision  recall     F1     tp     fp     fn');
    for (const [type, c] of counts) {
      const p = c.tp / Math.max(1, c.tp + c.fp);
      const r = c.tp / Math.max(1, c.tp + c.fn);
      const f = p + r === 0 ? 0 : (2 * p * r) / (p + r);
      const pct = (x: number) => (100 * x).toFixed(2).padStart(9);
      console.log(`${type.padEnd(5)} ${pct(p)} ${pct(r)} ${pct(f)} ${String(c.tp).padStart(6)} ${String(c.fp).padStart(6)} ${String(c.fn).padStart(6)}`);
    }
  }
  const mb = bytes / 1e6;
  console.log(
    `Speed: ${files.length} files, ${mb.toFixed(2)} MB: ${(mb / seconds).toFixed(1)} MB/s cold (${seconds.toFixed(2)} s), ` +
      `${(mb / warmSeconds).toFixed(1)} MB/s warm (${warmSeconds.toFixed(2)} s); model load ${(loadSeconds * 1000).toFixed(0)} ms`,
  );
}

main();
