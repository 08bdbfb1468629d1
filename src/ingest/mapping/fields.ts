/** What kind of record a file holds; each kind loads into its own canonical tables. */
export type RecordKind = 'orders' | 'customers' | 'events' | 'feedback';

export type FieldType =
  | 'id'
  | 'text'
  | 'email'
  | 'phone'
  | 'date'
  | 'money'
  | 'number'
  | 'boolean'
  | 'country'
  | 'currency';

export interface FieldSpec {
  type: FieldType;
  kinds: readonly RecordKind[];
  /** Common header names (compared after `normaliseHeader`) that map to this field automatically. */
  synonyms: readonly string[];
}

const ALL: readonly RecordKind[] = ['orders', 'customers', 'events', 'feedback'];
const PEOPLE: readonly RecordKind[] = ['orders', 'customers'];
const ORDERS: readonly RecordKind[] = ['orders'];

/** Every canonical field an import can fill, with its type and the header names that suggest it. */
export const FIELDS = {
  order_id: {
    type: 'id',
    kinds: ['orders', 'feedback'],
    synonyms: [
      'order_id',
      'orderid',
      'order_number',
      'order_no',
      'invoice',
      'invoiceno',
      'invoice_no',
      'invoice_number',
      'invoice_id',
      'transaction_id',
      'receipt_number',
      'receipt_id',
      'check_id',
    ],
  },
  order_date: {
    type: 'date',
    kinds: ORDERS,
    synonyms: [
      'order_date',
      'orderdate',
      'invoicedate',
      'invoice_date',
      'purchase_date',
      'transaction_date',
      'order_time',
      'ordered_at',
      'date',
    ],
  },
  customer_id: {
    type: 'id',
    kinds: ALL,
    synonyms: [
      'customer_id',
      'customerid',
      'customer_number',
      'client_id',
      'member_id',
      'user_id',
      'contact_id',
    ],
  },
  email: {
    type: 'email',
    kinds: ALL,
    synonyms: ['email', 'email_address', 'e_mail', 'customer_email', 'mail'],
  },
  phone: {
    type: 'phone',
    kinds: ALL,
    synonyms: ['phone', 'phone_number', 'mobile', 'telephone', 'customer_phone', 'cell'],
  },
  first_name: {
    type: 'text',
    kinds: PEOPLE,
    synonyms: ['first_name', 'firstname', 'given_name', 'forename'],
  },
  last_name: { type: 'text', kinds: PEOPLE, synonyms: ['last_name', 'lastname', 'surname', 'family_name'] },
  full_name: { type: 'text', kinds: PEOPLE, synonyms: ['name', 'full_name', 'customer_name', 'client_name'] },
  company: {
    type: 'text',
    kinds: PEOPLE,
    synonyms: ['company', 'company_name', 'organisation', 'organization'],
  },
  country: {
    type: 'country',
    kinds: PEOPLE,
    synonyms: ['country', 'country_code', 'customer_country', 'billing_country'],
  },
  region: { type: 'text', kinds: PEOPLE, synonyms: ['region', 'state', 'province', 'county'] },
  city: { type: 'text', kinds: PEOPLE, synonyms: ['city', 'town', 'billing_city'] },
  postal_code: {
    type: 'text',
    kinds: PEOPLE,
    synonyms: ['postal_code', 'postcode', 'zip', 'zip_code', 'zipcode'],
  },
  accepts_marketing: {
    type: 'boolean',
    kinds: PEOPLE,
    synonyms: ['accepts_marketing', 'marketing_consent', 'opt_in', 'newsletter'],
  },
  signup_date: {
    type: 'date',
    kinds: ['customers'],
    synonyms: ['signup_date', 'created_at', 'registration_date', 'joined', 'customer_since', 'date_created'],
  },
  signup_channel: {
    type: 'text',
    kinds: ['customers'],
    synonyms: ['signup_channel', 'acquisition_channel', 'source_channel'],
  },
  email_consent: {
    type: 'text',
    kinds: ['customers'],
    synonyms: ['email_consent', 'email_status', 'subscription_status'],
  },
  sms_consent: { type: 'text', kinds: ['customers'], synonyms: ['sms_consent', 'sms_status'] },
  sku: {
    type: 'text',
    kinds: ORDERS,
    synonyms: ['sku', 'stockcode', 'stock_code', 'product_id', 'item_id', 'product_code', 'item_code'],
  },
  product_name: {
    type: 'text',
    kinds: ORDERS,
    synonyms: ['product_name', 'description', 'item', 'item_name', 'product', 'product_title'],
  },
  category: {
    type: 'text',
    kinds: ORDERS,
    synonyms: ['category', 'product_category', 'department', 'product_type'],
  },
  quantity: { type: 'number', kinds: ORDERS, synonyms: ['quantity', 'qty', 'units', 'item_quantity'] },
  unit_price: { type: 'money', kinds: ORDERS, synonyms: ['unit_price', 'unitprice', 'price', 'item_price'] },
  line_amount: {
    type: 'money',
    kinds: ORDERS,
    synonyms: ['line_amount', 'line_total', 'amount', 'total_price', 'sales', 'revenue', 'line_value'],
  },
  line_discount: { type: 'money', kinds: ORDERS, synonyms: ['line_discount', 'item_discount'] },
  order_total: {
    type: 'money',
    kinds: ORDERS,
    synonyms: ['order_total', 'total', 'grand_total', 'order_amount'],
  },
  discount_amount: {
    type: 'money',
    kinds: ORDERS,
    synonyms: ['discount_amount', 'discount', 'order_discount'],
  },
  refunded_amount: {
    type: 'money',
    kinds: ORDERS,
    synonyms: ['refunded_amount', 'refund_amount', 'amount_refunded'],
  },
  refunded_at: { type: 'date', kinds: ORDERS, synonyms: ['refunded_at', 'refund_date'] },
  currency: { type: 'currency', kinds: ORDERS, synonyms: ['currency', 'currency_code'] },
  channel: { type: 'text', kinds: ORDERS, synonyms: ['channel', 'sales_channel', 'order_source'] },
  status: { type: 'text', kinds: ORDERS, synonyms: ['status', 'order_status', 'financial_status'] },
  event_type: { type: 'text', kinds: ['events'], synonyms: ['event_type', 'event', 'event_name', 'action'] },
  occurred_at: {
    type: 'date',
    kinds: ['events'],
    synonyms: ['occurred_at', 'event_time', 'event_date', 'timestamp'],
  },
  created_at: {
    type: 'date',
    kinds: ['feedback'],
    synonyms: ['created_at', 'review_date', 'submitted_at', 'date'],
  },
  body: {
    type: 'text',
    kinds: ['feedback'],
    synonyms: ['body', 'review', 'review_text', 'comment', 'comments', 'text', 'message', 'feedback'],
  },
  rating: { type: 'number', kinds: ['feedback'], synonyms: ['rating', 'stars', 'score'] },
  feedback_kind: { type: 'text', kinds: ['feedback'], synonyms: ['feedback_kind', 'ticket_type'] },
} as const satisfies Record<string, FieldSpec>;

export type Field = keyof typeof FIELDS;

export const FIELD_NAMES = Object.keys(FIELDS) as Field[];

/** Fields a row of each kind cannot do without (orders also need an amount; see validation). */
export const REQUIRED: Record<RecordKind, readonly Field[]> = {
  orders: ['order_id', 'order_date'],
  customers: [],
  events: ['event_type', 'occurred_at'],
  feedback: ['created_at', 'body'],
};

/** `Customer ID` → `customer_id`: lower case, runs of other characters become one underscore. */
export function normaliseHeader(header: string): string {
  return header
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
}

export function isField(name: string): name is Field {
  return Object.hasOwn(FIELDS, name);
}
