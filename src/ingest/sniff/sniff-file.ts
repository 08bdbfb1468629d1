import { statSync } from 'node:fs';
import { basename } from 'node:path';
import { PatronError } from '../../errors/index.ts';
import { type Delimiter, detectDialect } from './detect-dialect.ts';
import { decodeHead, detectEncoding, type TextEncoding } from './detect-encoding.ts';
import { detectFileType, type FileType } from './detect-file-type.ts';
import { cleanHeaderNames, detectHeader } from './detect-header.ts';
import { readHead } from './read-head.ts';

const HEAD_BYTES = 256 * 1024;

/** What a text file looks like: enough to hand it to DuckDB's reader with explicit options. */
export interface TextShape {
  fileType: 'text' | 'gzip';
  path: string;
  name: string;
  bytes: number;
  encoding: TextEncoding;
  delimiter: Delimiter;
  hasHeader: boolean;
  headers: string[];
  sampleRows: string[][];
}

export type FileShape =
  | TextShape
  | { fileType: 'xlsx' | 'parquet'; path: string; name: string; bytes: number };

export interface SniffOptions {
  /** Force header presence instead of detecting it. */
  header?: boolean;
}

/** Looks at a file's first bytes and says how to read it, or why it can't be read. */
export async function sniffFile(path: string, options: SniffOptions = {}): Promise<FileShape> {
  const name = basename(path);
  let bytes: number;
  try {
    bytes = statSync(path).size;
  } catch {
    throw new PatronError('file_not_found', `${name}: no such file. Check the path and try again.`, {
      file: name,
    });
  }
  if (bytes === 0)
    throw new PatronError('empty_file', `${name} is empty (0 bytes). Export the data again.`, { file: name });
  const magic = await readHead(path, 8192, false);
  const fileType: FileType = detectFileType(magic);
  if (fileType === 'xlsx' || fileType === 'parquet') return { fileType, path, name, bytes };
  if (fileType === 'zip') {
    throw new PatronError(
      'unsupported_zip',
      `${name} is a ZIP archive. Unzip it and import the CSV files inside.`,
      { file: name },
    );
  }
  const head = await readHead(path, HEAD_BYTES, fileType === 'gzip');
  const complete = fileType === 'text' && bytes <= HEAD_BYTES;
  if (head.includes(0) && !head.subarray(0, 2).equals(Buffer.from([0xff, 0xfe]))) {
    throw new PatronError(
      'not_a_table',
      `${name} is not a text table (it contains binary data). Export it as CSV.`,
      { file: name },
    );
  }
  const encoding = detectEncoding(head, !complete);
  const text = decodeHead(head, encoding).replace(/^\uFEFF/, '');
  if (text.trim() === '')
    throw new PatronError('empty_file', `${name} has no rows. Export the data again.`, { file: name });
  if (/^\s*<(!doctype|html|\?xml)/i.test(text)) {
    throw new PatronError(
      'not_a_table',
      `${name} is a web page or XML, not a table. Export the data as CSV.`,
      { file: name },
    );
  }
  const dialect = detectDialect(text, complete);
  if (dialect.unterminatedQuote) {
    const row = dialect.records.length + 1;
    throw new PatronError(
      'unterminated_quote',
      `${name}: a quoted value starting near row ${row} never ends (a " is missing). Fix the quote or re-export the file.`,
      { file: name, row },
    );
  }
  const hasHeader = options.header ?? detectHeader(dialect.records);
  const first = dialect.records[0] ?? [];
  const headers = hasHeader ? cleanHeaderNames(first) : first.map((_, i) => `column${i + 1}`);
  const sampleRows = dialect.records.slice(hasHeader ? 1 : 0, 21);
  return {
    fileType,
    path,
    name,
    bytes,
    encoding,
    delimiter: dialect.delimiter,
    hasHeader,
    headers,
    sampleRows,
  };
}
