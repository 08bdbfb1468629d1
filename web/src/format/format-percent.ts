/**
 * A share (0–1) as a percentage with one decimal; a dash for a missing value.
 *
 * @example
 * formatPercent(0.4567) // => '45.7 %'
 */
export function formatPercent(share: number | null | undefined, digits = 1): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return '–';
  return `${(share * 100).toFixed(digits)} %`;
}
