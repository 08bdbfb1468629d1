import { ApiError } from '../schema/api/index.ts';

/** A route's response schemas plus the coded error every route may answer with. */
export function withErrors<T extends Record<number, unknown>>(
  ok: T,
): T & { '4xx': typeof ApiError; '5xx': typeof ApiError } {
  return { ...ok, '4xx': ApiError, '5xx': ApiError };
}
