import { MISSING_BIN } from './bin-features.ts';

export interface SplitCandidate {
  gain: number;
  feature: number;
  bin: number;
  missingLeft: boolean;
}

export interface SplitLimits {
  l2: number;
  minSamplesLeaf: number;
  minHessian: number;
}

/** Histogram layout: for feature f and bin b, [sum g, sum h, count] at (f × 256 + b) × 3. */
export const HIST_STRIDE = 256 * 3;

/**
 * The best split of a node from its gradient histogram: every cut between observed bins, with
 * missing values sent left or right, whichever gains more (XGBoost's sparsity-aware split).
 * Gain = G_L²/(H_L+λ) + G_R²/(H_R+λ) − G²/(H+λ). Undefined when no split gains.
 */
export function findBestSplit(
  hist: Float64Array,
  binCounts: Int32Array,
  limits: SplitLimits,
  total: { g: number; h: number; count: number },
): SplitCandidate | undefined {
  const { l2, minSamplesLeaf, minHessian } = limits;
  const parentScore = (total.g * total.g) / (total.h + l2);
  let best: SplitCandidate | undefined;
  const d = binCounts.length;
  for (let f = 0; f < d; f++) {
    const base = f * HIST_STRIDE;
    const m = base + MISSING_BIN * 3;
    const mg = hist[m]!;
    const mh = hist[m + 1]!;
    const mc = hist[m + 2]!;
    const bins = binCounts[f]!;
    let lg = 0;
    let lh = 0;
    let lc = 0;
    // t = bins − 1 puts every observed value left: only useful to split missing from observed.
    for (let t = 0; t < bins; t++) {
      const k = base + t * 3;
      lg += hist[k]!;
      lh += hist[k + 1]!;
      lc += hist[k + 2]!;
      for (let side = 0; side < 2; side++) {
        const missingLeft = side === 1;
        if (missingLeft && mc === 0) continue;
        if (t === bins - 1 && (missingLeft || mc === 0)) continue;
        const gl = missingLeft ? lg + mg : lg;
        const hl = missingLeft ? lh + mh : lh;
        const cl = missingLeft ? lc + mc : lc;
        const gr = total.g - gl;
        const hr = total.h - hl;
        const cr = total.count - cl;
        if (cl < minSamplesLeaf || cr < minSamplesLeaf || hl < minHessian || hr < minHessian) continue;
        const gain = (gl * gl) / (hl + l2) + (gr * gr) / (hr + l2) - parentScore;
        if (gain > 1e-12 && (!best || gain > best.gain)) {
          // Without missing values in training, unseen ones follow the bigger side.
          best = { gain, feature: f, bin: t, missingLeft: mc === 0 ? cl >= cr : missingLeft };
        }
      }
    }
  }
  return best;
}
