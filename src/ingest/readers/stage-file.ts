import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PatronError } from '../../errors/index.ts';
import { type Sql, type Store, sql } from '../../store/index.ts';
import { type FileShape, sniffFile, type TextShape } from '../sniff/index.ts';
import { readTextSql } from './read-text-sql.ts';
import { transcodeToUtf8 } from './transcode-to-utf8.ts';
import { xlsxToCsv } from './xlsx-to-csv.ts';

/** A file loaded into a temporary all-text table `table` with columns c1..cN. */
export interface StagedFile {
  table: string;
  /** The spreadsheet row number (header = row 1) of a row of `table` aliased `s`. */
  rowNo: Sql;
  shape: FileShape;
  headers: string[];
  sampleRows: string[][];
  /** Rows the reader could not split into the header's columns. */
  malformed: { rowNo: number; problem: string; line: string }[];
  /** The UTF-8 delimited text DuckDB read, for re-counting rows past blank lines (see renumber-past-blank-lines). */
  text?: TextShape;
  cleanup(): void;
}

export interface StageOptions {
  header?: boolean;
  onProgress?: (percentage: number) => void;
}

/**
 * Streams a CSV, TSV, gzip, XLSX or Parquet file into a temporary text table with DuckDB's own
 * reader. Nothing is held whole in memory; other encodings are transcoded through a temp file.
 */
export async function stageFile(
  store: Store,
  path: string,
  table: string,
  options: StageOptions = {},
): Promise<StagedFile> {
  const scratch = mkdtempSync(join(tmpdir(), 'patron-stage-'));
  const cleanup = () => rmSync(scratch, { recursive: true, force: true });
  try {
    let shape = await sniffFile(path, options);
    if (shape.fileType === 'parquet') return await stageParquet(store, shape, table, cleanup);
    if (shape.fileType === 'xlsx') {
      const csv = join(scratch, 'sheet.csv');
      await xlsxToCsv(path, csv, shape.name);
      shape = { ...(await sniffFile(csv, options)), name: shape.name };
    }
    return await stageText(store, shape as TextShape, table, scratch, options, cleanup);
  } catch (error) {
    cleanup();
    throw error;
  }
}

async function stageText(
  store: Store,
  shape: TextShape,
  table: string,
  scratch: string,
  options: StageOptions,
  cleanup: () => void,
): Promise<StagedFile> {
  let readable = shape;
  if (shape.encoding !== 'utf-8' && shape.encoding !== 'utf-8-bom') {
    readable = await transcoded(shape, shape.encoding, scratch);
  }
  try {
    const { malformed, rowNo } = await loadText(store, readable, table, options);
    return {
      table,
      rowNo,
      shape,
      headers: shape.headers,
      sampleRows: shape.sampleRows,
      malformed,
      text: readable,
      cleanup,
    };
  } catch (error) {
    // Valid UTF-8 at the head but not further on: the file is really Windows-1252.
    if (
      readable.encoding === 'utf-8' &&
      (error instanceof NotUtf8Error || /invalid unicode/i.test(String(error)))
    ) {
      readable = await transcoded(shape, 'windows-1252', scratch);
      const { malformed, rowNo } = await loadText(store, readable, table, options);
      return {
        table,
        rowNo,
        shape: { ...shape, encoding: 'windows-1252' },
        headers: shape.headers,
        sampleRows: shape.sampleRows,
        malformed,
        text: readable,
        cleanup,
      };
    }
    throw error;
  }
}

async function transcoded(
  shape: TextShape,
  encoding: 'windows-1252' | 'utf-16le' | 'utf-16be',
  scratch: string,
): Promise<TextShape> {
  const target = join(scratch, 'utf8.csv');
  await transcodeToUtf8(shape.path, target, encoding, shape.fileType === 'gzip');
  return { ...shape, path: target, fileType: 'text', encoding: 'utf-8' };
}

async function loadText(store: Store, shape: TextShape, table: string, options: StageOptions) {
  const rejects = `${table}_rejects`;
  const { relation, hasRowNo } = readTextSql(shape, rejects);
  await store.run(sql`DROP TABLE IF EXISTS ${sql.ident(table)}`);
  await store.run(sql`DROP TABLE IF EXISTS ${sql.ident(rejects)}`);
  await store.run(sql`DROP TABLE IF EXISTS ${sql.ident(`${rejects}_scan`)}`);
  const columns = sql.join(shape.headers.map((_, i) => sql.ident(`c${i + 1}`)));
  try {
    // Rows are stored in file order (rowid = record order) only while insertion order is preserved.
    await store.run(sql`SET preserve_insertion_order = true`);
    await store.run(
      sql`CREATE TEMP TABLE ${sql.ident(table)} AS SELECT ${hasRowNo ? sql`row_no, ` : sql``}${columns} FROM ${relation}`,
      options.onProgress ? (p) => options.onProgress?.(p.percentage) : undefined,
    );
  } catch (error) {
    throw explainReadError(error, shape);
  } finally {
    await store.run(sql`SET preserve_insertion_order = false`);
  }
  if (hasRowNo) return { malformed: [], rowNo: sql`s.row_no` };
  return collectRejects(store, shape, rejects);
}

/** Raised when the reader meets bytes that are not UTF-8 past the sniffed head. */
class NotUtf8Error extends Error {}

/**
 * Turns reader rejects into quarantine candidates (one per row: DuckDB logs one reject per
 * extra or missing field) and shifts accepted row numbers past them.
 */
async function collectRejects(store: Store, shape: TextShape, rejects: string) {
  const logged = await store.all<{
    line: bigint;
    error_type: string;
    error_message: string;
    csv_line: string;
  }>(sql`SELECT line, error_type, error_message, csv_line FROM ${sql.ident(rejects)} ORDER BY line`);
  if (logged.some((r) => r.error_type === 'INVALID ENCODING'))
    throw new NotUtf8Error('invalid unicode past the head');
  const unterminated = logged.find((r) => r.error_type === 'UNQUOTED VALUE');
  if (unterminated) {
    throw new PatronError(
      'unterminated_quote',
      `${shape.name}: the quoted value on row ${unterminated.line} never ends (a closing " is missing). Fix the quote on that row or re-export the file.`,
      { file: shape.name, row: Number(unterminated.line) },
    );
  }
  const byLine = new Map<number, { type: string; found: number[]; line: string }>();
  for (const r of logged) {
    const entry = byLine.get(Number(r.line)) ?? { type: r.error_type, found: [], line: r.csv_line };
    const found = Number(/Found: (\d+)/.exec(r.error_message)?.[1]);
    if (Number.isFinite(found)) entry.found.push(found);
    byLine.set(Number(r.line), entry);
  }
  const headerRows = shape.hasHeader ? 1 : 0;
  // Accepted row k (rowid + 1) is file record k + #{rejected records before it}: the j-th reject
  // (in line order) comes after line_j - header - j accepted rows.
  const shifts = [...byLine.keys()].sort((a, b) => a - b).map((line, j) => line - headerRows - (j + 1));
  const base = sql`s.rowid + ${1 + headerRows}`;
  const rowNo = shifts.length
    ? sql`(${base} + (SELECT count(*) FROM (SELECT unnest(${sql.list(shifts.map(String))})::BIGINT AS k) WHERE k < s.rowid + 1))`
    : base;
  const malformed = [...byLine].map(([rowNo, e]) => ({
    rowNo,
    problem: describeReject(e.type, e.found, shape),
    line: e.line,
  }));
  return { malformed, rowNo };
}

function describeReject(type: string, found: readonly number[], shape: TextShape): string {
  const columns = shape.headers.length;
  if (type === 'TOO MANY COLUMNS') {
    return `this row has ${Math.max(...found)} values but the header has ${columns} columns (a stray delimiter or unquoted comma?)`;
  }
  if (type === 'MISSING COLUMNS') {
    return `this row has ${Math.min(...found)} values but the header has ${columns} columns (the row is cut short)`;
  }
  return `the row could not be read (${type.toLowerCase()})`;
}

function explainReadError(error: unknown, shape: TextShape): Error {
  const text = error instanceof Error ? error.message : String(error);
  const line = /Line: (\d+)/.exec(text)?.[1];
  if (/unterminated quote/i.test(text)) {
    return new PatronError(
      'unterminated_quote',
      `${shape.name}: a quoted value on row ${line ?? '?'} never ends (a closing " is missing). Fix that row or re-export the file.`,
      {
        file: shape.name,
        ...(line ? { row: Number(line) } : {}),
      },
    );
  }
  return error instanceof Error ? error : new Error(text);
}

async function stageParquet(
  store: Store,
  shape: FileShape,
  table: string,
  cleanup: () => void,
): Promise<StagedFile> {
  const described = await store.all<{ column_name: string }>(
    sql`DESCRIBE SELECT * FROM read_parquet(${shape.path})`,
  );
  const headers = described.map((d) => d.column_name);
  const casts: Sql[] = headers.map(
    (h, i) => sql`CAST(${sql.ident(h)} AS VARCHAR) AS ${sql.ident(`c${i + 1}`)}`,
  );
  await store.run(sql`DROP TABLE IF EXISTS ${sql.ident(table)}`);
  await store.run(sql`SET preserve_insertion_order = true`);
  try {
    await store.run(
      sql`CREATE TEMP TABLE ${sql.ident(table)} AS SELECT row_number() OVER () + 1 AS row_no, ${sql.join(casts)} FROM read_parquet(${shape.path})`,
    );
  } finally {
    await store.run(sql`SET preserve_insertion_order = false`);
  }
  const sample = await store.all<Record<string, string | null>>(
    sql`SELECT * EXCLUDE (row_no) FROM ${sql.ident(table)} LIMIT 20`,
  );
  const sampleRows = sample.map((r) => headers.map((_, i) => r[`c${i + 1}`] ?? ''));
  return { table, rowNo: sql`s.row_no`, shape, headers, sampleRows, malformed: [], cleanup };
}
