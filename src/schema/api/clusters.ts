import { z } from 'zod';
import { PublicId } from './public-id.ts';

export const ClusteringRequestBody = z.object({
  features: z
    .string()
    .min(1)
    .max(300)
    .default('rfm')
    .describe('a preset (rfm, behaviour, psychographic) or a comma-separated list of features'),
  k: z
    .union([z.literal('auto'), z.number().int().min(2).max(20)])
    .default('auto')
    .describe('number of clusters, or auto (chosen by silhouette and cluster sizes)'),
  method: z.enum(['auto', 'kmeans', 'minibatch', 'gmm']).default('auto'),
  seed: z.number().int().default(0),
});
export type ClusteringRequestBody = z.infer<typeof ClusteringRequestBody>;

export const SaveClusteringRequest = ClusteringRequestBody.extend({
  name: z.string().trim().min(1).max(64),
  segments: z.boolean().default(true).describe('also save one segment per cluster'),
});
export type SaveClusteringRequest = z.infer<typeof SaveClusteringRequest>;

export const ClusterProfileOut = z.looseObject({
  cluster: z.number().int(),
  name: z.string(),
  description: z.string(),
  size: z.number().int(),
  share: z.number(),
  revenue_share: z.number().nullable(),
  distinguishing: z.array(
    z.looseObject({
      feature: z.string(),
      label: z.string(),
      value: z.string().nullable(),
      direction: z.enum(['higher', 'lower']),
      standardised_difference: z.number(),
      cluster_value: z.number(),
      overall_value: z.number(),
    }),
  ),
});
export type ClusterProfileOut = z.infer<typeof ClusterProfileOut>;

export const ClusterMapOut = z.object({
  explained_variance: z.array(z.number()),
  axes: z.array(z.object({ column: z.string(), x: z.number(), y: z.number() })),
  points: z.array(
    z.object({
      id: z.string().describe('customer id (public form)'),
      x: z.number(),
      y: z.number(),
      cluster: z.number().int(),
    }),
  ),
  centers: z.array(z.object({ cluster: z.number().int(), x: z.number(), y: z.number() })),
  sample_size: z.number().int(),
  total: z.number().int(),
});
export type ClusterMapOut = z.infer<typeof ClusterMapOut>;

export const ClusteringResultOut = z.looseObject({
  method: z.string(),
  k: z.number().int(),
  reason: z.string(),
  per_k: z.array(z.looseObject({ k: z.number().int() })),
  quality: z.looseObject({ silhouette: z.number() }),
  profiles: z.array(ClusterProfileOut),
  map: ClusterMapOut,
});
export type ClusteringResultOut = z.infer<typeof ClusteringResultOut>;

export const ClusteringSummaryOut = z.object({
  name: z.string(),
  features: z.string(),
  current_version: z.number().int(),
  versions: z.number().int(),
  k: z.number().int(),
  with_segments: z.boolean(),
  created_at: z.string(),
  refitted_at: z.string(),
  clusters: z.array(z.object({ cluster: z.number().int(), name: z.string(), customers: z.number().int() })),
});
export type ClusteringSummaryOut = z.infer<typeof ClusteringSummaryOut>;

export const ClusteringList = z.object({ clusterings: z.array(ClusteringSummaryOut) });
export type ClusteringList = z.infer<typeof ClusteringList>;

export const ClusteringDetailOut = z.object({
  name: z.string(),
  version: z.number().int(),
  current_version: z.number().int(),
  versions: z.array(z.object({ version: z.number().int(), fitted_at: z.string(), k: z.number().int() })),
  fitted_at: z.string(),
  assigned_since_fit: z.number().int(),
  result: ClusteringResultOut,
});
export type ClusteringDetailOut = z.infer<typeof ClusteringDetailOut>;

export const SavedClustering = z.object({
  name: z.string(),
  version: z.number().int(),
  segments: z.array(z.object({ cluster: z.number().int(), segment: z.string(), members: z.number().int() })),
});
export type SavedClustering = z.infer<typeof SavedClustering>;

export const ClusteringParams = z.object({
  workspaceId: z.string(),
  clusteringName: z.string().min(1).max(64),
});
export type ClusteringParams = z.infer<typeof ClusteringParams>;

export const ClusterSegmentParams = ClusteringParams.extend({
  cluster: z.coerce.number().int().min(0).max(100),
});
export type ClusterSegmentParams = z.infer<typeof ClusterSegmentParams>;

export const ClusterSegmentRequest = z.object({ name: z.string().trim().min(1).max(64).optional() });
export type ClusterSegmentRequest = z.infer<typeof ClusterSegmentRequest>;

export const ClusterSegmentCreated = z.object({
  id: PublicId,
  name: z.string(),
  rule: z.string(),
  size: z.number().int(),
});
export type ClusterSegmentCreated = z.infer<typeof ClusterSegmentCreated>;
