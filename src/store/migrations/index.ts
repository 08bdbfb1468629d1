import { canonicalModel } from './001-canonical-model.ts';
import { featuresAndSegments } from './002-features-and-segments.ts';
import { shopSettings } from './003-shop-settings.ts';
import { clusters } from './004-clusters.ts';
import { predictions } from './005-predictions.ts';
import { customerLookupIndexes } from './006-customer-lookup-indexes.ts';
import { profileLookupIndexes } from './007-profile-lookup-indexes.ts';
import type { Migration } from './migration.ts';

export type { Migration } from './migration.ts';

/** Every migration, in version order. Append; never edit one that has shipped. */
export const migrations: readonly Migration[] = [
  canonicalModel,
  featuresAndSegments,
  shopSettings,
  clusters,
  predictions,
  customerLookupIndexes,
  profileLookupIndexes,
];
