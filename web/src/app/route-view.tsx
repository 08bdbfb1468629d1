import { lazy, Suspense } from 'react';
import type { Route } from '../router/index.ts';
import { NotFoundView } from '../views/not-found-view.tsx';

// Each page loads with its own code: the charts library arrives with the first page that draws one.
const OverviewView = lazy(() =>
  import('../views/overview-view.tsx').then((m) => ({ default: m.OverviewView })),
);
const RfmView = lazy(() => import('../views/rfm-view.tsx').then((m) => ({ default: m.RfmView })));
const LifecycleView = lazy(() =>
  import('../views/lifecycle-view.tsx').then((m) => ({ default: m.LifecycleView })),
);
const CohortsView = lazy(() => import('../views/cohorts-view.tsx').then((m) => ({ default: m.CohortsView })));
const TiersView = lazy(() => import('../views/tiers-view.tsx').then((m) => ({ default: m.TiersView })));
const SegmentsView = lazy(() =>
  import('../views/segments-view.tsx').then((m) => ({ default: m.SegmentsView })),
);
const SegmentBuilderView = lazy(() =>
  import('../segments/segment-builder-view.tsx').then((m) => ({ default: m.SegmentBuilderView })),
);
const CustomersView = lazy(() =>
  import('../customers/customers-view.tsx').then((m) => ({ default: m.CustomersView })),
);
const CustomerView = lazy(() =>
  import('../customers/customer-view.tsx').then((m) => ({ default: m.CustomerView })),
);
const PredictionsView = lazy(() =>
  import('../predictions/predictions-view.tsx').then((m) => ({ default: m.PredictionsView })),
);
const ClustersView = lazy(() =>
  import('../clusters/clusters-view.tsx').then((m) => ({ default: m.ClustersView })),
);
const ImportView = lazy(() => import('../imports/import-view.tsx').then((m) => ({ default: m.ImportView })));
const ApiKeysView = lazy(() =>
  import('../settings/api-keys-view.tsx').then((m) => ({ default: m.ApiKeysView })),
);

/** The view for a Route. */
export function RouteView({ route }: { route: Route }) {
  return (
    <Suspense
      fallback={
        <p className="loading" aria-live="polite">
          Loading …
        </p>
      }
    >
      <RouteSwitch route={route} />
    </Suspense>
  );
}

function RouteSwitch({ route }: { route: Route }) {
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
      return <ClustersView />;
    case 'predictions':
      return <PredictionsView />;
    case 'imports':
      return <ImportView />;
    case 'api-keys':
      return <ApiKeysView />;
    case 'not-found':
      return <NotFoundView path={route.path} />;
    default: {
      const exhausted: never = route;
      return exhausted;
    }
  }
}
