// Scores names found against gold mentions by the corpus README's rule (exact character span and
// type, PER/ORG/LOC; a predicted span that is a MISC entity is a false positive), and sorts the
// errors by kind.
export const scoredTypes = ['PER', 'ORG', 'LOC'] as const;

export interface LabelledMention {
  start: number;
  end: number;
  /** PER, ORG, LOC or MISC. */
  type: string;
  /** The real-world entity, where the labels say (hand-labelled sets). */
  actor?: string;
}

export interface FoundMention {
  start: number;
  end: number;
  type: string;
  /** The actor the index put it in (product path). */
  actor?: string;
}

export interface ScoredText {
  name: string;
  text: string;
  gold: LabelledMention[];
  found: FoundMention[];
  /** What the bare recognizer found, to tell errors the index makes from the recognizer's. */
  recognized?: FoundMention[];
}

export type ErrorKind = 'wrong type' | 'wrong type by merge' | 'boundary' | 'missed' | 'missed in dateline' | 'spurious' | 'spurious in dateline';

export interface ScoreError {
  kind: ErrorKind;
  name: string;
  text: string;
  detail: string;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Score {
  counts: Map<string, Counts>;
  errors: ScoreError[];
}

export function f1(c: Counts): { p: number; r: number; f: number } {
  const p = c.tp / Math.max(1, c.tp + c.fp);
  const r = c.tp / Math.max(1, c.tp + c.fn);
  return { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

const datelineLine = /^\s*[\p{Lu}][\p{Lu}\p{L} .,'’()-]*(?:\d{4}-\d{2}-\d{2}|\((?:Reuters|AP|AFP|Bloomberg|UPI|dpa|Xinhua)\)\s*[-–—])/u;

function inDateline(text: string, offset: number): boolean {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = text.indexOf('\n', offset);
  return datelineLine.test(text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd));
}

export function scoreTexts(texts: readonly ScoredText[]): Score {
  const counts = new Map<string, Counts>();
  for (const type of [...scoredTypes, 'ALL']) counts.set(type, { tp: 0, fp: 0, fn: 0 });
  const add = (type: string, field: keyof Counts) => {
    counts.get(type)![field]++;
    counts.get('ALL')![field]++;
  };
  const errors: ScoreError[] = [];
  for (const item of texts) {
    const gold = item.gold;
    const goldBySpan = new Map(gold.map((g) => [`${g.start}:${g.end}`, g]));
    const recognizedBySpan = new Map((item.recognized ?? []).map((m) => [`${m.start}:${m.end}`, m.type]));
    const foundKeys = new Set(item.found.map((m) => `${m.start}:${m.end}:${m.type}`));
    const overlaps = <T extends { start: number; end: number }>(a: { start: number; end: number }, list: readonly T[]) =>
      list.find((b) => b.start < a.end && a.start < b.end);
    const error = (kind: ErrorKind, span: { start: number; end: number }, detail: string) =>
      errors.push({ kind, name: item.name, text: item.text.slice(span.start, span.end), detail });
    for (const m of item.found) {
      const match = goldBySpan.get(`${m.start}:${m.end}`);
      if (match?.type === m.type) {
        add(m.type, 'tp');
        continue;
      }
      add(m.type, 'fp');
      if (match && match.type !== 'MISC') {
        const recognized = recognizedBySpan.get(`${m.start}:${m.end}`);
        error(recognized === match.type ? 'wrong type by merge' : 'wrong type', m, `${m.type}, gold ${match.type}${recognized && recognized !== m.type ? `, recognizer ${recognized}` : ''}`);
      } else if (match) error('spurious', m, `${m.type}, gold MISC`);
      else {
        const near = overlaps(m, gold);
        if (near) error('boundary', m, `${m.type}, gold "${item.text.slice(near.start, near.end)}" ${near.type}`);
        else error(inDateline(item.text, m.start) ? 'spurious in dateline' : 'spurious', m, m.type);
      }
    }
    for (const g of gold) {
      if (!(scoredTypes as readonly string[]).includes(g.type) || foundKeys.has(`${g.start}:${g.end}:${g.type}`)) continue;
      add(g.type, 'fn');
      const sameSpan = item.found.some((m) => m.start === g.start && m.end === g.end);
      if (sameSpan || overlaps(g, item.found)) continue; // counted with the found mention
      error(inDateline(item.text, g.start) ? 'missed in dateline' : 'missed', g, g.type);
    }
  }
  return { counts, errors };
}

export function scoreTable(counts: Map<string, Counts>): string {
  const pct = (x: number) => (100 * x).toFixed(1).padStart(7);
  const lines = ['type  precision recall     F1     tp     fp     fn'];
  for (const [type, c] of counts) {
    const { p, r, f } = f1(c);
    lines.push(`${type.padEnd(5)} ${pct(p)} ${pct(r)} ${pct(f)} ${String(c.tp).padStart(6)} ${String(c.fp).padStart(6)} ${String(c.fn).padStart(6)}`);
  }
  return lines.join('\n');
}

export function errorSummary(errors: readonly ScoreError[]): string {
  const byKind = new Map<string, number>();
  for (const e of errors) byKind.set(e.kind, (byKind.get(e.kind) ?? 0) + 1);
  return [...byKind].sort((a, b) => b[1] - a[1]).map(([kind, n]) => `${kind} ${n}`).join(' · ');
}

/**
 * How well mentions are grouped into actors, on the gold mentions the index found with the exact span:
 * each article's distinct spellings of an entity are one unit (so frequent names do not weigh
 * quadratically); a pair of units is right when the labels and the index agree on whether they are
 * one actor. Counted over the pairs that either side puts together.
 */
export function groupingScore(texts: readonly ScoredText[]): { pairs: number; right: number; splits: number; merges: number; examples: string[] } {
  interface Unit {
    gold: string;
    found: string;
    label: string;
  }
  const units = new Map<string, Unit>();
  for (const item of texts) {
    const foundBySpan = new Map(item.found.map((m) => [`${m.start}:${m.end}`, m]));
    for (const g of item.gold) {
      const m = foundBySpan.get(`${g.start}:${g.end}`);
      if (!g.actor || !m?.actor) continue;
      const spelling = item.text.slice(g.start, g.end).toLowerCase();
      const key = `${item.name}\u0000${spelling}\u0000${g.actor}`;
      if (!units.has(key)) units.set(key, { gold: g.actor, found: m.actor, label: `${item.text.slice(g.start, g.end)} (${item.name})` });
    }
  }
  const list = [...units.values()];
  let pairs = 0;
  let right = 0;
  let splits = 0;
  let merges = 0;
  const examples: string[] = [];
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      const sameGold = list[i].gold === list[j].gold;
      const sameFound = list[i].found === list[j].found;
      if (!sameGold && !sameFound) continue;
      pairs++;
      if (sameGold === sameFound) right++;
      else if (sameGold) {
        splits++;
        if (examples.length < 400) examples.push(`split: ${list[i].label} / ${list[j].label} [${list[i].gold}]`);
      } else {
        merges++;
        if (examples.length < 400) examples.push(`merge: ${list[i].label} [${list[i].gold}] / ${list[j].label} [${list[j].gold}]`);
      }
    }
  }
  return { pairs, right, splits, merges, examples };
}
