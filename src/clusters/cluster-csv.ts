import { ClusteringOptions, type ClusteringRequest } from './clustering-options.ts';
import { type ClusteringFit, fitClustering } from './fit-clustering.ts';
import { readCsvTable } from './read-csv-table.ts';

/**
 * Clusters any numeric CSV as given (no log1p, no winsorising): z-scores unless `scale` is false.
 * Empty, NaN or infinite cells are refused with the row and column.
 *
 * @example
 * const { result, ids, labels } = await clusterCsv('survey.csv', { idColumn: 'respondent', k: { mode: 'fixed', k: 4 } });
 */
export async function clusterCsv(
  path: string,
  request: ClusteringRequest & { idColumn?: string; scale?: boolean } = {},
): Promise<ClusteringFit> {
  const { idColumn, scale = true, ...rest } = request;
  const options = ClusteringOptions.parse({ ...rest, features: rest.features ?? 'csv' });
  const { table, ignored } = await readCsvTable(path, idColumn);
  return fitClustering(table, options, {
    source: 'csv',
    requested: path,
    excludedProtected: [],
    ignored,
    prepare: { log: false, winsor: null, scale, missing: 'refuse' },
    preparation: scale
      ? 'numeric columns as given, then z-scores'
      : 'numeric columns as given, not scaled (--no-scale)',
  });
}
