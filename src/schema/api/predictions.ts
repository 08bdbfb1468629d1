import { z } from 'zod';
import { PublicId } from './public-id.ts';

export const ClvDistributionOut = z.object({
  run_id: z.string().nullable(),
  customers: z.number().int(),
  total_predicted_clv: z.number(),
  quantiles: z.record(z.string(), z.number()),
  bins: z.array(z.object({ from: z.number(), to: z.number(), customers: z.number().int() })),
  churn_bands: z.array(z.object({ band: z.string(), customers: z.number().int() })),
});
export type ClvDistributionOut = z.infer<typeof ClvDistributionOut>;

export const AtRiskQuery = z.object({
  min_churn: z.coerce.number().min(0).max(1).default(0.5),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});
export type AtRiskQuery = z.infer<typeof AtRiskQuery>;

export const AtRiskList = z.object({
  customers: z.array(
    z.object({
      id: PublicId,
      email: z.string().nullable(),
      churn_probability: z.number(),
      historic_clv: z.number(),
      predicted_clv: z.number(),
      explanation: z.string().describe('why, in plain words'),
    }),
  ),
});
export type AtRiskList = z.infer<typeof AtRiskList>;

export const ValidationReportOut = z.union([
  z.looseObject({
    status: z.literal('ok'),
    calibration_start: z.string(),
    calibration_end: z.string(),
    holdout_end: z.string(),
    model: z.string(),
    model_name: z.string(),
    mae: z.number(),
    correlation: z.number().nullable(),
    grade: z.string(),
    grade_reason: z.string(),
    aggregate: z.object({
      expected_total: z.number(),
      actual_total: z.number(),
      aggregate_error: z.number().nullable(),
    }),
    calibration_table: z.array(z.looseObject({})),
    tracking: z.array(z.looseObject({})),
  }),
  z.object({
    status: z.literal('not_possible'),
    code: z.string(),
    reason: z.string(),
    calibration_end: z.string().nullable(),
  }),
]);
export type ValidationReportOut = z.infer<typeof ValidationReportOut>;
