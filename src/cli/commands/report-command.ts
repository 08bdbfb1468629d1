import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { reportError } from '../fail.ts';
import { openCliStore } from '../open-cli-store.ts';

/** `patron report [--out report.html]`: one self-contained HTML page with charts, tables and plain words. */
export function registerReport(program: Command): void {
  program
    .command('report')
    .description('write a one-file HTML report (charts as inline SVG, no external requests)')
    .option('--out <file>', 'where to write it', 'report.html')
    .option('--shop <name>', 'shop name for the title')
    .action(async (flags: { out: string; shop?: string }) => {
      try {
        const store = await openCliStore(program.opts().db);
        try {
          // ECharts loads only for this command.
          const { buildReport } = await import('../../insights/report/index.ts');
          const html = await buildReport(store, flags.shop ? { shopName: flags.shop } : {});
          writeFileSync(flags.out, html);
          console.log(
            `Wrote ${resolve(flags.out)} (${Math.round(html.length / 1024)} KB). Open it in any browser.`,
          );
        } finally {
          store.close();
        }
      } catch (error) {
        reportError(error, false);
      }
    });
}
