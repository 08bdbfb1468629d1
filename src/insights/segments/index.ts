export { previewSegmentRule, type RuleProblemAt, type SegmentRulePreview } from './preview-segment-rule.ts';
export { type RuleCatalogueReport, ruleCatalogue } from './rule-catalogue.ts';
export { type SegmentSummary, segmentSummaries } from './segment-summaries.ts';
