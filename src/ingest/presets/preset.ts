import type { Field, RecordKind } from '../mapping/fields.ts';

/** Consent status words a vendor writes, mapped to Patron's statuses. */
export type ConsentStatus = 'subscribed' | 'unsubscribed' | 'cleaned' | 'pending' | 'never_subscribed';

/** Rows a vendor writes that are not records of this kind (failed payments, test orders). */
export interface RowFilter {
  /** Header name of the column to test. */
  column: string;
  /** Keep only rows whose value (case-insensitive) is one of these… */
  keep?: readonly string[];
  /** …or drop rows whose value matches this regular expression (case-insensitive). */
  dropPattern?: string;
  code: string;
  /** 'order': a match on any row of an order sets aside every row of that order (Shopify writes order fields on the first row only). */
  scope?: 'row' | 'order';
  /** Plain-words reason; `{value}` is replaced with the row's value. */
  reason: string;
}

/** Where a channel's consent status comes from: a column, or (Mailchimp) the file name's prefix. */
export interface ConsentSource {
  column?: string;
  /** File-name prefix → status, for exports that split contacts into one file per status. */
  fromFileName?: Record<string, ConsentStatus>;
  values: Record<string, ConsentStatus>;
}

/**
 * A vendor export layout, described as data: which headers identify it and which column
 * fills each canonical field. Matching is by header name (case-insensitive), never position.
 */
export interface Preset {
  id: string;
  label: string;
  kind: RecordKind;
  /** Namespace for the vendor's customer ids, so ids from different systems never collide. */
  source: string;
  /** All of these headers must be present for the preset to match. */
  signature: readonly string[];
  /** Candidate header names per field; the first one present is used. */
  columns: Partial<Record<Field, readonly string[]>>;
  /** How returns are marked. Default: a line with negative quantity or amount is a return. */
  returns?: { orderIdPrefix: string };
  filters?: readonly RowFilter[];
  /** Consent columns of audience exports (mapped to email_consent / sms_consent), values mapped to statuses. */
  consent?: {
    email?: ConsentSource;
    sms?: ConsentSource;
  };
  /** Headers (case-insensitive) whose values are survey answers rather than plain attributes. */
  surveyColumns?: readonly string[];
  /** Headers to leave out entirely (card fingerprints and other payment details). */
  ignoreColumns?: readonly string[];
  /** The vendor's documented day order, used only when a date column's values fit both orders. */
  dateOrder?: 'MDY' | 'DMY';
  notes?: string;
}
