// Word clusters from unlabelled text, in two steps that together stand in for Brown clustering:
// 1. the exchange algorithm (Kneser & Ney) moves each word to the class that most improves the
//    class-bigram likelihood, for a few passes over the vocabulary;
// 2. Brown's agglomerative merging of those classes (greedy, by least loss of mutual information)
//    builds a binary tree, so each word gets a bit-string path whose prefixes are coarser clusters.
// Deterministic: words are visited in frequency order and ties go to the lowest class.

export interface ClusterOptions {
  classes: number;
  passes: number;
  log?: (message: string) => void;
}

/** Paths are (1 << length) | bits, at most this many bits long. */
export const maxPathLength = 24;

/**
 * Clusters words 0..wordCount-1 (ids sorted by descending frequency) given the id sequences of
 * sentences (-1 marks a word outside the vocabulary). Returns a path code per word.
 */
export function clusterWords(sentences: Int32Array[], wordCount: number, options: ClusterOptions): Uint32Array {
  const K = Math.min(options.classes, wordCount);
  const log = options.log ?? (() => undefined);
  const counts = new Float64Array(wordCount);
  const bigrams = new Map<number, number>();
  let total = 0;
  for (const sentence of sentences) {
    for (let i = 0; i < sentence.length; i++) {
      const w = sentence[i];
      if (w < 0) continue;
      counts[w]++;
      total++;
      const next = i + 1 < sentence.length ? sentence[i + 1] : -1;
      if (next >= 0) bigrams.set(w * wordCount + next, (bigrams.get(w * wordCount + next) ?? 0) + 1);
    }
  }
  const graph = buildGraph(bigrams, wordCount);
  const f = xLogXTable(total + 1);

  // Exchange: class bigram counts N[c * K + d] and transposed NT[d * K + c].
  const classOf = new Int32Array(wordCount);
  for (let w = 0; w < wordCount; w++) classOf[w] = w % K;
  const N = new Int32Array(K * K);
  const NT = new Int32Array(K * K);
  const classCounts = new Float64Array(K);
  for (let w = 0; w < wordCount; w++) {
    classCounts[classOf[w]] += counts[w];
    for (let j = graph.nextStart[w]; j < graph.nextStart[w + 1]; j++) {
      const c = classOf[w];
      const d = classOf[graph.nextWord[j]];
      N[c * K + d] += graph.nextCount[j];
      NT[d * K + c] += graph.nextCount[j];
    }
  }
  const right = new Int32Array(K);
  const left = new Int32Array(K);
  const touchedRight: number[] = [];
  const touchedLeft: number[] = [];
  const delta = new Float64Array(K);
  for (let pass = 0; pass < options.passes; pass++) {
    let moved = 0;
    for (let w = 0; w < wordCount; w++) {
      // Neighbour class counts of w, excluding w itself.
      let self = 0;
      touchedRight.length = 0;
      touchedLeft.length = 0;
      for (let j = graph.nextStart[w]; j < graph.nextStart[w + 1]; j++) {
        const v = graph.nextWord[j];
        if (v === w) {
          self += graph.nextCount[j];
          continue;
        }
        const c = classOf[v];
        if (right[c] === 0) touchedRight.push(c);
        right[c] += graph.nextCount[j];
      }
      for (let j = graph.previousStart[w]; j < graph.previousStart[w + 1]; j++) {
        const v = graph.previousWord[j];
        if (v === w) continue;
        const c = classOf[v];
        if (left[c] === 0) touchedLeft.push(c);
        left[c] += graph.previousCount[j];
      }
      const from = classOf[w];
      const n = counts[w];
      moveWord(from, -1);
      // Gain of putting w into each class.
      for (let k = 0; k < K; k++) delta[k] = -2 * (f[classCounts[k] + n] - f[classCounts[k]]);
      for (const c of touchedRight) {
        const r = right[c];
        const row = c * K;
        for (let k = 0; k < K; k++) {
          const x = NT[row + k];
          delta[k] += f[x + r] - f[x];
        }
      }
      for (const c of touchedLeft) {
        const l = left[c];
        const row = c * K;
        for (let k = 0; k < K; k++) {
          const x = N[row + k];
          delta[k] += f[x + l] - f[x];
        }
      }
      for (let k = 0; k < K; k++) {
        const r = right[k];
        const l = left[k];
        if (r === 0 && l === 0 && self === 0) continue;
        const x = N[k * K + k];
        delta[k] += f[x + r + l + self] - f[x] - (f[x + r] - f[x]) - (f[x + l] - f[x]);
      }
      let best = from;
      for (let k = 0; k < K; k++) if (delta[k] > delta[best] + 1e-9) best = k;
      moveWord(best, 1);
      if (best !== from) moved++;
      classOf[w] = best;
      for (const c of touchedRight) right[c] = 0;
      for (const c of touchedLeft) left[c] = 0;

      function moveWord(k: number, sign: number): void {
        for (const c of touchedRight) {
          N[k * K + c] += sign * right[c];
          NT[c * K + k] += sign * right[c];
        }
        for (const c of touchedLeft) {
          N[c * K + k] += sign * left[c];
          NT[k * K + c] += sign * left[c];
        }
        N[k * K + k] += sign * self;
        NT[k * K + k] += sign * self;
        classCounts[k] += sign * n;
      }
    }
    log(`  exchange pass ${pass + 1}: ${moved} words moved`);
    if (moved === 0) break;
  }

  const classPaths = mergeClasses(N, classCounts, K, f);
  const paths = new Uint32Array(wordCount);
  for (let w = 0; w < wordCount; w++) paths[w] = classPaths[classOf[w]];
  return paths;
}

interface Graph {
  nextStart: Int32Array;
  nextWord: Int32Array;
  nextCount: Int32Array;
  previousStart: Int32Array;
  previousWord: Int32Array;
  previousCount: Int32Array;
}

/** Adjacency lists (CSR) of the word bigram graph in both directions, in a fixed order. */
function buildGraph(bigrams: Map<number, number>, wordCount: number): Graph {
  const pairs = [...bigrams.keys()].sort((a, b) => a - b);
  const nextStart = new Int32Array(wordCount + 1);
  const previousStart = new Int32Array(wordCount + 1);
  for (const pair of pairs) {
    nextStart[Math.floor(pair / wordCount) + 1]++;
    previousStart[(pair % wordCount) + 1]++;
  }
  for (let w = 0; w < wordCount; w++) {
    nextStart[w + 1] += nextStart[w];
    previousStart[w + 1] += previousStart[w];
  }
  const nextWord = new Int32Array(pairs.length);
  const nextCount = new Int32Array(pairs.length);
  const previousWord = new Int32Array(pairs.length);
  const previousCount = new Int32Array(pairs.length);
  const nextFill = nextStart.slice(0, wordCount);
  const previousFill = previousStart.slice(0, wordCount);
  for (const pair of pairs) {
    const a = Math.floor(pair / wordCount);
    const b = pair % wordCount;
    const count = bigrams.get(pair) ?? 0;
    nextWord[nextFill[a]] = b;
    nextCount[nextFill[a]++] = count;
    previousWord[previousFill[b]] = a;
    previousCount[previousFill[b]++] = count;
  }
  return { nextStart, nextWord, nextCount, previousStart, previousWord, previousCount };
}

function xLogXTable(size: number): Float64Array {
  const table = new Float64Array(size + 1);
  for (let x = 1; x <= size; x++) table[x] = x * Math.log(x);
  return table;
}

/**
 * Greedy agglomerative merging of K classes by the class-bigram objective
 * sum f(N[c][d]) - 2 sum f(count[c]); returns each class's path in the merge tree.
 */
function mergeClasses(bigramCounts: Int32Array, classCounts: Float64Array, K: number, f: Float64Array): Uint32Array {
  const N = Float64Array.from(bigramCounts);
  const counts = Float64Array.from(classCounts);
  const F = (x: number) => f[x];
  const active = new Uint8Array(K).fill(1);
  const gain = new Float64Array(K * K);
  // Contribution to the gain of merging s and t from third class d.
  const third = (s: number, t: number, d: number) =>
    F(N[s * K + d] + N[t * K + d]) -
    F(N[s * K + d]) -
    F(N[t * K + d]) +
    F(N[d * K + s] + N[d * K + t]) -
    F(N[d * K + s]) -
    F(N[d * K + t]);
  const fullGain = (s: number, t: number) => {
    let g = 0;
    for (let d = 0; d < K; d++) if (active[d] && d !== s && d !== t) g += third(s, t, d);
    const inner = N[s * K + s] + N[s * K + t] + N[t * K + s] + N[t * K + t];
    g += F(inner) - F(N[s * K + s]) - F(N[s * K + t]) - F(N[t * K + s]) - F(N[t * K + t]);
    g -= 2 * (F(counts[s] + counts[t]) - F(counts[s]) - F(counts[t]));
    return g;
  };
  for (let s = 0; s < K; s++) for (let t = s + 1; t < K; t++) gain[s * K + t] = fullGain(s, t);

  // Tree nodes: leaves 0..K-1, merges K..2K-2.
  const leftChild = new Int32Array(2 * K);
  const rightChild = new Int32Array(2 * K);
  const nodeOf = Int32Array.from({ length: K }, (_, i) => i);
  let nextNode = K;
  for (let step = 0; step < K - 1; step++) {
    let bestS = -1;
    let bestT = -1;
    let best = -Infinity;
    for (let s = 0; s < K; s++) {
      if (!active[s]) continue;
      for (let t = s + 1; t < K; t++) {
        if (active[t] && gain[s * K + t] > best) {
          best = gain[s * K + t];
          bestS = s;
          bestT = t;
        }
      }
    }
    const a = bestS;
    const b = bestT;
    // Remove the old contributions of a and b from other pairs' gains.
    for (let s = 0; s < K; s++) {
      if (!active[s] || s === a || s === b) continue;
      for (let t = s + 1; t < K; t++) {
        if (active[t] && t !== a && t !== b) gain[s * K + t] -= third(s, t, a) + third(s, t, b);
      }
    }
    // Merge b into a.
    for (let d = 0; d < K; d++) {
      if (d === a || d === b) continue;
      N[a * K + d] += N[b * K + d];
      N[d * K + a] += N[d * K + b];
      N[b * K + d] = 0;
      N[d * K + b] = 0;
    }
    N[a * K + a] += N[a * K + b] + N[b * K + a] + N[b * K + b];
    N[a * K + b] = N[b * K + a] = N[b * K + b] = 0;
    counts[a] += counts[b];
    counts[b] = 0;
    active[b] = 0;
    for (let s = 0; s < K; s++) {
      if (!active[s] || s === a) continue;
      for (let t = s + 1; t < K; t++) if (active[t] && t !== a) gain[s * K + t] += third(s, t, a);
    }
    for (let s = 0; s < K; s++) {
      if (!active[s] || s === a) continue;
      gain[Math.min(s, a) * K + Math.max(s, a)] = fullGain(Math.min(s, a), Math.max(s, a));
    }
    leftChild[nextNode] = nodeOf[a];
    rightChild[nextNode] = nodeOf[b];
    nodeOf[a] = nextNode++;
  }
  const paths = new Uint32Array(K);
  const walk = (node: number, path: number, length: number) => {
    if (node < K) {
      paths[node] = path;
      return;
    }
    const capped = length >= maxPathLength;
    walk(leftChild[node], capped ? path : path * 2, capped ? length : length + 1);
    walk(rightChild[node], capped ? path : path * 2 + 1, capped ? length : length + 1);
  };
  walk(nextNode - 1, 1, 0);
  return paths;
}
