import { type DistanceKernels, distanceKernels } from './distance-kernels.ts';

/** Lloyd's assignment step for one (d, k): `assign` and `assignMoving` as in DistanceKernels. */
export type AssignKernels = Pick<DistanceKernels, 'assign' | 'assignMoving'>;

const cache = new Map<string, AssignKernels>();
/** Up to this many centre coordinates, centres are held in locals and the centre loop is unrolled. */
const LOCAL_LIMIT = 96;

/** Whether `assignKernels(d, k)` holds the centres in locals (else it falls back to the loop). */
export function hasUnrolledAssign(d: number, k: number): boolean {
  return d * k <= LOCAL_LIMIT;
}

/**
 * The assignment step specialised for both d and k: every centre coordinate is read into a local
 * once per call and the loop over centres is unrolled, so each row costs k·d subtractions and
 * multiplications and nothing else. Ties keep the lower centre, as the loop does. Wider problems
 * use `distanceKernels(d)`.
 *
 * @example
 * assignKernels(3, 4).assign(data, n, centers, 4, labels, distances);
 */
export function assignKernels(d: number, k: number): AssignKernels {
  if (!hasUnrolledAssign(d, k)) return distanceKernels(d);
  const key = `${d}:${k}`;
  const known = cache.get(key);
  if (known) return known;
  const loadCenters = Array.from({ length: k * d }, (_, j) => `const c${j} = centers[${j}];`).join('\n');
  const loadRow = Array.from({ length: d }, (_, t) => `const x${t} = data[r + ${t}];`).join('\n');
  const distance = (c: number) =>
    Array.from(
      { length: d },
      (_, t) => `e = x${t} - c${c * d + t}; ${t === 0 ? 's = e * e;' : 's += e * e;'}`,
    ).join(' ');
  const scan = Array.from({ length: k }, (_, c) =>
    c === 0
      ? `${distance(0)} best = 0; bestDistance = s;`
      : `${distance(c)} if (s < bestDistance) { bestDistance = s; best = ${c}; }`,
  ).join('\n');
  const head = `${loadCenters}
    let changed = 0; let e = 0; let s = 0; let best = 0; let bestDistance = 0;
    for (let i = 0, r = 0; i < n; i++, r += ${d}) {
      ${loadRow}
      ${scan}`;
  const move = Array.from({ length: d }, (_, t) => `sums[f + ${t}] -= x${t}; sums[g + ${t}] += x${t};`).join(
    ' ',
  );
  const assign = `${head}
      if (labels[i] !== best) changed++;
      labels[i] = best; distances[i] = bestDistance;
    }
    return changed;`;
  const assignMoving = `${head}
      const from = labels[i];
      if (from !== best) {
        changed++;
        const f = from * ${d}; const g = best * ${d};
        counts[from]--; counts[best]++;
        ${move}
      }
      labels[i] = best; distances[i] = bestDistance;
    }
    return changed;`;
  const kernels: AssignKernels = {
    assign: new Function(
      'data',
      'n',
      'centers',
      'k',
      'labels',
      'distances',
      assign,
    ) as AssignKernels['assign'],
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
    ) as AssignKernels['assignMoving'],
  };
  cache.set(key, kernels);
  return kernels;
}
