import type { Route } from './route.ts';
import { routeHref } from './route-href.ts';

/** Moves to a Route (a new history entry, so Back works). */
export function navigate(route: Route): void {
  window.location.hash = routeHref(route);
}
