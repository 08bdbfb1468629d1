import { DataTable } from '../components/data-table.tsx';
import { formatCount, formatDate, formatMoney, formatPercent } from '../format/index.ts';
import { routeHref } from '../router/index.ts';
import type { RulePreviewState } from './use-rule-preview.ts';

/** The live count for the rule being typed, with the biggest spenders it matches. */
export function PreviewPanel({ state, hasRule }: { state: RulePreviewState; hasRule: boolean }) {
  const preview = state.preview;
  return (
    <section className="card" aria-labelledby="preview-title" aria-busy={state.checking}>
      <h2 id="preview-title">Who matches now</h2>
      <div aria-live="polite" data-testid="live-count">
        {!hasRule ? (
          <p className="muted">Type a rule to see how many customers it matches.</p>
        ) : state.error !== null ? (
          <p className="error-text">Could not check the rule: {state.error.message}</p>
        ) : preview === null ? (
          <p className="muted">Checking …</p>
        ) : !preview.ok || preview.count === null ? (
          <p className="muted">Fix the rule to see a count.</p>
        ) : (
          <>
            <div className="live-count">{formatCount(preview.count)}</div>
            <p className="muted" style={{ margin: 0 }}>
              of {formatCount(preview.total_customers)} customers (
              {formatPercent(preview.total_customers === 0 ? null : preview.count / preview.total_customers)})
              {state.checking ? ' · updating …' : ''}
            </p>
          </>
        )}
      </div>
      {preview?.ok && preview.sample.length > 0 ? (
        <DataTable
          caption="Biggest spenders among them"
          rows={preview.sample}
          rowKey={(c) => c.id}
          columns={[
            {
              key: 'who',
              label: 'Customer',
              className: 'wrap-anywhere',
              render: (c) => (
                <>
                  <a href={routeHref({ name: 'customer', customerId: c.id })}>{c.email ?? c.id}</a>
                  <div className="muted">
                    {formatCount(c.number_of_orders)} orders · last {formatDate(c.last_order_date)}
                  </div>
                </>
              ),
            },
            { key: 'spent', label: 'Spent', numeric: true, render: (c) => formatMoney(c.amount_spent) },
          ]}
        />
      ) : null}
    </section>
  );
}
