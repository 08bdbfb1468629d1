import { PatronError } from '../../errors/index.ts';
import { type Store, sql } from '../../store/index.ts';

/** The as_of the current features were computed for: segments are evaluated on the same day. */
export async function analysisDate(store: Store): Promise<string> {
  const row = await store.one<{ d: string | null }>(
    sql`SELECT strftime(max(as_of), '%Y-%m-%d') AS d FROM customer_features`,
  );
  if (!row?.d)
    throw new PatronError(
      'no_features',
      'There are no customer features yet. Import orders first (features are computed after every import), or run `patron features`.',
    );
  return row.d;
}
