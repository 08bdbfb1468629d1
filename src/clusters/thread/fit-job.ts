import type { Location } from '../../errors/index.ts';
import type { ClusteringOptions } from '../clustering-options.ts';
import type { FeatureTable } from '../feature-table.ts';
import type { ClusteringFit, FitContext } from '../fit-clustering.ts';

/** What the clustering thread receives. */
export interface FitJob {
  table: FeatureTable;
  options: ClusteringOptions;
  context: FitContext;
}

/** What it sends back: the fit, a PatronError's parts, or an unexpected error's stack. */
export type FitReply =
  | { ok: true; fit: ClusteringFit }
  | {
      ok: false;
      patron: {
        code: string;
        message: string;
        location?: Location | undefined;
        details?: Record<string, unknown> | undefined;
      };
    }
  | { ok: false; internal: string };
