import { type FormEvent, useId, useState } from 'react';
import type { CustomerPage, CustomerRow } from '../../../src/schema/api/customers.ts';
import { useApi } from '../api/index.ts';
import { useWorkspace } from '../app/workspace-context.ts';
import { DataTable } from '../components/data-table.tsx';
import { LoadState } from '../components/load-state.tsx';
import { PageHeader } from '../components/page-header.tsx';
import { formatCount, formatDate, formatMoney } from '../format/index.ts';
import { navigate, routeHref } from '../router/index.ts';
import { displayName } from './display-name.ts';

const PAGE_SIZE = 50;
type Sort = 'amount_spent' | 'number_of_orders' | 'last_order_date';

/** Customer search by name or email, sorted, a page at a time. */
export function CustomersView({ query }: { query: string }) {
  const workspace = useWorkspace();
  const [text, setText] = useState(query);
  const [sort, setSort] = useState<Sort>('amount_spent');
  const [offset, setOffset] = useState(0);
  const [ruleText, setRuleText] = useState('');
  const [rule, setRule] = useState('');
  const searchId = useId();
  const ruleId = useId();
  const sortId = useId();
  const params = new URLSearchParams({ sort, limit: String(PAGE_SIZE), offset: String(offset) });
  if (query.trim() !== '') params.set('q', query.trim());
  if (rule.trim() !== '') params.set('rule', rule.trim());
  const state = useApi<CustomerPage>(workspace.path(`/customers?${params}`));

  function search(event: FormEvent) {
    event.preventDefault();
    setOffset(0);
    setRule(ruleText);
    navigate({ name: 'customers', query: text });
  }

  return (
    <>
      <PageHeader
        title="Customers"
        intro="Find a customer by name or email, or browse your biggest spenders."
      />
      <search>
        <form className="card inline-form" onSubmit={search} aria-label="Search customers">
          <div className="field grow">
            <label htmlFor={searchId}>Name or email</label>
            <input id={searchId} type="search" value={text} onChange={(e) => setText(e.target.value)} />
          </div>
          <div className="field grow">
            <label htmlFor={ruleId}>Only those matching a rule (optional)</label>
            <input
              id={ruleId}
              className="mono"
              placeholder="number_of_orders >= 3"
              value={ruleText}
              onChange={(e) => setRuleText(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={sortId}>Sort by</label>
            <select
              id={sortId}
              value={sort}
              onChange={(e) => {
                setSort(e.target.value as Sort);
                setOffset(0);
              }}
            >
              <option value="amount_spent">Most spent</option>
              <option value="number_of_orders">Most orders</option>
              <option value="last_order_date">Latest order</option>
            </select>
          </div>
          <div className="field">
            <button type="submit">Search</button>
          </div>
        </form>
      </search>
      <LoadState state={state} what="customers">
        {(page) => (
          <section className="card" aria-labelledby="customers-title">
            <h2 id="customers-title">
              {formatCount(page.total)} {page.total === 1 ? 'customer' : 'customers'}
              {query.trim() === '' ? '' : ` matching “${query.trim()}”`}
              {rule.trim() === '' ? '' : ` with ${rule.trim()}`}
            </h2>
            <DataTable
              caption="Customers"
              hideCaption
              rows={page.customers}
              rowKey={(c) => c.id}
              empty="No customer matches. Try part of the name or email."
              columns={COLUMNS}
            />
            <nav className="pager" aria-label="Pages">
              <button
                type="button"
                className="secondary"
                disabled={page.offset === 0}
                onClick={() => setOffset(Math.max(0, page.offset - PAGE_SIZE))}
              >
                Previous
              </button>
              <span className="muted">
                {page.total === 0
                  ? ''
                  : `${formatCount(page.offset + 1)}–${formatCount(page.offset + page.customers.length)} of ${formatCount(page.total)}`}
              </span>
              <button
                type="button"
                className="secondary"
                disabled={page.offset + page.customers.length >= page.total}
                onClick={() => setOffset(page.offset + PAGE_SIZE)}
              >
                Next
              </button>
            </nav>
          </section>
        )}
      </LoadState>
    </>
  );
}

const COLUMNS = [
  {
    key: 'name',
    label: 'Customer',
    render: (c: CustomerRow) => (
      <>
        <a href={routeHref({ name: 'customer', customerId: c.id })}>{displayName(c)}</a>
        {c.email === null || displayName(c) === c.email ? null : <div className="muted">{c.email}</div>}
      </>
    ),
  },
  {
    key: 'orders',
    label: 'Orders',
    numeric: true,
    render: (c: CustomerRow) => formatCount(c.number_of_orders),
  },
  { key: 'spent', label: 'Spent', numeric: true, render: (c: CustomerRow) => formatMoney(c.amount_spent) },
  { key: 'last', label: 'Last order', render: (c: CustomerRow) => formatDate(c.last_order_date) },
  {
    key: 'group',
    label: 'RFM group',
    render: (c: CustomerRow) => (c.rfm_group === null ? '–' : <span className="badge">{c.rfm_group}</span>),
  },
  { key: 'stage', label: 'Stage', render: (c: CustomerRow) => c.lifecycle_stage ?? '–' },
];
