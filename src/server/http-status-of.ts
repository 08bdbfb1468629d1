// Codes for a thing that is not there. (Rule codes such as unknown_field are mistakes in the request: 400.)
const MISSING = new Set([
  'not_found',
  'unknown_segment',
  'unknown_customer',
  'unknown_workspace',
  'unknown_import',
  'unknown_clustering',
  'unknown_cluster',
  'unknown_version',
]);

/** The HTTP status for a PatronError code: missing things are 404, conflicts 409, the rest 400. */
export function httpStatusOf(code: string): number {
  if (MISSING.has(code)) return 404;
  if (code === 'segment_exists' || code === 'import_already_started') return 409;
  if (code === 'unauthenticated' || code === 'wrong_password' || code === 'invalid_login_link') return 401;
  if (code === 'forbidden') return 403;
  if (code === 'payload_too_large') return 413;
  if (code === 'rate_limited') return 429;
  return 400;
}
