import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { z } from 'zod';
import {
  type ClusteringFit,
  ClusteringOptions,
  clusterCsv,
  clusteringDetail,
  compareVersions,
  fitStoreClustering,
  formatClustering,
  listClusterings,
  parseKChoice,
  refitClustering,
  renameCluster,
  saveClusteringFit,
  type VersionComparison,
} from '../../clusters/index.ts';
import { PatronError } from '../../errors/index.ts';
import type { Store } from '../../store/index.ts';
import { reportError } from '../fail.ts';
import { openCliStore } from '../open-cli-store.ts';
import { parseFlags } from '../parse-flags.ts';
import { toCsv } from '../to-csv.ts';

const ClusterFlags = z.object({
  features: z.string().default('rfm'),
  k: z.string().default('auto'),
  nInit: z.coerce.number().int().min(1).max(100).default(10),
  seed: z.coerce.number().int().default(0),
  method: z.enum(['auto', 'kmeans', 'minibatch', 'gmm']).default('auto'),
  stability: z.coerce.number().int().min(0).max(200).default(20),
  winsor: z
    .string()
    .regex(/^\d+(\.\d+)?,\d+(\.\d+)?$/, '--winsor takes two percentiles, e.g. 1,99')
    .transform((v) => v.split(',').map((p) => Number(p) / 100) as [number, number])
    .default([0.01, 0.99]),
  minShare: z.coerce.number().min(0).max(50).default(2),
  json: z.boolean().optional(),
  input: z.string().optional(),
  id: z.string().optional(),
  scale: z.boolean().default(true),
  out: z.string().optional(),
  save: z.string().optional(),
  segments: z.boolean().default(true),
});

/** `patron cluster`: find customer groups (or groups in any numeric CSV), name and explain them. */
export function registerCluster(program: Command): void {
  program
    .command('cluster')
    .description('find customer groups with k-means, name and explain them')
    .option('--features <preset|f1,f2,…>', 'rfm, behaviour, psychographic, or a list of features', 'rfm')
    .option('--k <auto|N|A..B>', 'number of groups: auto (2..8 by silhouette), N, or a range', 'auto')
    .option('--n-init <N>', 'k-means restarts per k', '10')
    .option('--seed <S>', 'random seed (the same seed gives the same groups)', '0')
    .option(
      '--method <kmeans|minibatch|gmm|auto>',
      'gmm gives soft membership; auto uses mini-batch above 100,000 rows',
      'auto',
    )
    .option('--stability <N>', 'bootstrap resamples for stability (0 skips)', '20')
    .option('--winsor <low,high>', 'winsorising percentiles for shop features', '1,99')
    .option(
      '--min-share <percent>',
      'with a k range: skip k whose smallest group is under this % of customers',
      '2',
    )
    .option('--input <file.csv>', 'cluster the numeric columns of a CSV as given instead of the shop')
    .option('--id <column>', 'with --input: the column naming each row')
    .option('--no-scale', 'with --input: do not z-score the columns')
    .option('--out <file.csv>', 'write one row per input row: id and cluster')
    .option('--save <name>', 'save the clustering (and one segment per cluster) under this name')
    .option('--no-segments', 'with --save: do not create a segment per cluster')
    .option('--json', 'print one JSON object')
    .action(async (raw: Record<string, unknown>) => {
      const json = Boolean(raw.json);
      try {
        const flags = parseFlags(ClusterFlags, raw);
        if (flags.save && flags.input)
          throw new PatronError(
            'not_customers',
            "--save keeps clusterings of the shop's customers; it cannot save a --input CSV.",
          );
        let k: ReturnType<typeof parseKChoice>;
        try {
          k = parseKChoice(flags.k);
        } catch (error) {
          throw new PatronError('bad_k', error instanceof Error ? error.message : String(error));
        }
        const request = {
          features: flags.features,
          k,
          nInit: flags.nInit,
          seed: flags.seed,
          method: flags.method,
          stabilityResamples: flags.stability,
          winsor: flags.winsor,
          minClusterShare: flags.minShare / 100,
        };
        let fit: ClusteringFit;
        let saveNote = '';
        if (flags.input) {
          fit = await clusterCsv(flags.input, {
            ...request,
            ...(flags.id ? { idColumn: flags.id } : {}),
            scale: flags.scale,
          });
        } else {
          const store = await openCliStore(program.opts().db);
          try {
            fit = await fitStoreClustering(store, request);
            if (flags.save) {
              const saved = await saveClusteringFit(
                store,
                flags.save,
                ClusteringOptions.parse(request),
                fit,
                flags.segments,
              );
              saveNote = `\nSaved as '${saved.name}' version 1${saved.segments.length ? ` with segments: ${saved.segments.map((x) => `'${x.segment}' (${x.members})`).join(', ')}` : ''}.`;
            }
          } finally {
            store.close();
          }
        }
        if (flags.out) writeFileSync(flags.out, toCsv(assignmentRows(fit)));
        if (json)
          console.log(
            JSON.stringify(flags.save ? { ...fit.result, saved_as: flags.save } : fit.result, null, 2),
          );
        else process.stdout.write(formatClustering(fit.result));
        if (flags.out && !json)
          console.log(`\nWrote ${fit.ids.length.toLocaleString('en-GB')} rows to ${flags.out}.`);
        if (saveNote && !json) console.log(saveNote);
      } catch (error) {
        reportError(error, json);
      }
    });
  registerClusters(program);
}

type SubFlags = {
  json?: boolean;
  name?: string;
  description?: string;
  from?: string;
  to?: string;
  version?: string;
};

/** Runs one `clusters` sub-command against the store, printing JSON or text. */
function action(
  program: Command,
  run: (store: Store, args: string[], flags: SubFlags) => Promise<string | object>,
) {
  return async (...params: unknown[]) => {
    const command = params[params.length - 1] as Command;
    const flags = command.opts<SubFlags>();
    let store: Store | undefined;
    try {
      store = await openCliStore(program.opts().db);
      const out = await run(store, command.args, flags);
      if (typeof out === 'string') process.stdout.write(out);
      else console.log(JSON.stringify(out, null, 2));
    } catch (error) {
      reportError(error, Boolean(flags.json));
    } finally {
      store?.close();
    }
  };
}

const optionalInt = (v: string | undefined) =>
  v === undefined ? undefined : z.coerce.number().int().min(1).parse(v);

/** `patron clusters list|show|rename|refit|moves`: saved clusterings. */
function registerClusters(program: Command): void {
  const clusters = program
    .command('clusters')
    .description('saved clusterings: list, show, rename a cluster, refit, movement');
  clusters
    .command('list')
    .option('--json')
    .action(
      action(program, async (store, _args, f) => {
        const list = await listClusterings(store);
        if (f.json) return list;
        if (list.length === 0) return 'No saved clusterings. Save one with `patron cluster --save NAME`.\n';
        return list
          .map(
            (c) =>
              `${c.name} (features ${c.features}, version ${c.current_version} of ${c.versions}, refitted ${c.refitted_at})\n${c.clusters
                .map(
                  (x) =>
                    `  #${x.cluster} ${x.name.padEnd(36)} ${x.customers.toLocaleString('en-GB').padStart(8)}`,
                )
                .join('\n')}\n`,
          )
          .join('\n');
      }),
    );
  clusters
    .command('show <name>')
    .option('--version <n>', 'a past version (default: current)')
    .option('--json')
    .action(
      action(program, async (store, [name], f) => {
        const version = optionalInt(f.version);
        const detail = await clusteringDetail(store, name as string, version);
        if (f.json) return detail;
        const header = `${detail.name}, version ${detail.version} of ${detail.versions.length} (fitted ${detail.fitted_at}; ${detail.assigned_since_fit} customers assigned since)\n`;
        return header + formatClustering(detail.result);
      }),
    );
  clusters
    .command('rename <name> <cluster>')
    .description('rename and/or re-describe a cluster (by number or name); its segment follows')
    .option('--name <text>', 'the new name')
    .option('--description <text>', 'the new one-sentence description')
    .option('--json')
    .action(
      action(program, async (store, [name, cluster], f) => {
        if (!f.name && !f.description)
          throw new PatronError('nothing_to_change', 'Give --name and/or --description.');
        const r = await renameCluster(store, name as string, cluster as string, {
          ...(f.name ? { name: f.name } : {}),
          ...(f.description ? { description: f.description } : {}),
        });
        return f.json
          ? r
          : `cluster #${r.cluster} is now '${r.name}': ${r.description}${r.segment ? ` (segment '${r.segment}')` : ''}\n`;
      }),
    );
  clusters
    .command('refit <name>')
    .description("fit again on today's data as a new version; shows how the groups moved")
    .option('--json')
    .action(
      action(program, async (store, [name], f) => {
        const r = await refitClustering(store, name as string);
        if (f.json) return r;
        return `${r.name}: version ${r.version} (k = ${r.result.k}). ${r.result.reason}\n\n${formatMovement(r.movement)}`;
      }),
    );
  clusters
    .command('moves <name>')
    .description('how customers moved between two versions (default: previous → current)')
    .option('--from <version>')
    .option('--to <version>')
    .option('--json')
    .action(
      action(program, async (store, [name], f) => {
        const r = await compareVersions(store, name as string, optionalInt(f.from), optionalInt(f.to));
        return f.json ? r : formatMovement(r);
      }),
    );
}

function formatMovement(m: VersionComparison): string {
  const lines = [
    `Version ${m.from_version} → ${m.to_version}: ${(m.kept_together * 100).toFixed(1)} % of the ${m.customers_in_both.toLocaleString('en-GB')} customers in both stayed with their group; ${m.new_customers} new, ${m.gone_customers} gone.`,
    '',
  ];
  for (const x of m.moves)
    lines.push(
      `  ${(x.from_name ?? '(not in this version)').padEnd(36)} → ${(x.to_name ?? '(not in this version)').padEnd(36)} ${x.customers.toLocaleString('en-GB').padStart(8)}`,
    );
  return `${lines.join('\n')}\n`;
}

function assignmentRows(fit: ClusteringFit): Record<string, string | number>[] {
  const names = fit.result.profiles.map((p) => p.name);
  return fit.ids.map((id, i) => {
    const cluster = fit.labels[i] as number;
    const row: Record<string, string | number> = { id, cluster, cluster_name: names[cluster] ?? '' };
    if (fit.probability) row.probability = (fit.probability[i] as number).toFixed(4);
    return row;
  });
}
