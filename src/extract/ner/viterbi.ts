import { allowed, allowedFirst, allowedLast, LABEL_COUNT } from './labels.js';

const L = LABEL_COUNT;

/**
 * For each label, the labels that may come before it under the BILOU grammar (an I or L only
 * after a B or I of its type; anything else only after an O, L or U): 97 pairs of the 289, so the
 * decoder never scores a sequence it could not output.
 */
const BEFORE: Uint8Array[] = Array.from({ length: L }, (_, b) => Uint8Array.from({ length: L }, (_, a) => a).filter((a) => allowed(a, b)));
const FIRST_OK = Uint8Array.from({ length: L }, (_, l) => (allowedFirst(l) ? 1 : 0));
const LAST_OK = Uint8Array.from({ length: L }, (_, l) => (allowedLast(l) ? 1 : 0));

/**
 * The best label sequence for tokens [from, to) given emission scores (`emit[i·L + label]`) and
 * transition scores (`trans[a·L + b]`), under the BILOU grammar. Writes the labels into `out`.
 */
export function viterbi(emit: Float64Array | Float32Array, trans: Float64Array | Float32Array, from: number, to: number, out: Uint8Array): void {
  const n = to - from;
  if (n <= 0) return;
  const score = new Float64Array(n * L);
  const back = new Uint8Array(n * L);
  for (let l = 0; l < L; l++) score[l] = FIRST_OK[l] ? emit[from * L + l]! : -Infinity;
  for (let i = 1; i < n; i++) {
    const prev = (i - 1) * L;
    const cur = i * L;
    const e = (from + i) * L;
    for (let b = 0; b < L; b++) {
      let best = -Infinity;
      let arg = 0;
      const before = BEFORE[b]!;
      for (let k = 0; k < before.length; k++) {
        const a = before[k]!;
        const s = score[prev + a]! + trans[a * L + b]!;
        if (s > best) {
          best = s;
          arg = a;
        }
      }
      score[cur + b] = best + emit[e + b]!;
      back[cur + b] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  const last = (n - 1) * L;
  for (let l = 0; l < L; l++) {
    if (LAST_OK[l] && score[last + l]! > best) {
      best = score[last + l]!;
      arg = l;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    out[from + i] = arg;
    arg = back[i * L + arg]!;
  }
}
