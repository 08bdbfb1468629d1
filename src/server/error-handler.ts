import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { PatronError } from '../errors/index.ts';
import { httpStatusOf } from './http-status-of.ts';

interface ErrorBody {
  error: { code: string; message: string; location?: Record<string, unknown> };
}

function body(code: string, message: string, location?: Record<string, unknown>): ErrorBody {
  return { error: location ? { code, message, location } : { code, message } };
}

function validationMessage(error: FastifyError): string {
  const first = error.validation?.[0];
  const where = first?.instancePath
    ? ` at ${first.instancePath.replace(/^\//, '').replaceAll('/', '.')}`
    : '';
  const context = error.validationContext ? ` in the ${error.validationContext}` : '';
  return `The request is not valid${context}${where}: ${first?.message ?? error.message}`;
}

/** Turns anything thrown into `{ error: { code, message } }` with the right status; never a stack trace. */
function describe(error: FastifyError | PatronError | Error): { status: number; body: ErrorBody } {
  if (error instanceof PatronError) {
    const position = error.location?.position;
    const location = position
      ? { line: position.line, column: position.column }
      : error.location?.row !== undefined
        ? { row: error.location.row }
        : undefined;
    return { status: httpStatusOf(error.code), body: body(error.code, error.message, location) };
  }
  const e = error as FastifyError;
  if (e.validation) return { status: 400, body: body('invalid_request', validationMessage(e)) };
  const status = e.statusCode ?? 500;
  if (status === 413)
    return {
      status,
      body: body('payload_too_large', 'The request or file is larger than this server accepts.'),
    };
  if (status === 429)
    return { status, body: body('rate_limited', 'Too many requests. Wait a moment and try again.') };
  if (status === 415)
    return { status, body: body('unsupported_media_type', 'This content type is not accepted here.') };
  if (status === 406) return { status, body: body('not_acceptable', 'This format cannot be produced.') };
  if (status >= 400 && status < 500) {
    const code = e.code === 'FST_ERR_CTP_INVALID_JSON_BODY' ? 'invalid_json' : 'bad_request';
    const message =
      code === 'invalid_json' ? 'The request body is not valid JSON.' : 'The request is not valid.';
    return { status, body: body(code, message) };
  }
  return {
    status: 500,
    body: body('internal_error', 'Something went wrong on the server. The details are in the server log.'),
  };
}

/** Fastify error handler: logs unexpected errors in full, answers with the coded error only. */
export function handleError(error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply): void {
  const { status, body: payload } = describe(error);
  if (status >= 500) request.log.error({ err: error }, 'request failed');
  reply.code(status).type('application/json').send(payload);
}
