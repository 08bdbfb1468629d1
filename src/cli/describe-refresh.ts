import type { DerivedRefresh } from '../pipeline/index.ts';

/**
 * What an import's refresh did, in lines for the terminal: features, predictions (or why none),
 * propensity (or why skipped), cluster assignments and segments.
 *
 * @example
 * for (const line of describeRefresh(await refreshDerived(store))) console.log(line);
 */
export function describeRefresh(refresh: DerivedRefresh): string[] {
  const { features, predictions, propensity, clusters, segments } = refresh;
  const lines = [
    `features refreshed as of ${features.as_of ?? '-'} for ${features.customers.toLocaleString('en-GB')} customers`,
  ];
  if (predictions?.status === 'ok') lines.push(`predictions refreshed with ${predictions.model}`);
  else if (predictions?.report.status === 'refused')
    lines.push(`no predictions this time: ${predictions.report.reason}`);
  if (propensity?.status === 'trained')
    lines.push(
      `purchase propensity scored for ${propensity.customers_scored.toLocaleString('en-GB')} customers`,
    );
  else if (propensity?.reason) lines.push(`no purchase propensity this time: ${propensity.reason}`);
  for (const c of clusters)
    if (c.assigned > 0) lines.push(`${c.assigned} new customers placed in clustering '${c.clustering}'`);
  lines.push(`${segments.length} segments refreshed`);
  return lines;
}
