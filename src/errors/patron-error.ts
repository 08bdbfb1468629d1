/** Where a problem happened, as precisely as we know it. */
export interface Location {
  file?: string;
  row?: number;
  column?: string;
  position?: { line: number; column: number };
}

/**
 * The one error class for failures a user must see. `code` is a snake_case literal,
 * `message` is written for a shop owner and says how to fix the problem.
 *
 * @example
 * throw new PatronError('missing_required_column', 'orders.csv has no order date column. Add one or pass --map order_date=<column>.', { file: 'orders.csv' });
 */
export class PatronError extends Error {
  readonly code: string;
  readonly location: Location | undefined;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: string, message: string, location?: Location, details?: Record<string, unknown>) {
    super(message);
    this.name = 'PatronError';
    this.code = code;
    this.location = location;
    this.details = details;
  }
}
