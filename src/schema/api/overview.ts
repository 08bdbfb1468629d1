import { z } from 'zod';

export const MonthlyPoint = z.object({
  month: z.string().describe('YYYY-MM'),
  revenue: z.number(),
  orders: z.number().int(),
  customers: z.number().int().describe('customers who ordered that month'),
  new_customers: z.number().int(),
});
export type MonthlyPoint = z.infer<typeof MonthlyPoint>;

export const Overview = z.object({
  as_of: z.string().nullable(),
  customers: z.number().int(),
  customers_with_orders: z.number().int(),
  orders: z.number().int(),
  revenue: z.number().describe('net revenue: returns and refunds subtracted'),
  average_order_value: z.number().nullable(),
  repeat_rate: z.number().nullable().describe('share of buying customers with more than one order'),
  active_customers: z.number().int().describe('lifecycle stage new, active or reactivated'),
  at_risk_customers: z.number().int().describe('lifecycle stage at_risk'),
  monthly: z.array(MonthlyPoint),
});
export type Overview = z.infer<typeof Overview>;
