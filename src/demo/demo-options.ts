/** What to generate and where. */
export interface DemoOptions {
  /** How many customers (each with their whole history); guests come on top. */
  customers: number;
  /** The same seed gives the same bytes. */
  seed: number;
  /** The folder the four CSV files are written to; created if missing. */
  outDir: string;
  /** The last day of the two-year window, `YYYY-MM-DD`; default `2026-10-31`. */
  endDate?: string;
}
