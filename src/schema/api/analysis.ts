import { z } from 'zod';

export const RfmCell = z.object({
  r: z.number().int(),
  f: z.number().int(),
  customers: z.number().int(),
  group: z.string(),
});
export type RfmCell = z.infer<typeof RfmCell>;

export const RfmGroupInfo = z.object({
  name: z.string(),
  customers: z.number().int(),
  share: z.number(),
  description: z.string(),
  action: z.string(),
});
export type RfmGroupInfo = z.infer<typeof RfmGroupInfo>;

export const RfmReport = z.object({
  as_of: z.string().nullable(),
  customers_scored: z.number().int(),
  grid: z.array(RfmCell).describe('25 cells, R 1..5 × F 1..5, each with its group'),
  groups: z.array(RfmGroupInfo),
  cut_points: z.object({
    R: z.record(z.string(), z.tuple([z.number(), z.number()])),
    F: z.record(z.string(), z.tuple([z.number(), z.number()])),
    M: z.record(z.string(), z.tuple([z.number(), z.number()])),
  }),
});
export type RfmReport = z.infer<typeof RfmReport>;

export const LifecycleReport = z.object({
  as_of: z.string().nullable(),
  stages: z.array(
    z.object({ stage: z.string(), label: z.string(), customers: z.number().int(), rule: z.string() }),
  ),
  usual_gap: z.string(),
  order: z.string(),
});
export type LifecycleReport = z.infer<typeof LifecycleReport>;

export const CohortQuery = z.object({
  by: z.enum(['month', 'category', 'channel']).default('month'),
  months: z.coerce.number().int().min(0).max(60).default(12),
});
export type CohortQuery = z.infer<typeof CohortQuery>;

export const CohortMatrix = z.object({
  as_of: z.string().nullable(),
  by: z.enum(['month', 'category', 'channel']),
  months: z.number().int(),
  cohorts: z.array(
    z.object({
      label: z.string(),
      month: z.string(),
      group: z.string().nullable(),
      size: z.number().int(),
      retention: z.array(z.number().nullable()),
      revenue_per_customer: z.array(z.number().nullable()),
    }),
  ),
});
export type CohortMatrix = z.infer<typeof CohortMatrix>;

export const ValueTiersReport = z.object({
  as_of: z.string().nullable(),
  tiers: z.array(
    z.object({
      tier: z.enum(['high', 'medium', 'low']),
      customers: z.number().int(),
      revenue: z.number(),
      revenue_share: z.number().nullable(),
      min_amount_spent: z.number().nullable(),
      max_amount_spent: z.number().nullable(),
    }),
  ),
  concentration: z.object({
    customers: z.number().int(),
    net_revenue: z.number(),
    top_1_percent_share: z.number().nullable(),
    top_10_percent_share: z.number().nullable(),
    top_20_percent_share: z.number().nullable(),
    curve: z.array(z.object({ customer_share: z.number(), revenue_share: z.number() })),
  }),
});
export type ValueTiersReport = z.infer<typeof ValueTiersReport>;
