/** One reason behind a score: a column, the customer's value, and its push in log-odds. */
export interface Reason {
  feature: string;
  value: number | string | null;
  /** Positive raises the score, negative lowers it (log-odds). */
  contribution: number;
}

export interface Explanation {
  score: number;
  reasons: Reason[];
}
