import { PatronError } from '../../errors/index.ts';
import { RFM_GROUPS } from '../../features/index.ts';
import { customerPrediction } from '../../predictions/index.ts';
import { type Reads, sql } from '../../store/index.ts';
import { customerTimeline, type TimelineItem } from './customer-timeline.ts';
import { LIVE_PROFILE_ROWS, type ProfileRows } from './profile-rows-sql.ts';

export interface CustomerProfileData {
  customer_id: number;
  contact: Record<
    | 'email'
    | 'phone'
    | 'first_name'
    | 'last_name'
    | 'company'
    | 'city'
    | 'region'
    | 'postal_code'
    | 'country'
    | 'signup_date'
    | 'signup_channel',
    string | null
  > & { accepts_marketing: boolean | null };
  features: {
    as_of: string | null;
    first_order_date: string | null;
    last_order_date: string | null;
    number_of_orders: number;
    number_of_returns: number;
    amount_spent: number;
    average_order_value: number | null;
    recency_days: number | null;
    tenure_days: number | null;
    average_days_between_orders: number | null;
  };
  rfm: {
    r: number;
    f: number;
    m: number;
    score: string;
    group: string;
    description: string;
    action: string;
  } | null;
  lifecycle: { stage: string; reason: string | null; expected_gap_days: number | null } | null;
  value_tier: string | null;
  segments: { segment_id: number; name: string; entered_at: string }[];
  attributes: { kind: string; name: string; value: string | null }[];
  predictions: {
    churn_probability: number | null;
    p_alive: number | null;
    horizon_days: number | null;
    predicted_clv: number | null;
    predicted_number_of_orders: number | null;
    expected_date_of_next_order: string | null;
    explanations: { factor: string; effect: string }[];
  } | null;
  timeline: TimelineItem[];
}

const str = (v: unknown) => (v === null || v === undefined ? null : String(v));
const num = (v: unknown, digits = 2) =>
  v === null || v === undefined ? null : Math.round(Number(v) * 10 ** digits) / 10 ** digits;

/**
 * Everything about one live customer; `unknown_customer` (404) for an id that is not one. Its five
 * parts are independent reads, run side by side when `reads` has several connections (the server).
 * `rows` is a table of `profileRowsSql` rows (the server's copy) or the live rows.
 */
export async function customerProfile(
  reads: Reads,
  customerId: number,
  rows: ProfileRows = LIVE_PROFILE_ROWS,
): Promise<CustomerProfileData> {
  const id = sql.int(customerId); // written into the text so lookups can use indexes (see sql.int)
  const [p, segments, attributes, prediction, timeline] = await Promise.all([
    reads.read((store) =>
      store.one<Record<string, unknown>>(sql`
        SELECT p.*, strftime(p.signup_date, '%Y-%m-%d') AS signup_date_text, strftime(p.as_of, '%Y-%m-%d') AS as_of_text,
          strftime(p.first_order_date, '%Y-%m-%d') AS first_text, strftime(p.last_order_date, '%Y-%m-%d') AS last_text
        FROM ${rows.sql} p WHERE p.customer_id = ${id}`),
    ),
    reads.read((store) =>
      store.all<Record<string, unknown>>(sql`
        SELECT m.segment_id, s.name, strftime(m.entered_at, '%Y-%m-%d %H:%M:%S') AS entered_at
        FROM segment_members m JOIN segments s USING (segment_id)
        WHERE m.customer_id = ${id} AND m.exited_at IS NULL ORDER BY s.name`),
    ),
    reads.read((store) =>
      store.all<Record<string, unknown>>(sql`
        SELECT kind, name, arg_max(value, recorded_at) AS value FROM customer_attributes
        WHERE customer_id = ${id} GROUP BY kind, name ORDER BY kind, name`),
    ),
    reads.read((store) => customerPrediction(store, customerId)),
    reads.read((store) => customerTimeline(store, customerId)),
  ]);
  if (!p) throw new PatronError('unknown_customer', 'There is no such customer in this workspace.');
  const group = RFM_GROUPS.find((g) => g.name === p.rfm_group);
  return {
    customer_id: customerId,
    contact: {
      email: str(p.email),
      phone: str(p.phone),
      first_name: str(p.first_name),
      last_name: str(p.last_name),
      company: str(p.company),
      city: str(p.city),
      region: str(p.region),
      postal_code: str(p.postal_code),
      country: str(p.country),
      accepts_marketing:
        p.accepts_marketing === null || p.accepts_marketing === undefined
          ? null
          : Boolean(p.accepts_marketing),
      signup_date: str(p.signup_date_text),
      signup_channel: str(p.signup_channel),
    },
    features: {
      as_of: str(p.as_of_text),
      first_order_date: str(p.first_text),
      last_order_date: str(p.last_text),
      number_of_orders: Number(p.number_of_orders ?? 0),
      number_of_returns: Number(p.number_of_returns ?? 0),
      amount_spent: num(p.amount_spent) ?? 0,
      average_order_value: num(p.average_order_value),
      recency_days: num(p.recency_days, 0),
      tenure_days: num(p.tenure_days, 0),
      average_days_between_orders: num(p.average_days_between_orders, 1),
    },
    rfm:
      p.rfm_r === null || p.rfm_r === undefined
        ? null
        : {
            r: Number(p.rfm_r),
            f: Number(p.rfm_f),
            m: Number(p.rfm_m),
            score: String(p.rfm_score),
            group: String(p.rfm_group),
            description: group?.description ?? '',
            action: group?.action ?? '',
          },
    lifecycle: p.lifecycle_stage
      ? {
          stage: String(p.lifecycle_stage),
          reason: str(p.lifecycle_reason),
          expected_gap_days: num(p.expected_gap_days, 1),
        }
      : null,
    value_tier: str(p.value_tier),
    segments: segments.map((s) => ({
      segment_id: Number(s.segment_id),
      name: String(s.name),
      entered_at: String(s.entered_at),
    })),
    attributes: attributes.map((a) => ({ kind: String(a.kind), name: String(a.name), value: str(a.value) })),
    predictions: prediction
      ? {
          churn_probability: num(prediction.churn_probability, 4),
          p_alive: num(prediction.p_alive, 4),
          horizon_days: prediction.horizon_days,
          predicted_clv: num(prediction.predicted_clv),
          predicted_number_of_orders: num(prediction.predicted_number_of_orders, 3),
          expected_date_of_next_order: prediction.expected_date_of_next_order,
          explanations: [{ factor: 'In short', effect: prediction.explanation }],
        }
      : null,
    timeline,
  };
}
