import { z } from 'zod';
import { PublicId } from './public-id.ts';

export const SegmentParams = z.object({ workspaceId: z.string(), segmentId: PublicId });
export type SegmentParams = z.infer<typeof SegmentParams>;

export const SegmentKpiValues = z.object({
  share_of_customers: z.number(),
  revenue_share: z.number(),
  average_order_value: z.number().nullable(),
  orders_per_customer: z.number().nullable(),
  repeat_rate: z.number().nullable(),
  retention_90d: z.number().nullable(),
  historical_clv: z.number().nullable(),
});
export type SegmentKpiValues = z.infer<typeof SegmentKpiValues>;

export const Segment = z.object({
  id: PublicId,
  name: z.string(),
  description: z.string().nullable(),
  rule: z.string(),
  size: z.number().int(),
  kpis: SegmentKpiValues.nullable(),
});
export type Segment = z.infer<typeof Segment>;

export const SegmentList = z.object({ segments: z.array(Segment) });
export type SegmentList = z.infer<typeof SegmentList>;

export const CreateSegmentRequest = z.object({
  name: z.string().trim().min(1).max(64),
  rule: z.string().min(1).max(5000),
  description: z.string().max(500).optional(),
});
export type CreateSegmentRequest = z.infer<typeof CreateSegmentRequest>;

export const UpdateSegmentRequest = z.object({
  name: z.string().trim().min(1).max(64).optional(),
  rule: z.string().min(1).max(5000).optional(),
  description: z.string().max(500).nullable().optional(),
});
export type UpdateSegmentRequest = z.infer<typeof UpdateSegmentRequest>;

export const RulePosition = z.object({
  start: z.number().int().describe('offset of the first character (0-based)'),
  end: z.number().int().describe('offset after the last character'),
  line: z.number().int().describe('line, from 1'),
  column: z.number().int().describe('column, from 1'),
});
export type RulePosition = z.infer<typeof RulePosition>;

export const RuleProblem = z.object({
  code: z.string(),
  message: z.string(),
  position: RulePosition.nullable(),
  suggestion: z.string().nullable(),
});
export type RuleProblem = z.infer<typeof RuleProblem>;

export const PreviewRequest = z.object({
  rule: z.string().max(5000),
  limit: z.number().int().min(0).max(100).default(10),
});
export type PreviewRequest = z.infer<typeof PreviewRequest>;

export const PreviewCustomer = z.object({
  id: PublicId,
  email: z.string().nullable(),
  number_of_orders: z.number(),
  amount_spent: z.number(),
  last_order_date: z.string().nullable(),
});
export type PreviewCustomer = z.infer<typeof PreviewCustomer>;

export const SegmentPreview = z.object({
  ok: z.boolean().describe('false when the rule has problems; see problems'),
  as_of: z.string().nullable(),
  count: z.number().int().nullable(),
  total_customers: z.number().int(),
  sample: z.array(PreviewCustomer),
  problems: z.array(RuleProblem),
});
export type SegmentPreview = z.infer<typeof SegmentPreview>;

export const CatalogueField = z.object({
  name: z.string(),
  type: z.enum(['number', 'string', 'enum', 'boolean', 'date']),
  description: z.string(),
  values: z.array(z.string()),
});
export type CatalogueField = z.infer<typeof CatalogueField>;

export const CatalogueFunction = z.object({
  name: z.string(),
  returns: z.string(),
  description: z.string(),
  example: z.string(),
  parameters: z.array(z.object({ name: z.string(), type: z.string(), required: z.boolean() })),
});
export type CatalogueFunction = z.infer<typeof CatalogueFunction>;

export const RuleCatalogue = z.object({
  fields: z.array(CatalogueField),
  functions: z.array(CatalogueFunction),
  operators: z.array(z.string()),
  keywords: z.array(z.string()),
  segments: z.array(z.string()).describe("names usable in in_segment('…')"),
  categories: z.array(z.string()).describe('product categories, for products_purchased(category: …)'),
  attributes: z.array(z.string()).describe("attribute names, for attribute('…')"),
});
export type RuleCatalogue = z.infer<typeof RuleCatalogue>;

export const ExplainedCondition = z.object({
  text: z.string(),
  position: RulePosition.nullable(),
  held: z.boolean(),
  subject: z.string(),
  value: z.union([z.string(), z.number(), z.boolean()]).nullable(),
});
export type ExplainedCondition = z.infer<typeof ExplainedCondition>;

export const SegmentExplanation = z.object({
  segment_id: PublicId,
  customer_id: PublicId,
  as_of: z.string(),
  matched: z.boolean(),
  conditions: z.array(ExplainedCondition),
});
export type SegmentExplanation = z.infer<typeof SegmentExplanation>;

export const ExplainParams = SegmentParams.extend({ customerId: PublicId });
export type ExplainParams = z.infer<typeof ExplainParams>;

export const SegmentOverlapResult = z.object({
  segments: z.array(z.object({ id: PublicId, name: z.string() })),
  counts: z.array(z.array(z.number().int())).describe('counts[i][j]: customers in both i and j'),
});
export type SegmentOverlapResult = z.infer<typeof SegmentOverlapResult>;
