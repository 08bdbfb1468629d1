import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  clusteringDetail,
  fitClusteringInWorker,
  listClusterings,
  runClustering,
  saveClustering,
} from '../../clusters/index.ts';
import { PatronError } from '../../errors/index.ts';
import {
  ClusteringDetailOut,
  ClusteringList,
  ClusteringParams,
  ClusteringRequestBody,
  ClusteringResultOut,
  ClusterSegmentCreated,
  ClusterSegmentParams,
  ClusterSegmentRequest,
  SaveClusteringRequest,
  SavedClustering,
  WorkspaceParams,
} from '../../schema/api/index.ts';
import { createSegment, listSegments } from '../../segments/index.ts';
import { toPublicId } from '../public-ids.ts';
import { withErrors } from '../with-errors.ts';
import { workspaceOf } from '../workspace-of.ts';

const kChoice = (k: 'auto' | number) =>
  k === 'auto' ? { mode: 'auto' as const } : { mode: 'fixed' as const, k };
const quote = (text: string) => `'${text.replaceAll("'", "''")}'`;

// The map's points name customers by their row id; the API shows the workspace-scoped id.
function publicMap<T extends { map: { points: { id: string }[] } }>(workspaceId: string, result: T): T {
  return {
    ...result,
    map: {
      ...result.map,
      points: result.map.points.map((p) => ({ ...p, id: toPublicId(workspaceId, Number(p.id)) })),
    },
  };
}

/** Customer groups: run (unsaved), save, list saved, one saved clustering with profiles and map, cluster → segment. */
export async function clustersRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['clusters'];
  api.post(
    '/clusters/run',
    {
      schema: {
        tags,
        summary: 'Cluster the customers now (not saved): per-k table, quality, profiles, PCA map',
        params: WorkspaceParams,
        body: ClusteringRequestBody,
        response: withErrors({ 200: ClusteringResultOut }),
      },
    },
    async (request) => {
      const ws = workspaceOf(request);
      const b = request.body;
      const result = await ws.read((store) =>
        runClustering(
          store,
          { features: b.features, k: kChoice(b.k), method: b.method, seed: b.seed },
          fitClusteringInWorker, // the fit takes seconds on a big shop: keep answering meanwhile
        ),
      );
      const { model: _, ...rest } = result as typeof result & { model?: unknown };
      // The interfaces have no index signature; the response schema checks the shape at run time.
      return publicMap(ws.workspaceId, rest) as unknown as ClusteringResultOut;
    },
  );
  api.post(
    '/clusters',
    {
      schema: {
        tags,
        summary: 'Fit and save a clustering (and one segment per cluster)',
        params: WorkspaceParams,
        body: SaveClusteringRequest,
        response: withErrors({ 201: SavedClustering }),
      },
    },
    async (request, reply) => {
      const ws = workspaceOf(request);
      const b = request.body;
      const saved = await ws.write((store) =>
        saveClustering(
          store,
          {
            name: b.name,
            segments: b.segments,
            features: b.features,
            k: kChoice(b.k),
            method: b.method,
            seed: b.seed,
          },
          fitClusteringInWorker,
        ),
      );
      reply.code(201);
      return { name: saved.name, version: saved.version, segments: saved.segments };
    },
  );
  api.get(
    '/clusters',
    {
      schema: {
        tags,
        summary: 'Saved clusterings with their clusters and sizes',
        params: WorkspaceParams,
        response: withErrors({ 200: ClusteringList }),
      },
    },
    async (request) => ({ clusterings: await workspaceOf(request).cached('clusterings', listClusterings) }),
  );
  api.get(
    '/clusters/:clusteringName',
    {
      schema: {
        tags,
        summary: 'One saved clustering: profiles (what sets each group apart) and map points',
        params: ClusteringParams,
        response: withErrors({ 200: ClusteringDetailOut }),
      },
    },
    async (request) => {
      const ws = workspaceOf(request);
      const name = request.params.clusteringName;
      const detail = await ws.cached(`clustering:${name}`, (store) => clusteringDetail(store, name));
      return {
        ...detail,
        result: publicMap(ws.workspaceId, detail.result) as unknown as ClusteringResultOut,
      };
    },
  );
  api.post(
    '/clusters/:clusteringName/clusters/:cluster/segment',
    {
      schema: {
        tags,
        summary: 'Save one cluster as a segment (rule in_cluster(…))',
        params: ClusterSegmentParams,
        body: ClusterSegmentRequest,
        response: withErrors({ 201: ClusterSegmentCreated }),
      },
    },
    async (request, reply) => {
      const ws = workspaceOf(request);
      const { clusteringName, cluster } = request.params;
      const detail = await ws.read((store) => clusteringDetail(store, clusteringName));
      const profile = detail.result.profiles.find((p) => p.cluster === cluster);
      if (!profile) throw new PatronError('unknown_cluster', `'${detail.name}' has no cluster ${cluster}.`);
      const rule = `in_cluster(${quote(detail.name)}, ${quote(profile.name)})`;
      const name = request.body.name ?? `${detail.name} - ${profile.name}`.slice(0, 64);
      const created = await ws.write((store) =>
        createSegment(store, { name, rule, description: profile.description }),
      );
      const [segment] = await ws.read((store) => listSegments(store, created.name));
      reply.code(201);
      return {
        id: toPublicId(ws.workspaceId, segment?.segment_id ?? 0),
        name: created.name,
        rule,
        size: created.size,
      };
    },
  );
}
