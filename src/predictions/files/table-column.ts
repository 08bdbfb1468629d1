import { basename } from 'node:path';
import { PatronError } from '../../errors/index.ts';
import type { TableFile } from './read-table-file.ts';

/**
 * The index of a column named `name` (case-insensitive) or by position `#N`, trying `aliases` too.
 * An unknown name is an error listing the columns there are.
 */
export function tableColumn(table: TableFile, name: string, aliases: readonly string[] = []): number {
  const position = /^#(\d+)$/.exec(name);
  if (position) {
    const index = Number(position[1]) - 1;
    if (index >= 0 && index < table.header.length) return index;
  }
  for (const candidate of [name, ...aliases]) {
    const index = table.header.findIndex((h) => h.toLowerCase() === candidate.toLowerCase());
    if (index >= 0) return index;
  }
  throw new PatronError(
    'unknown_column',
    `${basename(table.file)} has no column ${name}. Its columns are ${table.header.join(', ')}${table.hasHeader ? '' : ' (no header: name columns by position)'}.`,
    { file: table.file, column: name },
  );
}

/** The numbers in one column; a value that is not a number is an error naming file, line and column. */
export function numberColumn(table: TableFile, index: number): Float64Array {
  const out = new Float64Array(table.rows.length);
  table.rows.forEach((row, i) => {
    const text = row[index] ?? '';
    const value = text === '' ? Number.NaN : Number(text);
    if (!Number.isFinite(value))
      throw new PatronError(
        'invalid_number',
        `${basename(table.file)} line ${table.lines[i]}, column ${table.header[index]}: "${text}" is not a number.`,
        { file: table.file, row: table.lines[i] as number, column: table.header[index] as string },
      );
    out[i] = value;
  });
  return out;
}
