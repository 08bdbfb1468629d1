import { createWriteStream, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PatronError } from '../../errors/index.ts';
import { listImports, quarantinePage } from '../../insights/imports/index.ts';
import {
  ImportRunList,
  ImportRunParams,
  ImportRunResult,
  ImportSettings,
  QuarantineList,
  QuarantineQuery,
  Upload,
  UploadParams,
  WorkspaceParams,
} from '../../schema/api/index.ts';
import type { ImportJob } from '../../workspaces/index.ts';
import { toCsv } from '../csv.ts';
import { fromPublicId, toPublicId } from '../public-ids.ts';
import { withErrors } from '../with-errors.ts';
import { workspaceOf } from '../workspace-of.ts';
import { shapeImportRun, shapeUpload } from './shape-import.ts';

/** The import wizard: upload → preview → fix mapping → start → progress → result → quarantine. */
export async function importsRoutes(
  app: FastifyInstance,
  options: { uploadLimitBytes?: number },
): Promise<void> {
  const uploadLimit = options.uploadLimitBytes ?? 200 * 1024 * 1024;
  await app.register(fastifyMultipart, {
    limits: { fileSize: uploadLimit, files: 1, fields: 10, parts: 12 },
  });
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['imports'];
  const jobOf = (
    request: { params: { uploadId: string } } & Parameters<typeof workspaceOf>[0],
  ): [ReturnType<typeof workspaceOf>, ImportJob] => {
    const ws = workspaceOf(request);
    return [ws, ws.imports.get(fromPublicId(ws.workspaceId, request.params.uploadId, 'upload'))];
  };

  api.post(
    '/imports/uploads',
    {
      schema: {
        tags,
        summary: `Upload one file (multipart field "file", up to ${Math.round(uploadLimit / 1024 / 1024)} MiB): answers the detected source, mapping with confidence and preview rows`,
        params: WorkspaceParams,
        consumes: ['multipart/form-data'],
        response: withErrors({ 201: Upload }),
      },
    },
    async (request, reply) => {
      const ws = workspaceOf(request);
      if (!request.isMultipart())
        throw new PatronError(
          'not_multipart',
          'Send the file as multipart/form-data in a field named "file".',
        );
      const part = await request.file();
      if (!part)
        throw new PatronError('no_file', 'The upload holds no file. Send it in a field named "file".');
      const name =
        basename(part.filename || 'upload.csv')
          .replace(/[^\p{L}\p{N} ._-]+/gu, '_')
          .slice(0, 120) || 'upload.csv';
      const folder = ws.imports.folder();
      const path = join(folder, name);
      try {
        await pipeline(part.file, createWriteStream(path));
        if (part.file.truncated)
          throw new PatronError(
            'payload_too_large',
            `The file is larger than ${Math.round(uploadLimit / 1024 / 1024)} MiB.`,
          );
      } catch (error) {
        rmSync(folder, { recursive: true, force: true });
        throw error;
      }
      const job = await ws.imports.add(path, name, part.file.bytesRead);
      reply.code(201);
      return shapeUpload(ws.workspaceId, job);
    },
  );
  api.get(
    '/imports/uploads/:uploadId',
    {
      schema: {
        tags,
        summary: 'An upload: its preview, and while importing its progress; its result when done',
        params: UploadParams,
        response: withErrors({ 200: Upload }),
      },
    },
    async (request) => {
      const [ws, job] = jobOf(request);
      return shapeUpload(ws.workspaceId, job);
    },
  );
  api.put(
    '/imports/uploads/:uploadId/mapping',
    {
      schema: {
        tags,
        summary: 'Fix the mapping (field → column) or reading settings; answers the new preview',
        params: UploadParams,
        body: ImportSettings,
        response: withErrors({ 200: Upload }),
      },
    },
    async (request) => {
      const [ws, job] = jobOf(request);
      const b = request.body;
      const updated = await ws.imports.configure(job.id, {
        source: b.source,
        map: b.map,
        header: b.header,
        date_format: b.date_format,
        currency: b.currency,
        phone_country: b.phone_country,
        drop_duplicate_lines: b.drop_duplicate_lines,
      });
      return shapeUpload(ws.workspaceId, updated);
    },
  );
  api.post(
    '/imports/uploads/:uploadId/start',
    {
      schema: {
        tags,
        summary: 'Start the import in the background; poll the upload (or its /events stream) for progress',
        params: UploadParams,
        response: withErrors({ 202: Upload }),
      },
    },
    async (request, reply) => {
      const [ws, job] = jobOf(request);
      ws.imports.start(job.id);
      reply.code(202);
      return shapeUpload(ws.workspaceId, job);
    },
  );
  api.get(
    '/imports/uploads/:uploadId/events',
    {
      schema: {
        tags,
        summary: 'Progress as server-sent events (event: progress, data: the upload) until done or failed',
        params: UploadParams,
        produces: ['text/event-stream'],
      },
    },
    async (request, reply) => {
      const [ws, job] = jobOf(request);
      reply.hijack();
      reply.raw.writeHead(200, {
        'content-type': 'text/event-stream',
        'cache-control': 'no-cache',
        connection: 'keep-alive',
      });
      const send = () =>
        reply.raw.write(`event: progress\ndata: ${JSON.stringify(shapeUpload(ws.workspaceId, job))}\n\n`);
      send();
      const timer = setInterval(() => {
        send();
        if (job.state === 'done' || job.state === 'failed' || job.state === 'uploaded') {
          clearInterval(timer);
          reply.raw.end();
        }
      }, 250);
      request.raw.on('close', () => clearInterval(timer));
    },
  );
  api.get(
    '/imports',
    {
      schema: {
        tags,
        summary: 'Recorded imports, newest first, with their reconciliation',
        params: WorkspaceParams,
        response: withErrors({ 200: ImportRunList }),
      },
    },
    async (request) => {
      const ws = workspaceOf(request);
      const runs = await ws.cached('imports', (store) => listImports(store));
      return { imports: runs.map((r) => shapeImportRun(ws.workspaceId, r)) };
    },
  );
  api.get(
    '/imports/:importId',
    {
      schema: {
        tags,
        summary: 'One import: counts that reconcile, mapping, warnings',
        params: ImportRunParams,
        response: withErrors({ 200: ImportRunResult }),
      },
    },
    async (request) => {
      const ws = workspaceOf(request);
      const id = fromPublicId(ws.workspaceId, request.params.importId, 'import');
      const [run] = await ws.read((store) => listImports(store, id));
      if (!run) throw new PatronError('not_found', 'There is no such import in this workspace.');
      return shapeImportRun(ws.workspaceId, run);
    },
  );
  api.get(
    '/imports/:importId/quarantine',
    {
      schema: {
        tags,
        summary: 'Rejected rows of one import with their reasons',
        params: ImportRunParams,
        querystring: QuarantineQuery,
        response: withErrors({ 200: QuarantineList }),
      },
    },
    async (request) => {
      const ws = workspaceOf(request);
      const id = fromPublicId(ws.workspaceId, request.params.importId, 'import');
      const [run] = await ws.read((store) => listImports(store, id));
      if (!run) throw new PatronError('not_found', 'There is no such import in this workspace.');
      const page = await ws.read((store) =>
        quarantinePage(store, id, request.query.limit, request.query.offset),
      );
      return { import_id: toPublicId(ws.workspaceId, id), file: run.file, ...page };
    },
  );
  api.get(
    '/imports/:importId/quarantine.csv',
    {
      schema: {
        tags,
        summary: 'Rejected rows of one import as CSV',
        params: ImportRunParams,
        produces: ['text/csv'],
        response: withErrors({ 200: z.string() }),
      },
    },
    async (request, reply) => {
      const ws = workspaceOf(request);
      const id = fromPublicId(ws.workspaceId, request.params.importId, 'import');
      const [run] = await ws.read((store) => listImports(store, id));
      if (!run) throw new PatronError('not_found', 'There is no such import in this workspace.');
      const page = await ws.read((store) => quarantinePage(store, id, null));
      const file = `${run.file.replace(/[^\p{L}\p{N}_.-]+/gu, '-')}-quarantine.csv`;
      reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${file}"`);
      return toCsv(
        page.rows.map((r) => ({ file: run.file, ...r })),
        ['file', 'row', 'column', 'value', 'code', 'reason'],
      );
    },
  );
}
