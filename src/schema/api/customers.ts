import { z } from 'zod';
import { PublicId } from './public-id.ts';

export const CustomerSearchQuery = z.object({
  q: z.string().max(200).optional().describe('matches email, first or last name (case-insensitive)'),
  rule: z.string().max(5000).optional().describe('segment rule text, e.g. number_of_orders >= 3'),
  sort: z
    .enum(['amount_spent', 'number_of_orders', 'last_order_date', 'customer_id'])
    .default('amount_spent'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
});
export type CustomerSearchQuery = z.infer<typeof CustomerSearchQuery>;

export const CustomerRow = z.object({
  id: PublicId,
  email: z.string().nullable(),
  first_name: z.string().nullable(),
  last_name: z.string().nullable(),
  city: z.string().nullable(),
  country: z.string().nullable(),
  number_of_orders: z.number(),
  amount_spent: z.number(),
  last_order_date: z.string().nullable(),
  rfm_group: z.string().nullable(),
  lifecycle_stage: z.string().nullable(),
  value_tier: z.string().nullable(),
});
export type CustomerRow = z.infer<typeof CustomerRow>;

export const CustomerPage = z.object({
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
  customers: z.array(CustomerRow),
});
export type CustomerPage = z.infer<typeof CustomerPage>;

export const CustomerParams = z.object({ workspaceId: z.string(), customerId: PublicId });
export type CustomerParams = z.infer<typeof CustomerParams>;

export const TimelineEntry = z.object({
  at: z.string().describe('YYYY-MM-DD HH:MM:SS, shop local time'),
  kind: z.enum([
    'order',
    'return',
    'event',
    'feedback',
    'segment_enter',
    'segment_exit',
    'rfm_change',
    'lifecycle_change',
  ]),
  title: z.string(),
  detail: z.string().nullable(),
  amount: z.number().nullable(),
});
export type TimelineEntry = z.infer<typeof TimelineEntry>;

export const PredictionExplanation = z.object({ factor: z.string(), effect: z.string() });
export type PredictionExplanation = z.infer<typeof PredictionExplanation>;

export const CustomerProfile = z.object({
  id: PublicId,
  contact: z.object({
    email: z.string().nullable(),
    phone: z.string().nullable(),
    first_name: z.string().nullable(),
    last_name: z.string().nullable(),
    company: z.string().nullable(),
    city: z.string().nullable(),
    region: z.string().nullable(),
    postal_code: z.string().nullable(),
    country: z.string().nullable(),
    accepts_marketing: z.boolean().nullable(),
    signup_date: z.string().nullable(),
    signup_channel: z.string().nullable(),
  }),
  features: z.object({
    as_of: z.string().nullable(),
    first_order_date: z.string().nullable(),
    last_order_date: z.string().nullable(),
    number_of_orders: z.number(),
    number_of_returns: z.number(),
    amount_spent: z.number(),
    average_order_value: z.number().nullable(),
    recency_days: z.number().nullable(),
    tenure_days: z.number().nullable(),
    average_days_between_orders: z.number().nullable(),
  }),
  rfm: z
    .object({
      r: z.number(),
      f: z.number(),
      m: z.number(),
      score: z.string(),
      group: z.string(),
      description: z.string(),
      action: z.string(),
    })
    .nullable(),
  lifecycle: z
    .object({ stage: z.string(), reason: z.string().nullable(), expected_gap_days: z.number().nullable() })
    .nullable(),
  value_tier: z.string().nullable(),
  segments: z.array(z.object({ id: PublicId, name: z.string(), entered_at: z.string() })),
  attributes: z.array(z.object({ kind: z.string(), name: z.string(), value: z.string().nullable() })),
  predictions: z
    .object({
      churn_probability: z.number().nullable(),
      p_alive: z.number().nullable().describe('chance the customer is still buying (0–1)'),
      horizon_days: z
        .number()
        .nullable()
        .describe('the period predicted_clv and predicted_number_of_orders cover'),
      predicted_clv: z.number().nullable(),
      predicted_number_of_orders: z.number().nullable(),
      expected_date_of_next_order: z.string().nullable(),
      explanations: z.array(PredictionExplanation),
    })
    .nullable()
    .describe('null until predictions have been computed'),
  timeline: z.array(TimelineEntry).describe('newest first, at most 200 entries'),
});
export type CustomerProfile = z.infer<typeof CustomerProfile>;
