/**
 * k-means++'s local trials for one step, all candidates in one pass over the rows: for candidate
 * t, `into[t][i] = min(closest[i], |x_i − x_t|²)` and `sums[t]` is their total. One pass instead
 * of one per candidate reads the rows and `closest` once (seeding was a quarter of a k-means fit).
 */
export type TrialsKernel = (
  data: Float64Array,
  n: number,
  candidates: Int32Array,
  closest: Float64Array,
  into: readonly Float64Array[],
  sums: Float64Array,
) => void;

const cache = new Map<string, TrialsKernel>();
/** Widths up to this are unrolled (candidates × width locals). */
const UNROLL_LIMIT = 64;

/**
 * The trials kernel for width d and `trials` candidates, generated once from the two integers
 * (no other text reaches the source); wider problems use a loop.
 */
export function trialsKernel(d: number, trials: number): TrialsKernel {
  const key = `${d}:${trials}`;
  const known = cache.get(key);
  if (known) return known;
  const kernel = d * trials <= UNROLL_LIMIT ? unrolled(d, trials) : looped(d, trials);
  cache.set(key, kernel);
  return kernel;
}

function unrolled(d: number, trials: number): TrialsKernel {
  const lines: string[] = [];
  for (let t = 0; t < trials; t++) {
    lines.push(`const q${t} = candidates[${t}] * ${d}; const o${t} = into[${t}]; let m${t} = 0;`);
    for (let j = 0; j < d; j++) lines.push(`const c${t}_${j} = data[q${t} + ${j}];`);
  }
  const body: string[] = [];
  for (let j = 0; j < d; j++) body.push(`const x${j} = data[r + ${j}];`);
  body.push('const near = closest[i];');
  for (let t = 0; t < trials; t++) {
    const terms = Array.from({ length: d }, (_, j) => `(x${j} - c${t}_${j}) * (x${j} - c${t}_${j})`).join(
      ' + ',
    );
    body.push(`{ const s = ${terms}; const v = s < near ? s : near; o${t}[i] = v; m${t} += v; }`);
  }
  const store = Array.from({ length: trials }, (_, t) => `sums[${t}] = m${t};`).join(' ');
  const source = `${lines.join('\n')}
    for (let i = 0, r = 0; i < n; i++, r += ${d}) {
      ${body.join('\n')}
    }
    ${store}`;
  return new Function('data', 'n', 'candidates', 'closest', 'into', 'sums', source) as TrialsKernel;
}

function looped(d: number, trials: number): TrialsKernel {
  return (data, n, candidates, closest, into, sums) => {
    sums.fill(0);
    for (let i = 0; i < n; i++) {
      const near = closest[i] as number;
      for (let t = 0; t < trials; t++) {
        const q = (candidates[t] as number) * d;
        let s = 0;
        for (let j = 0; j < d; j++) {
          const e = (data[i * d + j] as number) - (data[q + j] as number);
          s += e * e;
        }
        const v = s < near ? s : near;
        (into[t] as Float64Array)[i] = v;
        sums[t] = (sums[t] as number) + v;
      }
    }
  };
}
