/** Distance loops specialised for one width d (see `distanceKernels`). */
export interface DistanceKernels {
  /** Nearest centre for every row; fills labels and squared distances; returns how many labels changed. */
  assign(
    data: Float64Array,
    n: number,
    centers: Float64Array,
    k: number,
    labels: Int32Array,
    distances: Float64Array,
  ): number;
  /** Nearest and second-nearest centre of one row: returns the nearest's index, squared distances in `out[0]`, `out[1]`. */
  nearestTwo(data: Float64Array, row: number, centers: Float64Array, k: number, out: Float64Array): number;
  /** Squared distance between row i of `a` and row j of `b`. */
  distance(a: Float64Array, i: number, b: Float64Array, j: number): number;
  /** As `assign`, and moves each relabelled row's coordinates between the per-centre `sums` and `counts`. */
  assignMoving(
    data: Float64Array,
    n: number,
    centers: Float64Array,
    k: number,
    labels: Int32Array,
    distances: Float64Array,
    sums: Float64Array,
    counts: Int32Array,
  ): number;
  /** Moves row i's coordinates from centre `from`'s sum to centre `to`'s. */
  moveRow(
    data: Float64Array,
    i: number,
    from: number,
    to: number,
    sums: Float64Array,
    counts: Int32Array,
  ): void;
}

const cache = new Map<number, DistanceKernels>();
/** Up to this width the arithmetic is unrolled. */
const UNROLL_LIMIT = 16;

/** `s = Σ (x_t − c[b + t])²` as unrolled statements over local x0…x(d−1), or a loop when d is wide. */
function sumOfSquares(d: number, xs: (t: number) => string, cs: (t: number) => string): string {
  if (d > UNROLL_LIMIT)
    return `let s = 0; for (let t = 0; t < ${d}; t++) { const e = ${xs(-1)} - ${cs(-1)}; s += e * e; }`;
  const lines = ['let s = 0;'];
  for (let t = 0; t < d; t++) lines.push(`{ const e = ${xs(t)} - ${cs(t)}; s += e * e; }`);
  return lines.join('\n');
}

function loadRow(d: number, array: string, base: string): string {
  if (d > UNROLL_LIMIT) return '';
  return Array.from({ length: d }, (_, t) => `const x${t} = ${array}[${base} + ${t}];`).join('\n');
}

/**
 * Distance kernels for width d, generated once per d with the arithmetic unrolled (the source is
 * built from the integer d only). On 3 features this runs the assignment step about twice as
 * fast as a loop over t, which is what lets plain JavaScript keep up with scikit-learn's C.
 *
 * @example
 * const { assign } = distanceKernels(3); assign(data, n, centers, k, labels, distances);
 */
export function distanceKernels(d: number): DistanceKernels {
  const known = cache.get(d);
  if (known) return known;
  const wide = d > UNROLL_LIMIT;
  const x = (t: number) => (wide ? 'data[r + t]' : `x${t}`);
  const assign = `let changed = 0;
    for (let i = 0; i < n; i++) {
      const r = i * ${d};
      ${loadRow(d, 'data', 'r')}
      let best = 0; let bestDistance = Infinity;
      for (let c = 0, b = 0; c < k; c++, b += ${d}) {
        ${sumOfSquares(d, x, (t) => (wide ? 'centers[b + t]' : `centers[b + ${t}]`))}
        if (s < bestDistance) { bestDistance = s; best = c; }
      }
      if (labels[i] !== best) changed++;
      labels[i] = best; distances[i] = bestDistance;
    }
    return changed;`;
  const move = (row: string) =>
    wide
      ? `for (let t = 0; t < ${d}; t++) { sums[from * ${d} + t] -= data[${row} + t]; sums[to * ${d} + t] += data[${row} + t]; }`
      : Array.from(
          { length: d },
          (_, t) => `sums[f + ${t}] -= data[${row} + ${t}]; sums[g + ${t}] += data[${row} + ${t}];`,
        ).join('\n');
  const assignMoving = `let changed = 0;
    for (let i = 0; i < n; i++) {
      const r = i * ${d};
      ${loadRow(d, 'data', 'r')}
      let best = 0; let bestDistance = Infinity;
      for (let c = 0, b = 0; c < k; c++, b += ${d}) {
        ${sumOfSquares(d, x, (t) => (wide ? 'centers[b + t]' : `centers[b + ${t}]`))}
        if (s < bestDistance) { bestDistance = s; best = c; }
      }
      const from = labels[i];
      if (from !== best) {
        changed++;
        const to = best; const f = from * ${d}; const g = to * ${d};
        counts[from]--; counts[to]++;
        ${move('r')}
      }
      labels[i] = best; distances[i] = bestDistance;
    }
    return changed;`;
  const moveRow = `const r = i * ${d}; const f = from * ${d}; const g = to * ${d};
    counts[from]--; counts[to]++;
    ${move('r')}`;
  const nearestTwo = `const r = row * ${d};
    ${loadRow(d, 'data', 'r')}
    let best = 0; let first = Infinity; let second = Infinity;
    for (let c = 0, b = 0; c < k; c++, b += ${d}) {
      ${sumOfSquares(d, x, (t) => (wide ? 'centers[b + t]' : `centers[b + ${t}]`))}
      if (s < first) { second = first; first = s; best = c; } else if (s < second) second = s;
    }
    out[0] = first; out[1] = second;
    return best;`;
  const distance = `const r = i * ${d}; const b = j * ${d};
    ${sumOfSquares(
      d,
      (t) => (wide ? 'a[r + t]' : `a[r + ${t}]`),
      (t) => (wide ? 'bb[b + t]' : `bb[b + ${t}]`),
    )}
    return s;`;
  const kernels: DistanceKernels = {
    assign: new Function(
      'data',
      'n',
      'centers',
      'k',
      'labels',
      'distances',
      assign,
    ) as DistanceKernels['assign'],
    assignMoving: new Function(
      'data',
      'n',
      'centers',
      'k',
      'labels',
      'distances',
      'sums',
      'counts',
      assignMoving,
    ) as DistanceKernels['assignMoving'],
    moveRow: new Function('data', 'i', 'from', 'to', 'sums', 'counts', moveRow) as DistanceKernels['moveRow'],
    nearestTwo: new Function(
      'data',
      'row',
      'centers',
      'k',
      'out',
      nearestTwo,
    ) as DistanceKernels['nearestTwo'],
    distance: new Function('a', 'i', 'bb', 'j', distance) as DistanceKernels['distance'],
  };
  cache.set(d, kernels);
  return kernels;
}
