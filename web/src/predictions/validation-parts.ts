/** One point of the tracking chart (the API sends it as a loose object). */
export interface TrackingPoint {
  period_end: string;
  actual_cumulative: number;
  predicted_cumulative: number;
  holdout: boolean;
}

/** One row of the calibration table: customers grouped by purchases in the calibration period. */
export interface CalibrationRow {
  purchases: string;
  customers: number;
  mean_actual: number;
  mean_predicted: number;
}
