import type { CustomerProfile } from '../../../src/schema/api/customers.ts';
import { useApi } from '../api/index.ts';
import { useWorkspace } from '../app/workspace-context.ts';
import { KpiCard } from '../components/kpi-card.tsx';
import { LoadState } from '../components/load-state.tsx';
import { PageHeader } from '../components/page-header.tsx';
import { formatCount, formatDate, formatMoney } from '../format/index.ts';
import { routeHref } from '../router/index.ts';
import { CustomerFacts } from './customer-facts.tsx';
import { CustomerPredictions } from './customer-predictions.tsx';
import { CustomerTimeline } from './customer-timeline.tsx';
import { displayName } from './display-name.ts';
import { OrdersChart } from './orders-chart.tsx';
import { SegmentWhy } from './segment-why.tsx';

/** One customer: headline figures, where they stand (RFM, lifecycle, tier, segments), predictions, timeline. */
export function CustomerView({ customerId }: { customerId: string }) {
  const workspace = useWorkspace();
  const state = useApi<CustomerProfile>(workspace.path(`/customers/${encodeURIComponent(customerId)}`));
  const name = state.data === null ? 'Customer' : displayName({ ...state.data.contact, id: state.data.id });
  return (
    <>
      <PageHeader
        title={name}
        intro={state.data?.contact.email ?? undefined}
        actions={
          <a className="button secondary" href={routeHref({ name: 'customers', query: '' })}>
            All customers
          </a>
        }
      />
      <LoadState state={state} what="this customer">
        {(profile) => <CustomerBody profile={profile} />}
      </LoadState>
    </>
  );
}

function CustomerBody({ profile }: { profile: CustomerProfile }) {
  const f = profile.features;
  return (
    <>
      <section className="kpis" aria-label="Key figures">
        <KpiCard
          label="Orders"
          value={formatCount(f.number_of_orders)}
          hint={f.number_of_returns > 0 ? `${formatCount(f.number_of_returns)} returns` : 'no returns'}
        />
        <KpiCard label="Spent" value={formatMoney(f.amount_spent)} hint="net of returns" />
        <KpiCard label="Average order" value={formatMoney(f.average_order_value)} />
        <KpiCard
          label="Last order"
          value={formatDate(f.last_order_date)}
          hint={f.recency_days === null ? undefined : `${formatCount(f.recency_days)} days ago`}
        />
        <KpiCard
          label="Usual gap"
          value={
            f.average_days_between_orders === null ? '–' : `${Math.round(f.average_days_between_orders)} days`
          }
          hint="between orders"
        />
      </section>
      <div className="grid-2">
        <section className="card" aria-labelledby="standing-title">
          <h2 id="standing-title">Where they stand</h2>
          <dl className="facts">
            <dt>RFM group</dt>
            <dd>
              {profile.rfm === null ? (
                '–'
              ) : (
                <>
                  <span className="badge">{profile.rfm.group}</span>{' '}
                  <span className="muted">
                    R{profile.rfm.r} F{profile.rfm.f} M{profile.rfm.m}
                  </span>
                  <div>{profile.rfm.description}</div>
                  <div>
                    <strong>What to do:</strong> {profile.rfm.action}
                  </div>
                </>
              )}
            </dd>
            <dt>Lifecycle</dt>
            <dd>
              {profile.lifecycle === null ? (
                '–'
              ) : (
                <>
                  <span className="badge">{profile.lifecycle.stage}</span>
                  {profile.lifecycle.reason === null ? null : <div>{profile.lifecycle.reason}</div>}
                </>
              )}
            </dd>
            <dt>Value tier</dt>
            <dd>{profile.value_tier ?? '–'}</dd>
            <dt>Segments</dt>
            <dd>
              {profile.segments.length === 0
                ? 'none'
                : profile.segments.map((s) => (
                    <div key={s.id}>
                      <a href={routeHref({ name: 'segment-builder', segmentId: s.id, rule: '' })}>{s.name}</a>{' '}
                      <span className="muted">since {formatDate(s.entered_at)}</span>{' '}
                      <SegmentWhy segmentId={s.id} customerId={profile.id} segmentName={s.name} />
                    </div>
                  ))}
            </dd>
          </dl>
        </section>
        <CustomerPredictions predictions={profile.predictions} />
      </div>
      <OrdersChart timeline={profile.timeline} />
      <div className="grid-2">
        <CustomerTimeline timeline={profile.timeline} />
        <CustomerFacts profile={profile} />
      </div>
    </>
  );
}
