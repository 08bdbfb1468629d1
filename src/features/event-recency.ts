import { type Sql, sql } from '../store/index.ts';

/** Days since each customer's last event of each type (site visit, email open …) before `asOf`. */
export function eventRecencySql(asOf: string): Sql {
  const day = sql`CAST(${asOf} AS DATE)`;
  return sql`INSERT INTO customer_event_recency
    SELECT customer_id, event_type, max(occurred_at), date_diff('day', CAST(max(occurred_at) AS DATE), ${day})
    FROM events WHERE customer_id IS NOT NULL AND occurred_at < ${day} GROUP BY customer_id, event_type`;
}
