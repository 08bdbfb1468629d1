import { PatronError } from '../errors/index.ts';
import { UNSUPPORTED_CODES } from './check-model-support.ts';

/** True for the refusals of {@link checkModelSupport}: the data cannot support a purchase model. */
export function isUnsupported(error: unknown): error is PatronError {
  return error instanceof PatronError && (UNSUPPORTED_CODES as readonly string[]).includes(error.code);
}
