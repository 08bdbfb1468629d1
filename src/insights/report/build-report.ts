import { cohortReport } from '../../features/index.ts';
import type { Store } from '../../store/index.ts';
import { lifecycleReport, rfmReport, valueTiersReport } from '../analysis/index.ts';
import { overviewReport } from '../overview/index.ts';
import { segmentSummaries } from '../segments/index.ts';
import { escapeHtml as h } from './escape-html.ts';
import { cohortChart, concentrationChart, lifecycleChart, revenueChart, rfmChart } from './report-charts.ts';
import { REPORT_STYLES } from './report-styles.ts';

export interface ReportOptions {
  shopName?: string;
  /** Currency symbol for money (default £). */
  currency?: string;
}

const count = (n: number) => n.toLocaleString('en-GB');
const pct = (x: number | null) => (x === null ? '–' : `${Math.round(x * 100)} %`);

/**
 * One self-contained HTML page a shop owner can open, print or email: the headline numbers, the key
 * charts as inline SVG (rendered here, not in the browser), tables, and what they mean in plain
 * words. It makes no network request: no scripts, fonts, images or styles from elsewhere.
 *
 * @example
 * writeFileSync('report.html', await buildReport(store));
 */
export async function buildReport(store: Store, options: ReportOptions = {}): Promise<string> {
  const money = (x: number | null) =>
    x === null ? '–' : `${options.currency ?? '£'}${x.toLocaleString('en-GB', { maximumFractionDigits: 0 })}`;
  const [overview, rfm, lifecycle, tiers, cohorts, segments] = [
    await overviewReport(store, 24),
    await rfmReport(store),
    await lifecycleReport(store),
    await valueTiersReport(store),
    await cohortReport(store, { months: 6 }),
    await segmentSummaries(store),
  ];
  const title = options.shopName ? `${options.shopName}: customer report` : 'Customer report';
  const buyers = overview.customers_with_orders;
  const atRisk = lifecycle.stages.find((s) => s.stage === 'at_risk')?.customers ?? 0;
  const topGroups = [...rfm.groups].sort((a, b) => b.customers - a.customers).slice(0, 3);
  const c = tiers.concentration;
  const parts: string[] = [];
  parts.push(
    `<h1>${h(title)}</h1><p class="muted">Figures as of ${h(overview.as_of ?? 'no orders yet')} (orders before that day count). Made by Patron.</p>`,
  );
  parts.push(`<div class="cards">
    <div class="card"><b>${count(overview.customers)}</b>customers</div>
    <div class="card"><b>${money(overview.revenue)}</b>net revenue</div>
    <div class="card"><b>${pct(overview.repeat_rate)}</b>bought more than once</div>
    <div class="card"><b>${count(overview.active_customers)}</b>active</div>
    <div class="card"><b>${count(atRisk)}</b>at risk</div>
  </div>`);
  parts.push(`<h2>In a few words</h2><p>${count(buyers)} of your ${count(overview.customers)} customers have bought from you,
    for ${money(overview.revenue)} in all, ${money(overview.average_order_value)} an order on average.
    ${pct(overview.repeat_rate)} of them came back for a second order.
    ${c.top_20_percent_share === null ? '' : `Your best fifth of customers brought ${pct(c.top_20_percent_share)} of the revenue.`}
    ${atRisk > 0 ? `${count(atRisk)} customers are overdue by their own usual rhythm: a friendly message now is cheaper than winning them back later.` : ''}</p>`);
  parts.push(`<h2>Sales over time</h2><div class="chart">${revenueChart(overview)}</div>`);
  parts.push(`<h2>Where your customers are</h2><p>Each customer is at one stage, judged against how often <em>they</em> usually buy.</p>
    <div class="chart">${lifecycleChart(lifecycle)}</div>
    <table><thead><tr><th>Stage</th><th class="num">Customers</th><th>What it means</th></tr></thead><tbody>
    ${lifecycle.stages.map((s) => `<tr><td>${h(s.label)}</td><td class="num">${count(s.customers)}</td><td>${h(s.rule)}</td></tr>`).join('')}
    </tbody></table>`);
  parts.push(`<h2>RFM groups: who to talk to, and how</h2>
    <p>Customers are scored 1–5 on how recently (R) and how often (F) they buy, and how much they spend (M).
    Your largest groups are ${topGroups.map((g) => `${h(g.name)} (${count(g.customers)})`).join(', ')}.</p>
    <div class="chart">${rfmChart(rfm)}</div>
    <table><thead><tr><th>Group</th><th class="num">Customers</th><th>Who they are</th><th>What to do</th></tr></thead><tbody>
    ${rfm.groups.map((g) => `<tr><td>${h(g.name)}</td><td class="num">${count(g.customers)}</td><td>${h(g.description)}</td><td>${h(g.action)}</td></tr>`).join('')}
    </tbody></table>`);
  parts.push(`<h2>Value tiers</h2>
    <p>${c.top_10_percent_share === null ? '' : `The top 10 % of customers brought ${pct(c.top_10_percent_share)} of net revenue; the top 20 %, ${pct(c.top_20_percent_share)}.`}
    The dashed line is what you would see if every customer spent the same.</p>
    <div class="chart">${concentrationChart(tiers)}</div>
    <table><thead><tr><th>Tier</th><th class="num">Customers</th><th class="num">Revenue</th><th class="num">Share of revenue</th><th class="num">Spent</th></tr></thead><tbody>
    ${tiers.tiers.map((t) => `<tr><td>${h(t.tier)}</td><td class="num">${count(t.customers)}</td><td class="num">${money(t.revenue)}</td><td class="num">${pct(t.revenue_share)}</td><td class="num">${money(t.min_amount_spent)} – ${money(t.max_amount_spent)}</td></tr>`).join('')}
    </tbody></table>`);
  parts.push(`<h2>Do new customers come back?</h2>
    <p>Each row is the customers whose first order fell in that month; each column, the months after it.
    Month 0 is always 100 %; the later columns show how many bought again.</p>
    <div class="chart">${cohortChart(cohorts)}</div>`);
  if (segments.length > 0)
    parts.push(`<h2>Your segments</h2><table><thead><tr><th>Segment</th><th>Rule</th><th class="num">Customers</th><th class="num">Share of revenue</th><th class="num">Repeat rate</th><th class="num">Average spend</th></tr></thead><tbody>
      ${segments.map((s) => `<tr><td>${h(s.name)}</td><td><code>${h(s.rule)}</code></td><td class="num">${count(s.size)}</td><td class="num">${pct(s.kpis?.revenue_share ?? null)}</td><td class="num">${pct(s.kpis?.repeat_rate ?? null)}</td><td class="num">${money(s.kpis?.historical_clv ?? null)}</td></tr>`).join('')}
      </tbody></table>`);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${h(title)}</title><style>${REPORT_STYLES}</style></head>
<body><main>${parts.join('\n')}</main></body></html>
`;
}
