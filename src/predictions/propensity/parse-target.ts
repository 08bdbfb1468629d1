import { PatronError } from '../../errors/index.ts';

const YES = new Set(['1', 'yes', 'y', 'true', 't', '1.0']);
const NO = new Set(['0', 'no', 'n', 'false', 'f', '0.0']);

/**
 * The target column as 0/1: accepts 1/0, yes/no, y/n, true/false (any case). Anything else,
 * or an empty cell, is an error naming the file, the spreadsheet row and the column.
 */
export function parseTarget(values: readonly (string | null)[], file: string, column: string): Float64Array {
  return Float64Array.from(values, (value, i) => {
    const text = value?.toLowerCase();
    if (text !== undefined && YES.has(text)) return 1;
    if (text !== undefined && NO.has(text)) return 0;
    const row = i + 2; // the header is row 1
    throw new PatronError(
      'invalid_target',
      value === null
        ? `${file} row ${row}: ${column} is empty. Every row needs a target of 1/0 or yes/no; fill it in or remove the row.`
        : `${file} row ${row}: ${column} is "${value}", but the target must be 1/0 or yes/no. Recode the column, or choose another with --target.`,
      { file, row, column },
    );
  });
}
