import type { Command } from 'commander';
import {
  createSegment,
  deleteSegment,
  explainMembership,
  listSegments,
  previewRule,
  refreshSegments,
  segmentKpis,
  segmentMembers,
  segmentOverlap,
} from '../../segments/index.ts';
import type { Store } from '../../store/index.ts';
import { reportError } from '../fail.ts';
import { openCliStore } from '../open-cli-store.ts';
import { toCsv } from '../to-csv.ts';

type Flags = { json?: boolean; rule?: string; description?: string; limit?: string };

/** Runs one segments sub-command against the store, printing JSON or text, with errors reported. */
function action(program: Command, run: (store: Store, args: string[], flags: Flags) => Promise<unknown>) {
  return async (...params: unknown[]) => {
    const command = params[params.length - 1] as Command;
    const flags = command.opts<Flags>();
    let store: Store | undefined;
    try {
      store = await openCliStore(program.opts().db);
      const out = await run(store, command.args, flags);
      if (typeof out === 'string') process.stdout.write(out);
      else if (out !== undefined) console.log(JSON.stringify(out, null, 2));
    } catch (error) {
      reportError(error, Boolean(flags.json));
    } finally {
      store?.close();
    }
  };
}

/** `patron segments create|list|show|members|refresh|explain|preview|delete`. */
export function registerSegments(program: Command): void {
  const segments = program.command('segments').description('saved segments that stay up to date');
  segments
    .command('create <name>')
    .requiredOption('--rule <rule>', 'the rule, e.g. "number_of_orders >= 3 AND last_order_date > -30d"')
    .option('--description <text>')
    .option('--json')
    .action(
      action(program, async (store, [name], f) => {
        const r = await createSegment(store, {
          name: name as string,
          rule: f.rule as string,
          ...(f.description ? { description: f.description } : {}),
        });
        return f.json ? r : `segment '${r.name}' saved: ${r.size.toLocaleString('en-GB')} members\n`;
      }),
    );
  segments
    .command('list')
    .option('--json')
    .action(
      action(program, async (store, _a, f) => {
        const kpis = await segmentKpis(store);
        if (f.json) return kpis;
        return (
          kpis
            .map(
              (k) =>
                `${k.name.padEnd(24)} ${String(k.size).padStart(8)} members  ${(k.share_of_customers * 100).toFixed(1).padStart(5)} % of customers  ${(k.revenue_share * 100).toFixed(1).padStart(5)} % of revenue\n`,
            )
            .join('') || 'No segments yet.\n'
        );
      }),
    );
  segments
    .command('show <name>')
    .option('--json')
    .action(
      action(program, async (store, [name], f) => {
        const [s] = await listSegments(store, name);
        const kpi = (await segmentKpis(store)).find((k) => k.name === name);
        if (!s) throw new Error(`no segment named '${name}'`);
        return f.json
          ? { ...s, kpis: kpi }
          : `${s.name}: ${s.rule}\n${s.description ?? ''}\n${JSON.stringify(kpi, null, 2)}\n`;
      }),
    );
  segments
    .command('members <name>')
    .action(action(program, async (store, [name]) => toCsv(await segmentMembers(store, name as string))));
  segments
    .command('refresh [names...]')
    .option('--json')
    .action(
      action(program, async (store, names, f) => {
        const r = await refreshSegments(store, names.length ? names : undefined);
        return f.json
          ? r
          : r
              .map(
                (x) =>
                  `${x.name.padEnd(24)} ${x.size} members (+${x.entered} −${x.exited}) in ${x.milliseconds.toFixed(0)} ms\n`,
              )
              .join('');
      }),
    );
  segments
    .command('explain <name> <customer_id>')
    .option('--json')
    .action(
      action(program, async (store, [name, id], f) => {
        const e = await explainMembership(store, name as string, Number(id));
        if (f.json) return e;
        const lines = e.conditions.map(
          (c) => `  ${c.held ? '✓' : '✗'} ${c.text}   (${c.subject} = ${c.value ?? 'none'})`,
        );
        return `customer ${id} is ${e.matched ? '' : 'not '}in '${name}' as of ${e.asOf}\n${lines.join('\n')}\n`;
      }),
    );
  segments
    .command('preview')
    .requiredOption('--rule <rule>')
    .option('--limit <n>', 'sample size', '10')
    .option('--json')
    .action(
      action(program, async (store, _a, f) => {
        const p = await previewRule(store, f.rule as string, Number(f.limit));
        return f.json
          ? p
          : `${p.count.toLocaleString('en-GB')} customers match as of ${p.as_of}\n${toCsv(p.sample)}`;
      }),
    );
  segments
    .command('overlap')
    .description('customers shared by each pair of segments')
    .option('--json')
    .action(
      action(program, async (store, _a, f) => {
        const o = await segmentOverlap(store);
        if (f.json) return o;
        const width = Math.max(8, ...o.segments.map((n) => n.length));
        const head = `${''.padEnd(width)} ${o.segments.map((n) => n.slice(0, 10).padStart(10)).join(' ')}\n`;
        return (
          head +
          o.segments
            .map(
              (n, i) =>
                `${n.padEnd(width)} ${(o.counts[i] ?? []).map((c) => String(c).padStart(10)).join(' ')}\n`,
            )
            .join('')
        );
      }),
    );
  segments.command('delete <name>').action(
    action(program, async (store, [name]) => {
      await deleteSegment(store, name as string);
      return `segment '${name}' deleted\n`;
    }),
  );
}
