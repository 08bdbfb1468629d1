import type { Command } from 'commander';
import { rfmSummary, setShopSetting } from '../../features/index.ts';
import { refreshDerived } from '../../pipeline/index.ts';
import { reportError } from '../fail.ts';
import { openCliStore } from '../open-cli-store.ts';
import { parseCuts } from './parse-cuts.ts';

/** `patron rfm [--as-of DATE] [--cuts r=…] [--json]`: RFM groups, score distributions and cut points. */
export function registerRfm(program: Command): void {
  program
    .command('rfm')
    .description('RFM scores (1–5 for recency, frequency, monetary) and the named groups')
    .option('--as-of <date>', 'analysis date YYYY-MM-DD (default: the day after the last order)')
    .option(
      '--cuts <dim=a,b,c,d>',
      'score a dimension by your own cut points (repeatable)',
      (v: string, acc: string[]) => [...acc, v],
      [],
    )
    .option('--json', 'print one JSON object')
    .action(async (flags: { asOf?: string; cuts: string[]; json?: boolean }) => {
      try {
        const cuts = parseCuts(flags.cuts);
        const store = await openCliStore(program.opts().db);
        for (const [dim, scoring] of Object.entries(cuts))
          await setShopSetting(store, `rfm.${dim}`, JSON.stringify(scoring));
        await refreshDerived(store, {
          models: 'when-as-of-changes',
          ...(flags.asOf ? { asOf: flags.asOf } : {}),
        });
        const summary = await rfmSummary(store);
        store.close();
        if (flags.json) return console.log(JSON.stringify(summary, null, 2));
        console.log(
          `RFM as of ${summary.as_of ?? '-'}: ${summary.customers_scored.toLocaleString('en-GB')} customers with at least one order\n`,
        );
        for (const [group, n] of Object.entries(summary.groups)) {
          const share = summary.customers_scored ? ((100 * n) / summary.customers_scored).toFixed(1) : '0.0';
          console.log(
            `${group.padEnd(20)} ${String(n).padStart(7)}  ${share.padStart(5)} %  ${summary.descriptions[group]?.action ?? ''}`,
          );
        }
        for (const dim of ['R', 'F', 'M'] as const) {
          const parts = Object.entries(summary.cut_points[dim]).map(
            ([s, [lo, hi]]) => `${s}: ${lo}–${hi} (${summary.scores[dim][s]})`,
          );
          console.log(
            `\n${dim} ${dim === 'R' ? 'days since last order' : dim === 'F' ? 'orders' : 'net spend'}: ${parts.join(', ')}`,
          );
        }
      } catch (error) {
        reportError(error, Boolean(flags.json));
      }
    });
}
