import type { Command } from 'commander';
import { storeStats } from '../../insights/index.ts';
import { reportError } from '../fail.ts';
import { openCliStore } from '../open-cli-store.ts';

/** `patron stats`: customers, guest orders, orders, lines, returns, net revenue, date range. */
export function registerStats(program: Command): void {
  program
    .command('stats')
    .description('what the store holds')
    .option('--json', 'print one JSON object')
    .action(async (flags: { json?: boolean }) => {
      try {
        const store = await openCliStore(program.opts().db);
        const stats = await storeStats(store);
        store.close();
        if (flags.json) console.log(JSON.stringify(stats, null, 2));
        else printStats(stats);
      } catch (error) {
        reportError(error, Boolean(flags.json));
      }
    });
}

export function printStats(s: Awaited<ReturnType<typeof storeStats>>): void {
  const n = (v: number) => v.toLocaleString('en-GB');
  console.log(
    `customers       ${n(s.customers)}${s.merged_profiles ? ` (${n(s.merged_profiles)} duplicate profiles merged)` : ''}`,
  );
  console.log(`orders          ${n(s.orders)} (${n(s.returns)} returns, ${n(s.guest_orders)} guest orders)`);
  console.log(`order lines     ${n(s.order_lines)}`);
  console.log(`net revenue     ${n(s.net_revenue)} (${n(s.customer_revenue)} from known customers)`);
  console.log(`date range      ${s.first_order ?? '-'} → ${s.last_order ?? '-'}`);
  console.log(`imports         ${n(s.imports)} (${n(s.quarantined_rows)} rows in quarantine)`);
}
