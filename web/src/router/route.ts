/** Every screen of the dashboard, parsed from the location hash (`#/segments/3`). */
export type Route =
  | { name: 'overview' }
  | { name: 'rfm' }
  | { name: 'lifecycle' }
  | { name: 'cohorts' }
  | { name: 'tiers' }
  | { name: 'segments' }
  | { name: 'segment-builder'; segmentId: string | null; rule: string }
  | { name: 'customers'; query: string }
  | { name: 'customer'; customerId: string }
  | { name: 'clusters' }
  | { name: 'predictions' }
  | { name: 'imports' }
  | { name: 'api-keys' }
  | { name: 'not-found'; path: string };
