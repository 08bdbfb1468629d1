// `npm run bench`: every benchmark, each printed as a table. Ratios are measured within one run.
import { bench10mLines } from './import-10m-lines.ts';
import { benchOnlineRetail } from './import-online-retail.ts';
import { printTable } from './print-table.ts';

const only = process.argv[2];
if (!only || only === 'ingest') {
  printTable(
    'Import: Online Retail (541,909 lines) against DuckDB bare read_csv_auto',
    await benchOnlineRetail(),
  );
  printTable(
    'Import: large file, separate process',
    await bench10mLines(Number(process.env.BENCH_LINES ?? 10_000_000)),
  );
}
