import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { PatronError } from '../../errors/index.ts';

/** A small delimited table: header names (or `#1`, `#2` … without a header) and text rows. */
export interface TableFile {
  file: string;
  header: string[];
  hasHeader: boolean;
  rows: string[][];
  /** File line number (1-based) of each row, for error messages. */
  lines: number[];
}

const NUMERIC = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/**
 * Reads a small CSV, semicolon, tab or space-aligned text file (such as CDNOW's) into rows. The
 * delimiter is the first of `,` `;` tab found in the first line, else runs of spaces; double quotes
 * are honoured. The first line is a header unless every field in it is a number.
 *
 * @example
 * const t = readTableFile('cdnow_customers_summary.csv'); // header ['ID', 'frequency', 'recency', 'T']
 */
export function readTableFile(path: string): TableFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new PatronError('unreadable_file', `${path} cannot be read: ${(error as Error).message}`, {
      file: path,
    });
  }
  const all = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const firstIndex = all.findIndex((l) => l.trim() !== '');
  if (firstIndex < 0) throw new PatronError('empty_file', `${basename(path)} is empty.`, { file: path });
  const first = all[firstIndex] as string;
  const delimiter = [',', ';', '\t'].find((d) => first.includes(d));
  const split = (line: string) => (delimiter ? splitQuoted(line, delimiter) : line.trim().split(/\s+/));
  const firstFields = split(first);
  const hasHeader = !firstFields.every((f) => NUMERIC.test(f.trim()));
  const header = hasHeader ? firstFields.map((f) => f.trim()) : firstFields.map((_, i) => `#${i + 1}`);
  const rows: string[][] = [];
  const lines: number[] = [];
  for (let i = hasHeader ? firstIndex + 1 : firstIndex; i < all.length; i++) {
    const line = all[i] as string;
    if (line.trim() === '') continue;
    const fields = split(line).map((f) => f.trim());
    if (fields.length !== header.length)
      throw new PatronError(
        'wrong_field_count',
        `${basename(path)} line ${i + 1} has ${fields.length} fields where the header has ${header.length}.`,
        { file: path, row: i + 1 },
      );
    rows.push(fields);
    lines.push(i + 1);
  }
  return { file: path, header, hasHeader, rows, lines };
}

function splitQuoted(line: string, delimiter: string): string[] {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] as string;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === delimiter) {
      out.push(field);
      field = '';
    } else field += ch;
  }
  out.push(field);
  return out;
}
