import { type Store, sql } from '../../store/index.ts';
import { customerJoin } from './customer-join.ts';

/** Loads behavioural events (site visits, email opens …) linked to their customers. */
export async function loadEvents(
  store: Store,
  newRows: string,
  keyMap: string,
  importId: number,
): Promise<number> {
  return store.run(sql`INSERT INTO events
    SELECT km.cid, lower(r.event_type), r.occurred_at, r.extra, r.fp, r.occ, ${importId}, r.row_no
    FROM ${sql.ident(newRows)} r ${customerJoin('r', keyMap)}`);
}

/** Loads reviews and support tickets with their text. */
export async function loadFeedback(
  store: Store,
  newRows: string,
  keyMap: string,
  importId: number,
): Promise<number> {
  return store.run(sql`INSERT INTO feedback
    SELECT km.cid, coalesce(lower(r.feedback_kind), 'review'), r.created_at, r.rating, r.body, r.order_id, r.fp, r.occ, ${importId}, r.row_no
    FROM ${sql.ident(newRows)} r ${customerJoin('r', keyMap)}`);
}
