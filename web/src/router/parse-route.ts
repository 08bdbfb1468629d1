import type { Route } from './route.ts';

/**
 * Reads a location hash into a Route; unknown paths become `not-found`.
 *
 * @example
 * parseRoute('#/customers/42') // => { name: 'customer', customerId: '42' }
 */
export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, '');
  const [pathPart = '', queryPart = ''] = raw.split('?', 2);
  const parts = pathPart
    .split('/')
    .filter((p) => p !== '')
    .map(decodeURIComponent);
  const query = new URLSearchParams(queryPart);
  const [first, second, ...rest] = parts;
  if (rest.length > 0) return { name: 'not-found', path: pathPart };
  switch (first) {
    case undefined:
    case 'overview':
      return second === undefined ? { name: 'overview' } : { name: 'not-found', path: pathPart };
    case 'rfm':
    case 'lifecycle':
    case 'cohorts':
    case 'tiers':
    case 'clusters':
    case 'predictions':
    case 'imports':
      return second === undefined ? { name: first } : { name: 'not-found', path: pathPart };
    case 'segments':
      if (second === undefined) return { name: 'segments' };
      return {
        name: 'segment-builder',
        segmentId: second === 'new' ? null : second,
        rule: query.get('rule') ?? '',
      };
    case 'customers':
      if (second === undefined) return { name: 'customers', query: query.get('q') ?? '' };
      return { name: 'customer', customerId: second };
    case 'settings':
      return second === 'api-keys' ? { name: 'api-keys' } : { name: 'not-found', path: pathPart };
    default:
      return { name: 'not-found', path: pathPart };
  }
}
