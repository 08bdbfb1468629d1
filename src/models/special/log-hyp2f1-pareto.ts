/** log 2F1(a, b; a + 1; z) and its partial derivatives with respect to a, b and z. */
export interface LogHyp2f1 {
  value: number;
  da: number;
  db: number;
  dz: number;
}

const MAX_TERMS = 200_000;

/**
 * log 2F1(a, b; a + 1; z) for 0 ≤ z < 1 with its gradient: the form the Pareto/NBD likelihood
 * needs (Fader, Hardie & Shang's note on the Pareto/NBD, eq. 3–4). Euler's transformation
 * 2F1(a, b; c; z) = (1 − z)^(c−a−b) 2F1(c − a, c − b; c; z) turns it into 2F1(1, c − b; c; z), whose
 * terms are all positive and shrink by at most z each step, so the series has no cancellation and
 * a tail bound: stop when the next term times z/(1 − z) is below 1e-17 of the sum. The derivatives
 * are carried term by term (forward-mode), never by differencing.
 *
 * @example
 * logHyp2f1Pareto(3.2, 1.6, 0.1).value; // log 2F1(3.2, 1.6; 4.2; 0.1)
 */
export function logHyp2f1Pareto(a: number, b: number, z: number): LogHyp2f1 {
  const c = a + 1;
  if (z === 0) return { value: 0, da: 0, db: 0, dz: (a * b) / c };
  const bb = c - b; // second parameter of the transformed series
  let term = 1;
  let sum = 1;
  let sumB = 0; // Σ t_k · ∂log t_k/∂bb
  let sumC = 0; // Σ t_k · ∂log t_k/∂c (with c moving alone)
  let sumZ = 0; // Σ t_k · k
  let harmonicB = 0;
  let harmonicC = 0;
  for (let k = 0; k < MAX_TERMS; k++) {
    harmonicB += 1 / (bb + k);
    harmonicC += 1 / (c + k);
    term *= ((bb + k) / (c + k)) * z;
    sum += term;
    sumB += term * harmonicB;
    sumC -= term * harmonicC;
    sumZ += term * (k + 1);
    if (term * z < 1e-17 * sum * (1 - z)) break;
  }
  const log1mz = Math.log1p(-z);
  // value = (c − a − b)·log(1 − z) + log G(bb = c − b, c; z), with c = a + 1, so c − a − b = 1 − b.
  const gB = sumB / sum;
  const gC = sumC / sum;
  const gZ = sumZ / sum / z;
  // ∂/∂a: c moves with a (c = a + 1), bb = c − b moves with a too.
  return {
    value: (1 - b) * log1mz + Math.log(sum),
    da: gB + gC,
    db: -log1mz - gB,
    dz: -(1 - b) / (1 - z) + gZ,
  };
}
