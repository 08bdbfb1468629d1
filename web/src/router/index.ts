export { navigate } from './navigate.ts';
export { parseRoute } from './parse-route.ts';
export type { Route } from './route.ts';
export { routeHref } from './route-href.ts';
export { useRoute } from './use-route.ts';
