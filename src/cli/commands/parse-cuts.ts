import { PatronError } from '../../errors/index.ts';
import { DEFAULT_RFM_OPTIONS, type RfmOptions } from '../../features/index.ts';

/**
 * Reads `--cuts r=30,90,180,365 --cuts f=2,3,5,10` into RFM options (other dimensions by rank).
 *
 * @example
 * parseCuts(['f=2,3,5,10']).f // => { kind: 'cuts', cuts: [2, 3, 5, 10] }
 */
export function parseCuts(specs: readonly string[]): RfmOptions {
  const options: RfmOptions = { ...DEFAULT_RFM_OPTIONS };
  for (const spec of specs) {
    const match = /^([rfm])=(.+)$/i.exec(spec.trim());
    const values = match?.[2]?.split(',').map(Number) ?? [];
    const ascending = values.every((v, i) => i === 0 || v > (values[i - 1] as number));
    if (!match || values.length !== 4 || values.some((v) => !Number.isFinite(v)) || !ascending) {
      throw new PatronError(
        'bad_cuts',
        `--cuts ${spec}: write a dimension and four ascending numbers, e.g. --cuts r=30,90,180,365 or --cuts m=50,100,250,500.`,
      );
    }
    const key = (match[1] as string).toLowerCase() as 'r' | 'f' | 'm';
    options[key] = { kind: 'cuts', cuts: values as unknown as [number, number, number, number] };
  }
  return options;
}
