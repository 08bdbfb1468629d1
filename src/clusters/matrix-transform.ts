/** How one input became matrix columns; saved with the model so new customers are prepared the same way. */
export type ColumnTransform =
  | {
      name: string;
      kind: 'numeric';
      log: boolean;
      /** Winsorising bounds (after log1p); ±Infinity when not winsorised. */
      lower: number;
      upper: number;
      mean: number;
      sd: number;
      /** The value a missing input takes (the median), or null when missing values are refused. */
      fill: number | null;
    }
  | {
      name: string;
      kind: 'categorical';
      levels: string[];
      /** Each level's share at fit time: dummies are centred on it. */
      shares: number[];
      /** Scales the dummies so the attribute's total variance is 1, like one z-scored number. */
      weight: number;
    };

export interface MatrixTransform {
  columns: ColumnTransform[];
  /** Matrix width: one column per number, one per level of each categorical input. */
  width: number;
}

/** The label a categorical input gets when it is missing, and the one rare levels are pooled into. */
export const NO_ANSWER = '(no answer)';
export const OTHER_LEVEL = '(other)';
