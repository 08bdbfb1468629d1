import type { Command } from 'commander';
import { listQuarantine } from '../../insights/index.ts';
import { reportError } from '../fail.ts';
import { openCliStore } from '../open-cli-store.ts';
import { toCsv } from '../to-csv.ts';

/** `patron quarantine [--import ID] [--format csv|table|json]`: rejected rows with their reasons. */
export function registerQuarantine(program: Command): void {
  program
    .command('quarantine')
    .description('rows that were not loaded, with the reason')
    .option('--import <id>', 'only this import', (v) => Number.parseInt(v, 10))
    .option('--format <format>', 'table, csv or json', 'table')
    .action(async (flags: { import?: number; format: string }) => {
      try {
        const store = await openCliStore(program.opts().db);
        const rows = await listQuarantine(store, flags.import);
        store.close();
        if (flags.format === 'csv') process.stdout.write(toCsv(rows));
        else if (flags.format === 'json') console.log(JSON.stringify(rows, null, 2));
        else if (rows.length === 0) console.log('No rows in quarantine.');
        else
          for (const r of rows)
            console.log(
              `${r.file} row ${r.row}${r.column ? ` [${r.column}]` : ''}: ${r.reason}${r.value !== null ? ` (value: '${r.value}')` : ''}`,
            );
      } catch (error) {
        reportError(error, flags.format === 'json');
      }
    });
}
