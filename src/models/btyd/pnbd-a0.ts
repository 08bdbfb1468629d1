import { logHyp2f1Pareto } from '../special/index.ts';

/** log A0(y) of the Pareto/NBD likelihood and its derivatives with respect to r, α, s, β. */
export interface ParetoA0 {
  value: number;
  dr: number;
  dAlpha: number;
  ds: number;
  dBeta: number;
}

/**
 * log[ 2F1(r+s+x, ·; r+s+x+1; z(y)) / (max(α, β) + y)^(r+s+x) ] (Fader, Hardie & Shang 2005 note
 * on the Pareto/NBD, eq. 4): the 2F1 is taken with its argument on the side of the larger of α, β
 * so that 0 ≤ z < 1.
 */
export function paretoLogA0(
  r: number,
  alpha: number,
  s: number,
  beta: number,
  x: number,
  y: number,
): ParetoA0 {
  const rsx = r + s + x;
  if (alpha >= beta) {
    const base = alpha + y;
    const z = (alpha - beta) / base;
    const f = logHyp2f1Pareto(rsx, s + 1, z);
    const logBase = Math.log(base);
    return {
      value: f.value - rsx * logBase,
      dr: f.da - logBase,
      ds: f.da + f.db - logBase,
      dAlpha: f.dz * ((beta + y) / (base * base)) - rsx / base,
      dBeta: -f.dz / base,
    };
  }
  const base = beta + y;
  const z = (beta - alpha) / base;
  const f = logHyp2f1Pareto(rsx, r + x, z);
  const logBase = Math.log(base);
  return {
    value: f.value - rsx * logBase,
    dr: f.da + f.db - logBase,
    ds: f.da - logBase,
    dAlpha: -f.dz / base,
    dBeta: f.dz * ((alpha + y) / (base * base)) - rsx / base,
  };
}
