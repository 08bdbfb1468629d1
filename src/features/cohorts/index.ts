export { buildCohorts, type Cohort } from './build-cohorts.ts';
export { type CohortActivity, cohortActivitySql } from './cohort-activity-sql.ts';
export { CohortOptions, type CohortSplit } from './cohort-options.ts';
export { type CohortReport, cohortReport } from './cohort-report.ts';
