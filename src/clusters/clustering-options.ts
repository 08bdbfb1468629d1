import { z } from 'zod';
import { KChoice } from './k-choice.ts';

/** What `patron cluster` and the server ask for. */
export const ClusteringOptions = z.object({
  /** A preset (rfm, behaviour, psychographic) or a comma-separated list; presets and names mix. */
  features: z.string().min(1).default('rfm'),
  k: KChoice.default({ mode: 'auto' }),
  nInit: z.number().int().min(1).max(100).default(10),
  seed: z.number().int().default(0),
  /** k-means (mini-batch above 100,000 rows when 'auto'), or a Gaussian mixture for soft membership. */
  method: z.enum(['auto', 'kmeans', 'minibatch', 'gmm']).default('auto'),
  /** Winsorising percentiles for numeric store features. */
  winsor: z.tuple([z.number().min(0).max(0.5), z.number().min(0.5).max(1)]).default([0.01, 0.99]),
  /** Bootstrap resamples for stability; 0 skips it. */
  stabilityResamples: z.number().int().min(0).max(200).default(20),
  /** A cluster under this share of rows is trivially small when choosing k. */
  minClusterShare: z.number().min(0).max(0.5).default(0.02),
});
export type ClusteringOptions = z.infer<typeof ClusteringOptions>;
export type ClusteringRequest = z.input<typeof ClusteringOptions>;
