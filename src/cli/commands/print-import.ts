import pc from 'picocolors';
import type { ImportResult } from '../../ingest/index.ts';

const n = (v: number) => v.toLocaleString('en-GB');

/** The totals over several files' results, with the same names as one file's result. */
export function totals(results: readonly ImportResult[]) {
  const sum = (k: keyof ImportResult) => results.reduce((a, r) => a + (r[k] as number), 0);
  return {
    rows_read: sum('rows_read'),
    rows_loaded: sum('rows_loaded'),
    rows_quarantined: sum('rows_quarantined'),
    rows_duplicate: sum('rows_duplicate'),
    customers: sum('customers'),
    customers_created: sum('customers_created'),
    orders: sum('orders'),
    orders_created: sum('orders_created'),
    guest_orders: sum('guest_orders'),
    guest_lines: sum('guest_lines'),
    returns: sum('returns'),
    merges: sum('merges'),
    net_revenue: Math.round(results.reduce((a, r) => a + r.net_revenue, 0) * 100) / 100,
    warnings: results.flatMap((r) => r.warnings.map((w) => ({ file: r.file, ...w }))),
  };
}

/** A human summary of one import: what was detected, the reconciliation, and the warnings. */
export function printImport(r: ImportResult): void {
  console.log(`${pc.bold(r.file)} → ${r.kind} (import #${r.import_id})`);
  console.log(`  source   ${r.source}: ${r.source_reason}`);
  console.log(
    `  mapping  ${Object.entries(r.mapping)
      .map(([f, c]) => `${f}=${c}`)
      .join(', ')}`,
  );
  for (const [field, format] of Object.entries(r.date_formats))
    console.log(`  dates    ${field} read as ${format}`);
  console.log(
    `  rows     read ${n(r.rows_read)} = loaded ${n(r.rows_loaded)} + quarantined ${n(r.rows_quarantined)} + duplicate ${n(r.rows_duplicate)}`,
  );
  if (r.kind === 'orders') {
    console.log(
      `  orders   ${n(r.orders)} (${n(r.returns)} returns, ${n(r.guest_orders)} guest orders), ${n(r.customers)} customers, net revenue ${n(r.net_revenue)}`,
    );
  } else console.log(`  customers ${n(r.customers)} (${n(r.customers_created)} new, ${n(r.merges)} merges)`);
  for (const w of r.warnings) console.log(`  ${pc.yellow('warning')}  ${w.message}`);
  if (r.rows_quarantined > 0)
    console.log(`  ${pc.yellow('see')}      patron quarantine --import ${r.import_id}`);
}
