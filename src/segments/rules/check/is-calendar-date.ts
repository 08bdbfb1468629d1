const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Whether text is a real calendar date written `YYYY-MM-DD`.
 *
 * @example
 * isCalendarDate('2024-02-29') // => true
 * isCalendarDate('2023-02-29') // => false
 */
export function isCalendarDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const daysInMonth = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return daysInMonth !== undefined && day >= 1 && day <= daysInMonth;
}
