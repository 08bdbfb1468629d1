import { type Store, sql } from '../../store/index.ts';
import { findBlankRecords } from './find-blank-records.ts';
import type { StagedFile } from './stage-file.ts';

/**
 * Gives rows after blank lines their real spreadsheet row numbers, in the staged tables and the
 * malformed rows alike. It reads the file once more, so the import runs it only when some row is
 * going to quarantine (where the number is what the user looks up).
 */
export async function renumberPastBlankLines(
  store: Store,
  file: StagedFile,
  tables: readonly string[],
): Promise<void> {
  if (!file.text || file.text.delimiter === 'whitespace') return;
  const blanks = (await findBlankRecords(file.text.path, file.text.fileType === 'gzip')).filter((b) => b > 1);
  if (blanks.length === 0) return;
  // The j-th blank line (1-based) comes after blanks[j] - j counted rows; see stage-file's reject shift.
  const shifts = blanks.map((b, j) => b - (j + 1));
  const shiftOf = (rowNo: number) => shifts.filter((k) => k < rowNo).length;
  for (const m of file.malformed) m.rowNo += shiftOf(m.rowNo);
  for (const table of tables) {
    await store.run(sql`UPDATE ${sql.ident(table)} SET row_no = row_no + (
      SELECT count(*) FROM (SELECT unnest(${sql.list(shifts.map(String))})::BIGINT AS k) WHERE k < row_no)`);
  }
}
