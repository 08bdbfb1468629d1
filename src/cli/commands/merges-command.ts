import type { Command } from 'commander';
import { listMerges } from '../../insights/index.ts';
import { reportError } from '../fail.ts';
import { openCliStore } from '../open-cli-store.ts';

/** `patron merges`: which customer profiles were merged, by which rule. */
export function registerMerges(program: Command): void {
  program
    .command('merges')
    .description('customer profiles merged by identity resolution')
    .option('--json', 'print JSON')
    .action(async (flags: { json?: boolean }) => {
      try {
        const store = await openCliStore(program.opts().db);
        const merges = await listMerges(store);
        store.close();
        if (flags.json) console.log(JSON.stringify(merges, null, 2));
        else if (merges.length === 0) console.log('No merges.');
        else
          for (const m of merges)
            console.log(
              `customer ${m.merged_customer_id} → ${m.kept_customer_id} by ${m.rule} '${m.matched_value}' (import #${m.import_id})`,
            );
      } catch (error) {
        reportError(error, Boolean(flags.json));
      }
    });
}
