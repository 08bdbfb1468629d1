import type { ModelComparisonRow } from './compare-purchase-models.ts';
import type { TimeUnit } from './time-unit.ts';
import type { ValidationReport } from './validate-predictions.ts';

/** What every BTYD run records in prediction_runs.report. */
export type BtydRunReport =
  | {
      status: 'ok';
      as_of: string;
      unit: TimeUnit;
      horizon_days: number;
      margin: number;
      annual_discount_rate: number;
      customers: number;
      repeat_buyers: number;
      model: string;
      model_name: string;
      choice_reason: string;
      comparison: ModelComparisonRow[];
      params: Record<string, number>;
      standard_errors: Record<string, number | null>;
      intervals: Record<string, [number, number] | null>;
      log_likelihood: number;
      converged: boolean;
      spend:
        | {
            model: 'gamma_gamma';
            params: Record<string, number>;
            standard_errors: Record<string, number | null>;
            intervals: Record<string, [number, number] | null>;
          }
        | { model: 'own_average'; reason: string };
      validation: ValidationReport;
      uncertain: string[];
      totals: { predicted_orders: number; predicted_clv: number; mean_p_alive: number };
      definitions: Record<string, string>;
    }
  | { status: 'refused'; code: string; reason: string; as_of: string | null; validation?: ValidationReport };

export const DEFINITIONS: Record<string, string> = {
  churn_probability:
    '1 − P(alive): the chance the customer has already stopped buying, from the purchase model.',
  p_alive: 'P(alive): the chance the customer is still an active buyer at the as-of date.',
  predicted_number_of_orders: 'Expected orders (purchase days) over the horizon.',
  predicted_clv:
    'Expected orders × expected order value × margin over the horizon, discounted monthly when a rate is set.',
  historic_clv: 'Net amount spent to date.',
  total_clv: 'historic_clv + predicted_clv.',
  expected_date_of_next_order:
    'As-of date + the median wait for the next order if the customer is still active; empty when P(alive) < 0.1 or the wait exceeds 3 years.',
  average_days_between_orders:
    'Days from the first to the last order divided by the number of repeat orders.',
  expected_average_order_value:
    'Gamma-Gamma expected order value (the customer’s own average shrunk towards the shop’s), or the own average.',
  intervals:
    '95 % intervals from the parameters’ uncertainty (observed information); spend is taken as known.',
};
