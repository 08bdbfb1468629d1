import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { previewSegmentRule, ruleCatalogue, segmentSummaries } from '../../insights/segments/index.ts';
import {
  CreateSegmentRequest,
  ExplainParams,
  Ok,
  PreviewRequest,
  RuleCatalogue,
  Segment,
  SegmentExplanation,
  SegmentList,
  SegmentOverlapResult,
  SegmentParams,
  SegmentPreview,
  UpdateSegmentRequest,
  WorkspaceParams,
} from '../../schema/api/index.ts';
import {
  createSegment,
  deleteSegment,
  explainMembership,
  segmentMembers,
  segmentOverlap,
  updateSegment,
} from '../../segments/index.ts';
import { toCsv } from '../csv.ts';
import { fromPublicId, toPublicId } from '../public-ids.ts';
import { withErrors } from '../with-errors.ts';
import { workspaceOf } from '../workspace-of.ts';
import { findSegment, shapeSegment } from './shape-segment.ts';

/** Saved segments: list with KPIs, CRUD, live preview, autocomplete catalogue, explain, members CSV, overlap. */
export async function segmentsRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['segments'];
  api.get(
    '/segments',
    {
      schema: {
        tags,
        summary: 'Saved segments with sizes and KPIs',
        params: WorkspaceParams,
        response: withErrors({ 200: SegmentList }),
      },
    },
    async (request) => {
      const ws = workspaceOf(request);
      const list = await ws.cached('segments', segmentSummaries);
      return { segments: list.map((s) => shapeSegment(ws.workspaceId, s)) };
    },
  );
  api.post(
    '/segments',
    {
      schema: {
        tags,
        summary: 'Create a segment from a rule',
        params: WorkspaceParams,
        body: CreateSegmentRequest,
        response: withErrors({ 201: Segment }),
      },
    },
    async (request, reply) => {
      const ws = workspaceOf(request);
      const body = request.body;
      const created = await ws.write((store) =>
        createSegment(store, {
          name: body.name,
          rule: body.rule,
          ...(body.description !== undefined ? { description: body.description } : {}),
        }),
      );
      const segment = await findSegment(ws, { name: created.name });
      reply.code(201);
      return segment;
    },
  );
  api.post(
    '/segments/preview',
    {
      schema: {
        tags,
        summary: 'Live count and sample for unsaved rule text, or its problems with positions',
        params: WorkspaceParams,
        body: PreviewRequest,
        response: withErrors({ 200: SegmentPreview }),
      },
    },
    async (request) => {
      const ws = workspaceOf(request);
      const rows = await ws.profileRows();
      const preview = await ws.read((store) =>
        previewSegmentRule(store, request.body.rule, request.body.limit, rows.sql),
      );
      return {
        ...preview,
        sample: preview.sample.map(({ customer_id, ...rest }) => ({
          id: toPublicId(ws.workspaceId, customer_id),
          ...rest,
        })),
      };
    },
  );
  api.get(
    '/segments/catalogue',
    {
      schema: {
        tags,
        summary: 'Fields, functions, operators and this shop’s values for rule autocomplete',
        params: WorkspaceParams,
        response: withErrors({ 200: RuleCatalogue }),
      },
    },
    async (request) => workspaceOf(request).cached('catalogue', ruleCatalogue),
  );
  api.get(
    '/segments/overlap',
    {
      schema: {
        tags,
        summary: 'Customers shared by each pair of segments',
        params: WorkspaceParams,
        response: withErrors({ 200: SegmentOverlapResult }),
      },
    },
    async (request) => {
      const ws = workspaceOf(request);
      const [overlap, list] = await Promise.all([
        ws.cached('overlap', segmentOverlap),
        ws.cached('segments', segmentSummaries),
      ]);
      const ids = new Map(list.map((s) => [s.name, s.segment_id]));
      return {
        segments: overlap.segments.map((name) => ({
          id: toPublicId(ws.workspaceId, ids.get(name) ?? 0),
          name,
        })),
        counts: overlap.counts,
      };
    },
  );
  api.get(
    '/segments/:segmentId',
    {
      schema: {
        tags,
        summary: 'One segment with its size and KPIs',
        params: SegmentParams,
        response: withErrors({ 200: Segment }),
      },
    },
    async (request) => {
      const ws = workspaceOf(request);
      return findSegment(ws, { id: fromPublicId(ws.workspaceId, request.params.segmentId, 'segment') });
    },
  );
  api.patch(
    '/segments/:segmentId',
    {
      schema: {
        tags,
        summary: 'Rename a segment or change its rule or description',
        params: SegmentParams,
        body: UpdateSegmentRequest,
        response: withErrors({ 200: Segment }),
      },
    },
    async (request) => {
      const ws = workspaceOf(request);
      const id = fromPublicId(ws.workspaceId, request.params.segmentId, 'segment');
      const body = request.body;
      await ws.write((store) =>
        updateSegment(store, id, {
          ...(body.name !== undefined ? { name: body.name } : {}),
          ...(body.rule !== undefined ? { rule: body.rule } : {}),
          ...(body.description !== undefined ? { description: body.description } : {}),
        }),
      );
      return findSegment(ws, { id });
    },
  );
  api.delete(
    '/segments/:segmentId',
    {
      schema: {
        tags,
        summary: 'Delete a segment (its members leave)',
        params: SegmentParams,
        response: withErrors({ 200: Ok }),
      },
    },
    async (request) => {
      const ws = workspaceOf(request);
      const segment = await findSegment(ws, {
        id: fromPublicId(ws.workspaceId, request.params.segmentId, 'segment'),
      });
      await ws.write((store) => deleteSegment(store, segment.name));
      return { ok: true as const };
    },
  );
  api.get(
    '/segments/:segmentId/members.csv',
    {
      schema: {
        tags,
        summary: 'Current members as CSV',
        params: SegmentParams,
        produces: ['text/csv'],
        response: withErrors({ 200: z.string() }),
      },
    },
    async (request, reply) => {
      const ws = workspaceOf(request);
      const segment = await findSegment(ws, {
        id: fromPublicId(ws.workspaceId, request.params.segmentId, 'segment'),
      });
      const rows = await ws.read((store) => segmentMembers(store, segment.name));
      const csv = toCsv(
        rows.map((r) => ({ ...r, customer_id: toPublicId(ws.workspaceId, Number(r.customer_id)) })),
      );
      const file = `${segment.name.replace(/[^\p{L}\p{N}_.-]+/gu, '-')}-members.csv`;
      reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${file}"`);
      return csv;
    },
  );
  api.get(
    '/segments/:segmentId/explain/:customerId',
    {
      schema: {
        tags,
        summary: 'Which conditions hold for one customer, with their values',
        params: ExplainParams,
        response: withErrors({ 200: SegmentExplanation }),
      },
    },
    async (request) => {
      const ws = workspaceOf(request);
      const segment = await findSegment(ws, {
        id: fromPublicId(ws.workspaceId, request.params.segmentId, 'segment'),
      });
      const customerId = fromPublicId(ws.workspaceId, request.params.customerId, 'customer');
      const e = await ws.read((store) => explainMembership(store, segment.name, customerId));
      return {
        segment_id: segment.id,
        customer_id: toPublicId(ws.workspaceId, customerId),
        as_of: e.asOf,
        matched: e.matched,
        conditions: e.conditions.map((c) => ({
          text: c.text,
          position: c.span ?? null,
          held: c.held,
          subject: c.subject,
          value: c.value,
        })),
      };
    },
  );
}
