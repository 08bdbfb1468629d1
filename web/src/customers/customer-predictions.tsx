import type { CustomerProfile } from '../../../src/schema/api/customers.ts';
import { formatDate, formatMoney, formatPercent } from '../format/index.ts';

/** Churn risk, predicted value and next order, with the reasons behind them; says so when none are computed. */
export function CustomerPredictions({ predictions }: { predictions: CustomerProfile['predictions'] }) {
  return (
    <section className="card" aria-labelledby="predictions-title">
      <h2 id="predictions-title">Predictions</h2>
      {predictions === null ? (
        <p className="muted">
          No predictions yet. They are computed after an import once the shop has enough order history.
        </p>
      ) : (
        <>
          <dl className="facts">
            <dt>Chance of churning</dt>
            <dd>{formatPercent(predictions.churn_probability, 0)}</dd>
            <dt>Predicted value</dt>
            <dd>{formatMoney(predictions.predicted_clv)}</dd>
            <dt>Expected orders</dt>
            <dd>
              {predictions.predicted_number_of_orders === null
                ? '–'
                : predictions.predicted_number_of_orders.toFixed(1)}
            </dd>
            <dt>Next order around</dt>
            <dd>{formatDate(predictions.expected_date_of_next_order)}</dd>
          </dl>
          {predictions.explanations.length === 0 ? null : (
            <>
              <h3 style={{ marginTop: '1rem' }}>Why</h3>
              <ul className="explanations">
                {predictions.explanations.map((e) => (
                  <li key={e.factor}>
                    <strong>{e.factor}</strong>: {e.effect}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}
