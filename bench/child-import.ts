// Imports one file into a fresh database in its own process, so peak RSS is the import's alone.
import { DEFAULT_IMPORT_OPTIONS, importFile } from '../src/ingest/index.ts';
import { openStore } from '../src/store/index.ts';

const [file, db] = process.argv.slice(2) as [string, string];
const store = await openStore(db);
const started = performance.now();
const result = await importFile(store, file, { ...DEFAULT_IMPORT_OPTIONS });
const seconds = (performance.now() - started) / 1000;
store.close();
console.log(
  JSON.stringify({
    seconds,
    rows: result.rows_read,
    loaded: result.rows_loaded,
    maxRssKb: process.resourceUsage().maxRSS,
  }),
);
