import type { ImportRunResult } from '../../../src/schema/api/imports.ts';
import { KpiCard } from '../components/kpi-card.tsx';
import { formatCount, formatMoney } from '../format/index.ts';
import { QuarantineTable } from './quarantine-table.tsx';

/** What the import did, with the reconciliation that always holds, its warnings and its quarantine. */
export function ImportResult({ result }: { result: ImportRunResult }) {
  return (
    <>
      <section className="card notice notice-good" aria-labelledby="result-title">
        <h2 id="result-title">Imported {result.file}</h2>
        <p>
          Read as <strong>{result.source}</strong> ({result.kind}).{' '}
          {result.reconciles
            ? `Every row is accounted for: ${formatCount(result.rows_read)} read = ${formatCount(result.rows_loaded)} loaded + ${formatCount(result.rows_quarantined)} quarantined + ${formatCount(result.rows_duplicate)} already here.`
            : 'The row counts do not add up: please report this file.'}
        </p>
        <section className="kpis" aria-label="Import figures">
          <KpiCard label="Rows loaded" value={formatCount(result.rows_loaded)} tone="good" />
          <KpiCard
            label="Quarantined"
            value={formatCount(result.rows_quarantined)}
            tone={result.rows_quarantined > 0 ? 'warn' : 'default'}
            hint="kept with a reason"
          />
          <KpiCard
            label="Already here"
            value={formatCount(result.rows_duplicate)}
            hint="duplicates skipped"
          />
          <KpiCard label="New customers" value={formatCount(result.customers_created)} />
          <KpiCard
            label="New orders"
            value={formatCount(result.orders_created)}
            hint={result.net_revenue === null ? undefined : `${formatMoney(result.net_revenue)} net`}
          />
        </section>
        <p>
          <a href="#/">See the overview</a> · <a href="#/customers">Find a customer</a>
        </p>
        {result.warnings.length === 0 ? null : (
          <>
            <h3>Warnings</h3>
            <ul>
              {result.warnings.map((w) => (
                <li key={w.code}>
                  {w.message} ({formatCount(w.count)})
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      {result.rows_quarantined > 0 ? <QuarantineTable importId={result.id} /> : null}
    </>
  );
}
