/** A JSON column's value as DuckDB hands it over (text), parsed; objects pass through. */
export function parseJsonCell<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}
