// Timings as ratios to a baseline measured in the same run: the two are timed in turn, several rounds,
// so that the machine's drift (other work, frequency) hits both, and the medians are compared.
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { decodeText } from '../core/text/decode';

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export interface Paired {
  baseline: number;
  subject: number;
  /** The median of the rounds' ratios. */
  ratio: number;
  /** Every round's ratio, lowest first. */
  ratios: number[];
}

/** Times baseline, subject, baseline, subject… for `rounds` rounds (each returns its own time); the medians. */
export async function interleave(rounds: number, baseline: () => number | Promise<number>, subject: () => number | Promise<number>): Promise<Paired> {
  const pairs: [number, number][] = [];
  for (let i = 0; i < rounds; i++) pairs.push([await baseline(), await subject()]);
  return paired(pairs);
}

/** (baseline, subject) pairs measured side by side: the medians of each, and the median of the pairs' ratios (drift hits both of a pair). */
export function paired(pairs: readonly [number, number][]): Paired {
  const ratios = pairs.map(([b, s]) => s / b).sort((a, b) => a - b);
  return { baseline: median(pairs.map((p) => p[0])), subject: median(pairs.map((p) => p[1])), ratio: median(ratios), ratios };
}

/** How busy the machine is (other processes share it): the load average over a minute, and the cores. */
export function machineLoad(): string {
  return `load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores`;
}

export function header(): void {
  console.log(`${'figure'.padEnd(40)} ${'ratio'.padStart(8)}  ${'goal'.padEnd(8)} ${'verdict'.padEnd(7)} information`);
}

/** A ratio with its goal (at most `goal`) and verdict; without a goal, for information (without a ratio, only that). */
export function ratioRow(label: string, ratio: number | undefined, goal: number | undefined, note: string): boolean {
  const pass = goal === undefined || (ratio !== undefined && ratio <= goal);
  const verdict = goal === undefined ? '' : pass ? 'PASS' : 'MISS';
  const shown = ratio === undefined ? '—' : `${ratio.toFixed(2)}×`;
  console.log(`${label.padEnd(40)} ${shown.padStart(8)}  ${(goal === undefined ? '' : `≤ ${goal}×`).padEnd(8)} ${verdict.padEnd(7)} ${note}`);
  return pass;
}

/** "1.23 s" or "4.5 ms". */
export function duration(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : ms >= 1 ? `${ms.toFixed(1)} ms` : `${ms.toFixed(3)} ms`;
}

export function msSince(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Milliseconds a piece of work takes. */
export function millisecondsOf(work: () => unknown): number {
  const start = process.hrtime.bigint();
  work();
  return msSince(start);
}

/**
 * The throughput baseline: read every file, decode it and split it into words with one regex pass, the
 * least any indexer does. Milliseconds and the words found.
 */
export function readAndSplit(folder: string, paths: readonly string[]): { ms: number; words: number } {
  const start = process.hrtime.bigint();
  let words = 0;
  for (const path of paths) {
    const decoded = decodeText(readFileSync(join(folder, path)));
    if ('text' in decoded) words += decoded.text.match(wordPattern)?.length ?? 0;
  }
  return { ms: msSince(start), words };
}

const wordPattern = /[\p{L}\p{N}]+/gu;

/** The latency baseline: one `Map.get` per word of a line, in a map of `keys`. Milliseconds. */
export function mapGetLoop(keys: Map<string, unknown>, line: string): number {
  const words = line.split(' ');
  const start = process.hrtime.bigint();
  for (const word of words) if (keys.get(word) !== undefined) found++;
  return msSince(start);
}

/** Names found by the latency baseline (kept, so the loop is not optimised away). */
export let found = 0;
