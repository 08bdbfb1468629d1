/**
 * The full field → column mapping after giving column `header` the field `field` (null: no field).
 * Every column keeps the field it shows now, except one that held `field` before, which gives it up.
 *
 * @example
 * mappingWith([{ header: 'Ref', field: null }, { header: 'Total', field: 'order_total' }], 'Total', 'line_amount')
 * // => { line_amount: 'Total' }
 */
export function mappingWith(
  columns: readonly { header: string; field: string | null }[],
  header: string,
  field: string | null,
): Record<string, string> {
  const map: Record<string, string> = {};
  for (const column of columns) {
    const current = column.header === header ? field : column.field;
    if (current === null || current === '') continue;
    if (column.header !== header && current === field) continue;
    map[current] = column.header;
  }
  return map;
}
