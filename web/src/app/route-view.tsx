import { CustomerView } from '../customers/customer-view.tsx';
import { CustomersView } from '../customers/customers-view.tsx';
import { ImportView } from '../imports/import-view.tsx';
import type { Route } from '../router/index.ts';
import { SegmentBuilderView } from '../segments/segment-builder-view.tsx';
import { CohortsView } from '../views/cohorts-view.tsx';
import { LifecycleView } from '../views/lifecycle-view.tsx';
import { NotFoundView } from '../views/not-found-view.tsx';
import { OverviewView } from '../views/overview-view.tsx';
import { RfmView } from '../views/rfm-view.tsx';
import { SegmentsView } from '../views/segments-view.tsx';
import { TiersView } from '../views/tiers-view.tsx';

/** The view for a Route. */
export function RouteView({ route }: { route: Route }) {
  switch (route.name) {
    case 'overview':
      return <OverviewView />;
    case 'rfm':
      return <RfmView />;
    case 'lifecycle':
      return <LifecycleView />;
    case 'cohorts':
      return <CohortsView />;
    case 'tiers':
      return <TiersView />;
    case 'segments':
      return <SegmentsView />;
    case 'segment-builder':
      return <SegmentBuilderView segmentId={route.segmentId} initialRule={route.rule} />;
    case 'customers':
      return <CustomersView query={route.query} />;
    case 'customer':
      return <CustomerView customerId={route.customerId} />;
    case 'clusters':
    case 'predictions':
      return <NotFoundView path={route.name} />;
    case 'imports':
      return <ImportView />;
    case 'not-found':
      return <NotFoundView path={route.path} />;
    default: {
      const exhausted: never = route;
      return exhausted;
    }
  }
}
