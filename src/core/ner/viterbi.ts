// First-order Viterbi decoding with BIO constraints over precomputed emission scores.
import { allowedTransition, isInside, tagCount } from './tags';

const T = tagCount;
const forbidden = -1e30;

/** Transition scores ready for decoding. */
export interface Transitions {
  /**
   * (T + 1) rows of T: row `previous` (row T is the sentence start), column `next`; forbidden
   * moves have a large negative score.
   */
  readonly scores: Float32Array;
  /** Per tag, the highest score of a move into it. */
  readonly maxInto: Float64Array;
}

/** Transitions for decoding from learned scores laid out as in Transitions.scores. */
export function prepareTransitions(learned: ArrayLike<number>): Transitions {
  const scores = Float32Array.from(learned);
  for (let previous = -1; previous < T; previous++) {
    const row = previous < 0 ? T : previous;
    for (let next = 0; next < T; next++) {
      if (!allowedTransition(previous, next)) scores[row * T + next] = forbidden;
    }
  }
  const maxInto = new Float64Array(T);
  for (let t = 0; t < T; t++) {
    let max = -Infinity;
    for (let p = 0; p < T; p++) max = Math.max(max, scores[p * T + t]);
    maxInto[t] = max;
  }
  return { scores, maxInto };
}

/** Reusable decoder; buffers grow with the longest sentence seen. */
export class Viterbi {
  private scores = new Float64Array(64 * T);
  private back = new Uint8Array(64 * T);
  /**
   * Best tag sequence for n tokens whose emission scores are emissions[i * T + tag];
   * writes tags into out[outOffset + i].
   */
  decode(
    emissions: Float32Array,
    n: number,
    prepared: Transitions,
    endScores: Float32Array,
    out: Uint8Array,
    outOffset: number,
  ): void {
    if (n === 0) return;
    if (this.scores.length < n * T) {
      this.scores = new Float64Array(n * 2 * T);
      this.back = new Uint8Array(n * 2 * T);
    }
    const scores = this.scores;
    const back = this.back;
    const transitions = prepared.scores;
    const maxInto = prepared.maxInto;
    for (let t = 0; t < T; t++) scores[t] = transitions[T * T + t] + emissions[t];
    for (let i = 1; i < n; i++) {
      const base = i * T;
      const prevBase = base - T;
      // The best and second-best previous scores: when the best previous tag beats every other
      // one even with that one's most favourable transition, it is the argmax without a search.
      let top = 0;
      let topScore = scores[prevBase];
      let second = -Infinity;
      for (let p = 1; p < T; p++) {
        const s = scores[prevBase + p];
        if (s > topScore) {
          second = topScore;
          topScore = s;
          top = p;
        } else if (s > second) second = s;
      }
      for (let t = 0; t < T; t++) {
        let best: number;
        let arg: number;
        if (isInside(t)) {
          // I-X follows only B-X (t - 1) or I-X (t).
          const fromBegin = scores[prevBase + t - 1] + transitions[(t - 1) * T + t];
          const fromInside = scores[prevBase + t] + transitions[t * T + t];
          best = fromBegin >= fromInside ? fromBegin : fromInside;
          arg = fromBegin >= fromInside ? t - 1 : t;
        } else {
          best = topScore + transitions[top * T + t];
          arg = top;
          if (!(best > second + maxInto[t])) {
            best = -Infinity;
            for (let p = 0; p < T; p++) {
              const s = scores[prevBase + p] + transitions[p * T + t];
              if (s > best) {
                best = s;
                arg = p;
              }
            }
          }
        }
        scores[base + t] = best + emissions[base + t];
        back[base + t] = arg;
      }
    }
    const last = (n - 1) * T;
    let best = -Infinity;
    let arg = 0;
    for (let t = 0; t < T; t++) {
      const s = scores[last + t] + endScores[t];
      if (s > best) {
        best = s;
        arg = t;
      }
    }
    for (let i = n - 1; i >= 0; i--) {
      out[outOffset + i] = arg;
      arg = back[i * T + arg];
    }
  }
}
