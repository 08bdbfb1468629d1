import type { Points } from '../models/kmeans/index.ts';
import type {
  ClusterProfile,
  DistinguishingFeature,
  FeatureComparison,
  LevelComparison,
} from './cluster-profile.ts';
import type { FeatureTable } from './feature-table.ts';
import { findMedoid } from './find-medoid.ts';
import { type MatrixTransform, NO_ANSWER } from './matrix-transform.ts';

/**
 * Profiles each cluster: size, revenue share, every input's mean (or level shares) against all
 * rows, the three inputs with the largest standardised difference, and the medoid. Names and
 * descriptions are left empty for `nameClusters`.
 *
 * @example
 * profileClusters(table, points, transform, labels, 3, 0)[0] // => { cluster: 0, size: 412, distinguishing: [...], … }
 */
export function profileClusters(
  table: FeatureTable,
  points: Points,
  transform: MatrixTransform,
  labels: Int32Array,
  k: number,
  seed: number,
): ClusterProfile[] {
  const { n, d, data } = points;
  const sizes = new Float64Array(k);
  for (const l of labels) sizes[l] = (sizes[l] as number) + 1;
  const revenue = new Float64Array(k);
  let totalRevenue = 0;
  if (table.revenue)
    for (let i = 0; i < n; i++) {
      const r = Math.max(table.revenue[i] as number, 0);
      revenue[labels[i] as number] = (revenue[labels[i] as number] as number) + r;
      totalRevenue += r;
    }
  const features: FeatureComparison[][] = Array.from({ length: k }, () => []);
  const levels: LevelComparison[][] = Array.from({ length: k }, () => []);
  let offset = 0;
  transform.columns.forEach((column, j) => {
    const spec = table.specs[j];
    if (!spec) return;
    if (column.kind === 'numeric') {
      const raw = table.numeric[j] as Float64Array;
      const sums = new Float64Array(k);
      const counts = new Float64Array(k);
      const prepared = new Float64Array(k);
      let all = 0;
      let allCount = 0;
      let preparedMean = 0;
      for (let i = 0; i < n; i++) {
        const c = labels[i] as number;
        const v = raw[i] as number;
        if (Number.isFinite(v)) {
          sums[c] = (sums[c] as number) + v;
          counts[c] = (counts[c] as number) + 1;
          all += v;
          allCount++;
        }
        const x = data[i * d + offset] as number;
        prepared[c] = (prepared[c] as number) + x;
        preparedMean += x / n;
      }
      let variance = 0;
      for (let i = 0; i < n; i++) variance += ((data[i * d + offset] as number) - preparedMean) ** 2 / n;
      const sd = Math.sqrt(variance) || 1;
      for (let c = 0; c < k; c++)
        features[c]?.push({
          feature: spec.name,
          label: spec.label,
          mean: (counts[c] as number) > 0 ? (sums[c] as number) / (counts[c] as number) : Number.NaN,
          overall_mean: allCount > 0 ? all / allCount : Number.NaN,
          standardised_difference:
            ((prepared[c] as number) / Math.max(sizes[c] as number, 1) - preparedMean) / sd,
        });
      offset += 1;
      return;
    }
    const values = table.text[j] ?? [];
    column.levels.forEach((level, l) => {
      const inCluster = new Float64Array(k);
      for (let i = 0; i < n; i++)
        if ((values[i] ?? NO_ANSWER) === level)
          inCluster[labels[i] as number] = (inCluster[labels[i] as number] as number) + 1;
      const p = column.shares[l] as number;
      const spread = Math.sqrt(p * (1 - p)) || 1;
      for (let c = 0; c < k; c++) {
        const share = (inCluster[c] as number) / Math.max(sizes[c] as number, 1);
        levels[c]?.push({
          feature: spec.name,
          label: spec.label,
          value: level,
          share,
          overall_share: p,
          standardised_difference: (share - p) / spread,
        });
      }
    });
    offset += column.levels.length;
  });
  return Array.from({ length: k }, (_, c) => {
    const medoidRow = findMedoid(points, labels, c, seed);
    const values: Record<string, number | string | null> = {};
    table.specs.forEach((spec, j) => {
      values[spec.name] =
        medoidRow < 0
          ? null
          : spec.kind === 'numeric'
            ? ((table.numeric[j] as Float64Array)[medoidRow] as number)
            : (table.text[j]?.[medoidRow] ?? null);
    });
    return {
      cluster: c,
      name: '',
      description: '',
      size: sizes[c] as number,
      share: n ? (sizes[c] as number) / n : 0,
      revenue_share: table.revenue ? (totalRevenue > 0 ? (revenue[c] as number) / totalRevenue : 0) : null,
      features: features[c] ?? [],
      levels: levels[c] ?? [],
      distinguishing: distinguishing(features[c] ?? [], levels[c] ?? []),
      medoid: { id: medoidRow < 0 ? '' : (table.ids[medoidRow] as string), values },
      stability: null,
      mean_membership: null,
    };
  });
}

function distinguishing(features: FeatureComparison[], levels: LevelComparison[]): DistinguishingFeature[] {
  const candidates: DistinguishingFeature[] = [
    ...features.map((f) => ({
      feature: f.feature,
      label: f.label,
      value: null,
      direction: f.standardised_difference >= 0 ? ('higher' as const) : ('lower' as const),
      standardised_difference: f.standardised_difference,
      cluster_value: f.mean,
      overall_value: f.overall_mean,
    })),
    // A level stands out when it is over-represented; "fewer answered X" rarely names a group.
    ...levels
      .filter((l) => l.standardised_difference > 0 && l.value !== NO_ANSWER)
      .map((l) => ({
        feature: l.feature,
        label: l.label,
        value: l.value,
        direction: 'higher' as const,
        standardised_difference: l.standardised_difference,
        cluster_value: l.share,
        overall_value: l.overall_share,
      })),
  ];
  candidates.sort((a, b) => Math.abs(b.standardised_difference) - Math.abs(a.standardised_difference));
  const seen = new Set<string>();
  const top: DistinguishingFeature[] = [];
  for (const c of candidates) {
    if (seen.has(c.feature)) continue;
    seen.add(c.feature);
    top.push(c);
    if (top.length === 3) break;
  }
  return top;
}
