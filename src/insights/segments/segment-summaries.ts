import { listSegments, type SegmentKpis, segmentKpis } from '../../segments/index.ts';
import type { Store } from '../../store/index.ts';

export interface SegmentSummary {
  segment_id: number;
  name: string;
  description: string | null;
  rule: string;
  size: number;
  kpis: Omit<SegmentKpis, 'segment_id' | 'name' | 'size'> | null;
}

/** Every saved segment with its size and KPIs (share of customers and revenue, AOV, repeat rate …). */
export async function segmentSummaries(store: Store): Promise<SegmentSummary[]> {
  const [segments, kpis] = [await listSegments(store), await segmentKpis(store)];
  const byId = new Map(kpis.map((k) => [k.segment_id, k]));
  return segments.map((s) => {
    const k = byId.get(s.segment_id);
    return {
      segment_id: s.segment_id,
      name: s.name,
      description: s.description,
      rule: s.rule,
      size: s.size,
      kpis: k
        ? {
            share_of_customers: k.share_of_customers,
            revenue_share: k.revenue_share,
            average_order_value: k.average_order_value,
            orders_per_customer: k.orders_per_customer,
            repeat_rate: k.repeat_rate,
            retention_90d: k.retention_90d,
            historical_clv: k.historical_clv,
          }
        : null,
    };
  });
}
