/** Customer-profile columns a clustering may use, with the label a shop owner reads and whether to log1p them. */
export const PROFILE_NUMERIC: Readonly<Record<string, { label: string; log: boolean }>> = {
  recency_days: { label: 'days since last order', log: true },
  number_of_orders: { label: 'orders', log: true },
  amount_spent: { label: 'amount spent', log: true },
  average_order_value: { label: 'average order value', log: true },
  tenure_days: { label: 'days as a customer', log: false },
  average_days_between_orders: { label: 'days between orders', log: true },
  returns_rate: { label: 'share of orders returned', log: false },
  discount_rate: { label: 'share of orders with a discount', log: false },
  number_of_returns: { label: 'returns', log: true },
};

/** Text columns of the profile that may be used as categorical inputs. */
export const PROFILE_CATEGORICAL: Readonly<Record<string, string>> = {
  country: 'country',
  signup_channel: 'sign-up channel',
  city: 'city',
  lifecycle_stage: 'lifecycle stage',
  value_tier: 'value tier',
  rfm_group: 'RFM group',
};

/** The presets and what they hold (category shares and attributes are filled from the shop's data). */
export const PRESETS = {
  rfm: ['recency_days', 'number_of_orders', 'amount_spent'],
  behaviour: [
    'recency_days',
    'number_of_orders',
    'amount_spent',
    'average_order_value',
    'tenure_days',
    'average_days_between_orders',
    'returns_rate',
  ],
  psychographic: [],
} as const;

export type PresetName = keyof typeof PRESETS;

/** At most this many category shares enter the behaviour preset (the most widely bought categories). */
export const MAX_CATEGORY_SHARES = 8;
