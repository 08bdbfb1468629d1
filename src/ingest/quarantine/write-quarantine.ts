import { type Store, sql } from '../../store/index.ts';

export interface MalformedRow {
  rowNo: number;
  problem: string;
  line: string;
}

/**
 * Keeps every rejected row with its file, row number, column, raw value and a reason in plain
 * words, plus the whole raw row (as a header → value object) so nothing is lost.
 */
export async function writeQuarantine(
  store: Store,
  staged: string,
  raw: string,
  headers: readonly string[],
  malformed: readonly MalformedRow[],
  file: string,
  importId: number,
): Promise<number> {
  const rawRow = sql`json_object(${sql.join(headers.map((h, i) => sql`${h}, r.${sql.ident(`c${i + 1}`)}`))})`;
  const rejected = await store.run(sql`INSERT INTO quarantine
    SELECT ${importId}, ${file}, s.row_no, s.problem_column, s.problem_value, s.problem_code, s.problem_reason, ${rawRow}
    FROM ${sql.ident(staged)} s JOIN ${sql.ident(raw)} r ON r.rowid = s.raw_id WHERE s.problem_code IS NOT NULL`);
  if (malformed.length === 0) return rejected;
  const appender = await store.appender('quarantine');
  for (const m of malformed) {
    appender.appendInteger(importId);
    appender.appendVarchar(file);
    appender.appendBigInt(BigInt(m.rowNo));
    appender.appendNull();
    appender.appendVarchar(m.line);
    appender.appendVarchar('malformed_row');
    appender.appendVarchar(m.problem);
    appender.appendNull();
    appender.endRow();
  }
  appender.closeSync();
  return rejected + malformed.length;
}
