import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { readSheet } from 'read-excel-file/node';
import { PatronError } from '../../errors/index.ts';

/** Writes the first sheet of an XLSX workbook as a UTF-8 CSV, dates as ISO text. */
export async function xlsxToCsv(source: string, target: string, name: string): Promise<number> {
  let rows: unknown[][];
  try {
    rows = (await readSheet(source)) as unknown[][];
  } catch (error) {
    throw new PatronError(
      'unreadable_xlsx',
      `${name} could not be read as an Excel workbook (${String(error)}). Re-save it as .xlsx or CSV.`,
      {
        file: name,
      },
    );
  }
  const out = createWriteStream(target);
  for (const row of rows) {
    if (!out.write(`${row.map(formatCell).join(',')}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return rows.length;
}

function formatCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text =
    value instanceof Date
      ? value
          .toISOString()
          .replace('T', ' ')
          .replace(/(\.000)?Z$/, '')
      : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
