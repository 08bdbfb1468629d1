import type { Command } from 'commander';
import pc from 'picocolors';
import { PatronError } from '../../errors/index.ts';
import { DEFAULT_IMPORT_OPTIONS, type ImportResult, importFile } from '../../ingest/index.ts';
import { refreshDerived } from '../../pipeline/index.ts';
import { describeRefresh } from '../describe-refresh.ts';
import { reportError } from '../fail.ts';
import { openCliStore } from '../open-cli-store.ts';
import { importProgress } from '../progress.ts';
import { printImport, totals } from './print-import.ts';

interface ImportFlags {
  source: string;
  map: string[];
  dateFormat?: string;
  currency?: string;
  phoneCountry: string;
  dropDuplicateLines?: boolean;
  header: string;
  json?: boolean;
}

function parseMaps(maps: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of maps) {
    const eq = m.indexOf('=');
    if (eq <= 0)
      throw new PatronError('bad_map', `--map ${m}: write it as field=Column, e.g. --map order_id=Invoice.`);
    out[m.slice(0, eq).trim()] = m.slice(eq + 1).trim();
  }
  return out;
}

/** `patron import <files…>`: one transaction per file; exit 0 when every file imported. */
export function registerImport(program: Command): void {
  program
    .command('import')
    .description('import exports (CSV, TSV, gzip, XLSX, Parquet) into the store')
    .argument('<files...>')
    .option('--source <preset>', "'auto', 'generic' or a preset id (see `patron sources`)", 'auto')
    .option(
      '--map <field=Column>',
      'map a column to a Patron field (repeatable; Col1+Col2 joins columns)',
      (v: string, acc: string[]) => [...acc, v],
      [],
    )
    .option('--date-format <format>', 'DMY, MDY, ISO or a strptime pattern such as %d.%m.%Y')
    .option('--currency <code>', 'currency of files without a currency column (ISO 4217)')
    .option('--phone-country <code>', 'country for national phone numbers', 'GB')
    .option('--drop-duplicate-lines', 'drop rows that are exact copies of an earlier row in the same file')
    .option('--header <yes|no|auto>', 'whether the first row is a header', 'auto')
    .option('--json', 'print one JSON object')
    .action(async (files: string[], flags: ImportFlags) => {
      const json = Boolean(flags.json);
      const results: ImportResult[] = [];
      const errors: { file: string; code: string; message: string }[] = [];
      let store: Awaited<ReturnType<typeof openCliStore>> | undefined;
      try {
        const map = parseMaps(flags.map);
        store = await openCliStore(program.opts().db);
        for (const file of files) {
          const progress = importProgress(!json);
          try {
            const result = await importFile(store, file, {
              ...DEFAULT_IMPORT_OPTIONS,
              source: flags.source,
              map,
              phoneCountry: flags.phoneCountry,
              dropDuplicateLines: Boolean(flags.dropDuplicateLines),
              ...(flags.header === 'auto' ? {} : { header: flags.header === 'yes' }),
              ...(flags.dateFormat ? { dateFormat: flags.dateFormat } : {}),
              ...(flags.currency ? { currency: flags.currency.toUpperCase() } : {}),
              onProgress: progress.update,
            });
            progress.stop();
            results.push(result);
            if (!json) printImport(result);
          } catch (error) {
            progress.stop();
            if (!(error instanceof PatronError)) throw error;
            errors.push({ file, code: error.code, message: error.message });
            if (!json) console.error(`${pc.red('not imported')} ${error.message}`);
          }
        }
        // Features follow the data: every import refreshes them.
        if (results.length > 0) {
          const refresh = await refreshDerived(store);
          if (!json) for (const line of describeRefresh(refresh)) console.log(line);
        }
      } catch (error) {
        reportError(error, json);
        return;
      } finally {
        store?.close();
      }
      if (json) console.log(JSON.stringify({ ...totals(results), files: results, errors }, null, 2));
      process.exitCode = errors.length === 0 ? 0 : results.length === 0 ? 1 : 3;
    });
}
