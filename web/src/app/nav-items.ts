import type { Route } from '../router/index.ts';

export interface NavItem {
  label: string;
  route: Route;
  /** Route names that light this item up. */
  matches: readonly Route['name'][];
}

/** The left navigation, in groups. */
export const NAV_GROUPS: readonly { title: string; items: readonly NavItem[] }[] = [
  {
    title: 'Your customers',
    items: [
      { label: 'Overview', route: { name: 'overview' }, matches: ['overview'] },
      { label: 'Customers', route: { name: 'customers', query: '' }, matches: ['customers', 'customer'] },
      { label: 'Segments', route: { name: 'segments' }, matches: ['segments', 'segment-builder'] },
    ],
  },
  {
    title: 'Analysis',
    items: [
      { label: 'RFM groups', route: { name: 'rfm' }, matches: ['rfm'] },
      { label: 'Lifecycle', route: { name: 'lifecycle' }, matches: ['lifecycle'] },
      { label: 'Cohorts', route: { name: 'cohorts' }, matches: ['cohorts'] },
      { label: 'Value tiers', route: { name: 'tiers' }, matches: ['tiers'] },
      { label: 'Clusters', route: { name: 'clusters' }, matches: ['clusters'] },
      { label: 'Predictions', route: { name: 'predictions' }, matches: ['predictions'] },
    ],
  },
  {
    title: 'Data',
    items: [{ label: 'Import data', route: { name: 'imports' }, matches: ['imports'] }],
  },
  {
    title: 'Settings',
    items: [{ label: 'API keys', route: { name: 'api-keys' }, matches: ['api-keys'] }],
  },
];

/** The document title for a Route: the name of its navigation item. */
export function pageTitle(route: Route): string {
  if (route.name === 'segment-builder') return 'Segment builder';
  if (route.name === 'customer') return 'Customer';
  if (route.name === 'not-found') return 'Page not found';
  const item = NAV_GROUPS.flatMap((g) => g.items).find((i) => i.matches.includes(route.name));
  return item?.label ?? 'Patron';
}
