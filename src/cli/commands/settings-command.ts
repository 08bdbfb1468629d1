import type { Command } from 'commander';
import { describeLifecycleRules, loadShopSettings, setShopSetting } from '../../features/index.ts';
import { refreshDerived } from '../../pipeline/index.ts';
import { reportError } from '../fail.ts';
import { openCliStore } from '../open-cli-store.ts';

/** `patron settings [set name=value …] [--json]`: the shop's named settings; changes refresh everything. */
export function registerSettings(program: Command): void {
  program
    .command('settings')
    .description(
      'show or change named settings, e.g. settings set lifecycle.atRiskFactor=2 value_tiers.highShare=0.1',
    )
    .argument('[action]', "'set' to change settings")
    .argument('[assignments...]', 'name=value pairs (value `default` restores the default)')
    .option('--json')
    .action(async (verb: string | undefined, assignments: string[], flags: { json?: boolean }) => {
      try {
        const store = await openCliStore(program.opts().db);
        if (verb === 'set') {
          for (const assignment of assignments) {
            const eq = assignment.indexOf('=');
            await setShopSetting(
              store,
              assignment.slice(0, eq < 0 ? assignment.length : eq),
              eq < 0 ? '' : assignment.slice(eq + 1),
            );
          }
          await refreshDerived(store, { models: 'when-as-of-changes' });
        } else if (verb !== undefined) {
          throw new Error(
            `unknown action '${verb}': use 'patron settings' or 'patron settings set name=value'`,
          );
        }
        const settings = await loadShopSettings(store);
        store.close();
        if (flags.json) return console.log(JSON.stringify(settings, null, 2));
        for (const [group, values] of Object.entries(settings)) {
          for (const [name, value] of Object.entries(values))
            console.log(`${`${group}.${name}`.padEnd(42)} ${JSON.stringify(value)}`);
        }
        console.log(
          `\n${describeLifecycleRules(settings.lifecycle)
            .stages.map((s) => s.rule)
            .join('\n')}`,
        );
      } catch (error) {
        reportError(error, Boolean(flags.json));
      }
    });
}
