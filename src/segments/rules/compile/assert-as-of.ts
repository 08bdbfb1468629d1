import { PatronError } from '../../../errors/index.ts';
import { isCalendarDate } from '../check/is-calendar-date.ts';

/**
 * Throws unless the analysis date is a real `YYYY-MM-DD` date; it is program input, so a bad one is a bug.
 *
 * @example
 * assertAsOf('2024-06-30'); // passes
 */
export function assertAsOf(asOf: string): void {
  if (!isCalendarDate(asOf)) {
    throw new PatronError('invalid_as_of', `The analysis date '${asOf}' is not a date written YYYY-MM-DD.`);
  }
}
