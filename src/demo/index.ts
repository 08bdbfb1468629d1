export type { DemoOptions } from './demo-options.ts';
export type { DemoFiles, DemoSummary } from './demo-summary.ts';
export { generateDemo } from './generate-demo.ts';
export { type DemoRun, loadDemo } from './load-demo.ts';
