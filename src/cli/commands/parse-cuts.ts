import { PatronError } from '../../errors/index.ts';
import type { RfmScoring } from '../../features/index.ts';

/**
 * Reads `--cuts r=30,90,180,365 --cuts f=rank` into the dimensions to change.
 *
 * @example
 * parseCuts(['f=2,3,5,10']) // => { f: { kind: 'cuts', cuts: [2, 3, 5, 10] } }
 */
export function parseCuts(specs: readonly string[]): Partial<Record<'r' | 'f' | 'm', RfmScoring>> {
  const out: Partial<Record<'r' | 'f' | 'm', RfmScoring>> = {};
  for (const spec of specs) {
    const match = /^([rfm])=(.+)$/i.exec(spec.trim());
    const key = match?.[1]?.toLowerCase() as 'r' | 'f' | 'm' | undefined;
    if (key && match?.[2]?.trim().toLowerCase() === 'rank') {
      out[key] = { kind: 'rank' };
      continue;
    }
    const values = match?.[2]?.split(',').map(Number) ?? [];
    const ascending = values.every((v, i) => i === 0 || v > (values[i - 1] as number));
    if (!key || values.length !== 4 || values.some((v) => !Number.isFinite(v)) || !ascending) {
      throw new PatronError(
        'bad_cuts',
        `--cuts ${spec}: write a dimension and four ascending numbers, e.g. --cuts r=30,90,180,365, or r=rank to score by rank again.`,
      );
    }
    out[key] = { kind: 'cuts', cuts: values as [number, number, number, number] };
  }
  return out;
}
