import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDemo } from '../src/demo/index.ts';
import { createSegment, refreshSegments } from '../src/segments/index.ts';
import { openStore, sql } from '../src/store/index.ts';

// Twenty segments mixing every condition type: numbers, relative dates, ranges, lists, enums,
// booleans, product purchases and references to other segments.
export const BENCH_SEGMENTS: readonly [string, string][] = [
  ['regulars', 'number_of_orders >= 3 AND last_order_date > -30d'],
  ['mid spenders', "amount_spent BETWEEN 100 AND 500 AND country IN ('GB', 'FR')"],
  ['at risk or lapsed', "rfm_group = 'At Risk' OR (lifecycle_stage = 'lapsed' AND amount_spent > 200)"],
  ['bread lovers', "products_purchased(category: 'Bread', since: -90d) >= 2"],
  ['cake buyers', "products_purchased(category: 'Cakes') >= 1"],
  ['custom orders this year', "products_purchased(category: 'Custom Orders', since: -365d) >= 1"],
  ['champions', "rfm_group = 'Champions'"],
  ['cant lose', "rfm_group = 'Can''t Lose Them'"],
  ['new this month', 'first_order_date > -30d'],
  ['one and done', 'number_of_orders = 1 AND last_order_date < -180d'],
  ['big baskets', 'average_order_value > 20'],
  ['frequent', 'average_days_between_orders < 10 AND number_of_orders >= 5'],
  ['marketable', 'accepts_marketing = true'],
  ['marketable vip', "in_segment('regulars') AND accepts_marketing = true"],
  ['not regular', "NOT in_segment('regulars') AND number_of_orders >= 2"],
  ['abroad', "country NOT IN ('GB')"],
  ['instagram signups', "signup_channel = 'instagram'"],
  ['returners', 'number_of_returns >= 1'],
  ['high R low F', 'rfm_r >= 4 AND rfm_f <= 2'],
  ['lapsed big spenders', 'recency_days > 120 AND amount_spent > 300'],
];

/** Refreshes 20 saved segments on a demo database of `customers` customers, timing each. */
export async function benchSegmentRefresh(customers: number): Promise<Record<string, string | number>[]> {
  const dir = mkdtempSync(join(tmpdir(), 'patron-bench-segments-'));
  try {
    const store = await openStore(join(dir, 'bench.duckdb'));
    const load = await loadDemo(store, customers, 7);
    for (const [name, rule] of BENCH_SEGMENTS) await createSegment(store, { name, rule });
    // Measure the worst case: every member enters again, as after a rebuild.
    await store.run(sql`DELETE FROM segment_members`);
    const started = performance.now();
    const refresh = await refreshSegments(store);
    const total = performance.now() - started;
    const live = await store.one<{ n: bigint }>(sql`SELECT count(*) AS n FROM customer_profile`);
    store.close();
    const rows: Record<string, string | number>[] = refresh.map((r) => ({
      segment: r.name,
      members: r.size,
      ms: r.milliseconds.toFixed(0),
    }));
    rows.push({
      segment: `all 20 (${Number(live?.n).toLocaleString('en-GB')} customers; demo load ${load.seconds.toFixed(0)} s)`,
      members: '',
      ms: `${total.toFixed(0)} (target < 5000: ${total < 5000 ? 'PASS' : 'FAIL'})`,
    });
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
