import type { Route } from './route.ts';

/**
 * The hash link for a Route (the inverse of parseRoute).
 *
 * @example
 * routeHref({ name: 'customer', customerId: '42' }) // => '#/customers/42'
 */
export function routeHref(route: Route): string {
  switch (route.name) {
    case 'overview':
      return '#/';
    case 'segment-builder': {
      const path = `#/segments/${route.segmentId === null ? 'new' : encodeURIComponent(route.segmentId)}`;
      return route.rule === '' ? path : `${path}?rule=${encodeURIComponent(route.rule)}`;
    }
    case 'customers':
      return route.query === '' ? '#/customers' : `#/customers?q=${encodeURIComponent(route.query)}`;
    case 'customer':
      return `#/customers/${encodeURIComponent(route.customerId)}`;
    case 'api-keys':
      return '#/settings/api-keys';
    case 'not-found':
      return `#/${route.path}`;
    default:
      return `#/${route.name}`;
  }
}
