// Child process for crash-import.test.ts: opens a file store, imports one CSV, reports on stdout.
// The test kills it with SIGKILL at random moments; it must never be run as a test itself.
import { openStore } from '../../store/index.ts';
import { DEFAULT_IMPORT_OPTIONS, importFile } from '../index.ts';

const [dbPath, csvPath] = process.argv.slice(2);
if (!dbPath || !csvPath) throw new Error('usage: crash-import-child.ts <db> <csv>');
const store = await openStore(dbPath);
process.stdout.write('opened\n');
const result = await importFile(store, csvPath, { ...DEFAULT_IMPORT_OPTIONS });
store.close();
process.stdout.write(`${JSON.stringify({ rows_read: result.rows_read, rows_loaded: result.rows_loaded })}\n`);
