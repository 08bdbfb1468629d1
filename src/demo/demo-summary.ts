/** Absolute paths of the written files. */
export interface DemoFiles {
  customers: string;
  orders: string;
  reviews: string;
  events: string;
}

/** What was written: the files and their row counts. */
export interface DemoSummary {
  files: DemoFiles;
  customers: number;
  /** Sale orders, guest orders included; returns are counted apart. */
  orders: number;
  /** Rows in orders.csv (sale lines and return lines). */
  orderLines: number;
  /** Return orders (`R…`), one line each. */
  returns: number;
  reviews: number;
  events: number;
}
