import { PatronError } from '../../../errors/index.ts';

/** Counts of each class; throws when the labels cannot train a classifier. */
export function checkLabels(
  y: ArrayLike<number>,
  target = 'target',
): { positives: number; negatives: number } {
  let positives = 0;
  for (let i = 0; i < y.length; i++) {
    const v = y[i];
    if (v !== 0 && v !== 1)
      throw new PatronError(
        'invalid_target',
        `${target} must be 0 or 1 on every row; row ${i + 1} has ${v}.`,
        {
          row: i + 1,
          column: target,
        },
      );
    positives += v;
  }
  const negatives = y.length - positives;
  if (positives === 0 || negatives === 0) {
    throw new PatronError(
      'single_class',
      `Every row has ${target} = ${positives ? 1 : 0}: a classifier needs customers of both kinds. Add rows where ${target} is ${positives ? 0 : 1}.`,
      { column: target },
    );
  }
  if (Math.min(positives, negatives) < 2 || y.length < 10) {
    throw new PatronError(
      'too_few_rows',
      `Only ${y.length} rows (${positives} with ${target} = 1, ${negatives} with 0): cross-validation needs at least 10 rows and 2 of each class.`,
      { column: target },
    );
  }
  return { positives, negatives };
}
