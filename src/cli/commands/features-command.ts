import type { Command } from 'commander';
import { featureOverview } from '../../features/index.ts';
import { refreshDerived } from '../../pipeline/index.ts';
import { reportError } from '../fail.ts';
import { openCliStore } from '../open-cli-store.ts';

/** `patron features [--as-of DATE] [--json]`: recompute customer features and show them at a glance. */
export function registerFeatures(program: Command): void {
  program
    .command('features')
    .description(
      'recompute customer features (orders, spend, recency, tenure, gaps, returns, shares) and summarise them',
    )
    .option('--as-of <date>', 'analysis date YYYY-MM-DD (default: the day after the last order)')
    .option('--json', 'print one JSON object')
    .action(async (flags: { asOf?: string; json?: boolean }) => {
      try {
        const store = await openCliStore(program.opts().db);
        await refreshDerived(store, {
          models: 'when-as-of-changes',
          ...(flags.asOf ? { asOf: flags.asOf } : {}),
        });
        const overview = await featureOverview(store);
        store.close();
        if (flags.json) return console.log(JSON.stringify(overview, null, 2));
        const a = overview.average;
        console.log(`as of            ${overview.as_of ?? '-'} (orders before this date count)`);
        console.log(
          `customers        ${overview.customers.toLocaleString('en-GB')} (${overview.customers_with_orders.toLocaleString('en-GB')} with orders, repeat rate ${(overview.repeat_rate * 100).toFixed(1)} %)`,
        );
        console.log(
          `per buyer        ${a.number_of_orders} orders, ${a.amount_spent} spent, ${a.average_order_value} per order`,
        );
        console.log(
          `recency/tenure   ${a.recency_days} / ${a.tenure_days} days on average; ${a.average_days_between_orders ?? '-'} days between orders`,
        );
      } catch (error) {
        reportError(error, Boolean(flags.json));
      }
    });
}
