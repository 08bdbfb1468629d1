import { type Sql, sql } from '../../store/index.ts';
import type { TextShape } from '../sniff/index.ts';

/**
 * The DuckDB relation that reads a sniffed UTF-8 text file as all-VARCHAR columns c1..cN.
 * Options are explicit (no auto-detection), so what we sniffed is what DuckDB reads.
 * Rows with the wrong number of fields go to the `rejects` table instead of failing the file.
 */
export function readTextSql(shape: TextShape, rejects: string): { relation: Sql; hasRowNo: boolean } {
  const compression = shape.fileType === 'gzip' ? 'gzip' : 'none';
  if (shape.delimiter === 'whitespace')
    return { relation: whitespaceSql(shape, compression), hasRowNo: true };
  const columns = `{${shape.headers.map((_, i) => `'c${i + 1}': 'VARCHAR'`).join(', ')}}`;
  const relation = sql`read_csv(${shape.path}, auto_detect = false, header = ${shape.hasHeader},
    delim = ${shape.delimiter}, quote = '"', escape = '"', compression = ${compression},
    columns = ${sql.trusted(columns)}, store_rejects = true,
    rejects_table = ${rejects}, rejects_scan = ${`${rejects}_scan`})`;
  return { relation, hasRowNo: false };
}

/** Space-aligned text (CDNOW): read whole lines and split them on runs of spaces. */
function whitespaceSql(shape: TextShape, compression: string): Sql {
  const fields = sql.trusted(shape.headers.map((_, i) => `parts[${i + 1}] AS c${i + 1}`).join(', '));
  const headerRows = shape.hasHeader ? 1 : 0;
  // Blank lines are numbered before they are dropped, so row numbers match the file.
  return sql`(SELECT row_no, ${fields} FROM (
      SELECT row_number() OVER () + ${headerRows} AS row_no, line, regexp_split_to_array(trim(line), '\\s+') AS parts
      FROM read_csv(${shape.path}, auto_detect = false, header = ${shape.hasHeader}, delim = ${'\u0001'}, quote = '',
        escape = '', compression = ${compression}, columns = {'line': 'VARCHAR'}))
      WHERE trim(coalesce(line, '')) <> '')`;
}
