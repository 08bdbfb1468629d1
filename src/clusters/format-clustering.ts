import type { ClusteringResult } from './clustering-result.ts';

const fixed = (v: number, digits = 3) => (Number.isFinite(v) ? v.toFixed(digits) : '-');
const pct = (v: number) => `${(v * 100).toFixed(1)} %`;

/**
 * A clustering as text for the terminal: inputs, the per-k table, the chosen k and why, quality,
 * stability and one block per cluster.
 *
 * @example
 * process.stdout.write(formatClustering(result));
 */
export function formatClustering(result: Omit<ClusteringResult, 'model'>): string {
  const lines: string[] = [];
  const { inputs } = result;
  lines.push(
    `Clustered ${inputs.rows.toLocaleString('en-GB')} ${result.source === 'store' ? 'customers' : 'rows'} with ${result.method} on: ${inputs.used.map((u) => u.name + (u.protected ? ' (protected, added on purpose)' : '')).join(', ')}`,
  );
  lines.push(`Preparation: ${inputs.preparation}.`);
  if (inputs.excluded_protected.length)
    lines.push(
      `Left out as protected: ${inputs.excluded_protected.map((e) => `${e.name} (${e.category})`).join(', ')}. Name one in --features to use it on purpose.`,
    );
  for (const f of inputs.missing_filled)
    lines.push(`Missing ${f.name} for ${f.rows} rows: filled with the median ${fixed(f.value, 2)}.`);
  for (const i of inputs.ignored) lines.push(`Ignored column ${i.name}: ${i.reason}.`);
  lines.push('', '   k      inertia  silhouette  Davies–Bouldin  Calinski–Harabasz  smallest cluster');
  for (const p of result.per_k)
    lines.push(
      `${String(p.k).padStart(4)}  ${fixed(p.inertia, 1).padStart(11)}  ${fixed(p.silhouette).padStart(10)}  ${fixed(p.davies_bouldin).padStart(14)}  ${fixed(p.calinski_harabasz, 1).padStart(17)}  ${String(p.smallest_cluster).padStart(7)} (${pct(p.smallest_share)})${p.k === result.k ? '  ← chosen' : ''}`,
    );
  const sample = result.per_k[0]?.silhouette_sample;
  if (sample !== undefined && sample < inputs.rows)
    lines.push(`(silhouettes on a seeded sample of ${sample.toLocaleString('en-GB')} rows)`);
  lines.push('', result.reason);
  const q = result.quality;
  lines.push(
    `Quality: silhouette ${fixed(q.silhouette)}, Davies–Bouldin ${fixed(q.davies_bouldin)} (lower is better), Calinski–Harabasz ${fixed(q.calinski_harabasz, 1)} (higher is better).`,
  );
  if (result.stability)
    lines.push(
      `Stability (bootstrap ARI, ${result.stability.resamples} resamples of ${result.stability.sample_size} rows): overall ${fixed(result.stability.overall, 2)}${result.stability.overall < 0.6 ? ' — low: these groups may not come back on other data' : ''}.`,
    );
  for (const p of result.profiles) {
    lines.push('', `#${p.cluster} ${p.name}`, `   ${p.description}`);
    if (p.stability !== null)
      lines.push(
        `   stability ${fixed(p.stability, 2)}${p.mean_membership !== null ? `, mean membership ${fixed(p.mean_membership, 2)}` : ''}`,
      );
    for (const f of p.features)
      lines.push(
        `   ${f.label.padEnd(34)} ${fixed(f.mean, 2).padStart(10)}  (all ${fixed(f.overall_mean, 2)}, ${f.standardised_difference >= 0 ? '+' : ''}${fixed(f.standardised_difference, 2)} sd)`,
      );
    lines.push(`   typical member: ${p.medoid.id}`);
  }
  return `${lines.join('\n')}\n`;
}
