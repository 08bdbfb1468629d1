import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { z } from 'zod';
import {
  type ClusteringFit,
  clusterCsv,
  fitStoreClustering,
  formatClustering,
  parseKChoice,
} from '../../clusters/index.ts';
import { PatronError } from '../../errors/index.ts';
import { reportError } from '../fail.ts';
import { openCliStore } from '../open-cli-store.ts';
import { toCsv } from '../to-csv.ts';

const ClusterFlags = z.object({
  features: z.string().default('rfm'),
  k: z.string().default('auto'),
  nInit: z.coerce.number().int().min(1).max(100).default(10),
  seed: z.coerce.number().int().default(0),
  method: z.enum(['auto', 'kmeans', 'minibatch', 'gmm']).default('auto'),
  stability: z.coerce.number().int().min(0).max(200).default(20),
  json: z.boolean().optional(),
  input: z.string().optional(),
  id: z.string().optional(),
  scale: z.boolean().default(true),
  out: z.string().optional(),
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
    .option('--input <file.csv>', 'cluster the numeric columns of a CSV as given instead of the shop')
    .option('--id <column>', 'with --input: the column naming each row')
    .option('--no-scale', 'with --input: do not z-score the columns')
    .option('--out <file.csv>', 'write one row per input row: id and cluster')
    .option('--json', 'print one JSON object')
    .action(async (raw: Record<string, unknown>) => {
      const json = Boolean(raw.json);
      try {
        const flags = ClusterFlags.parse(raw);
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
        };
        let fit: ClusteringFit;
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
          } finally {
            store.close();
          }
        }
        if (flags.out) writeFileSync(flags.out, toCsv(assignmentRows(fit)));
        if (json) console.log(JSON.stringify(fit.result, null, 2));
        else process.stdout.write(formatClustering(fit.result));
        if (flags.out && !json)
          console.log(`\nWrote ${fit.ids.length.toLocaleString('en-GB')} rows to ${flags.out}.`);
      } catch (error) {
        reportError(error, json);
      }
    });
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
