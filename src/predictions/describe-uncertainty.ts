import type { ModelFit } from '../models/btyd/index.ts';

/**
 * Plain statements of what is uncertain about a fit: few customers or repeat buyers, parameters
 * whose 95 % interval spans more than a factor of 4, parameters the data cannot pin down.
 */
export function describeUncertainty(fit: ModelFit, repeatBuyers: number): string[] {
  const out: string[] = [];
  if (fit.n < 500)
    out.push(
      `Only ${fit.n} customers: the model's parameters are estimated loosely, so treat each customer's numbers as rough and look at the intervals.`,
    );
  if (repeatBuyers < 100)
    out.push(
      `Only ${repeatBuyers} customers have bought more than once; how often customers return is the least certain part.`,
    );
  for (const [name, interval] of Object.entries(fit.intervals)) {
    if (!interval) out.push(`The data cannot pin down ${name} (no finite standard error).`);
    else if (interval[1] / interval[0] > 4)
      out.push(
        `${name} is poorly determined: its 95 % interval runs from ${interval[0].toPrecision(3)} to ${interval[1].toPrecision(3)}.`,
      );
  }
  if (!fit.converged) out.push(`The fit stopped before converging (${fit.message}).`);
  return out;
}
