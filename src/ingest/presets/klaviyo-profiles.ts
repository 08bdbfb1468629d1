import type { Preset } from './preset.ts';

/**
 * Klaviyo list or segment export (profiles): the chosen profile properties, with consent in
 * `Email Marketing Consent` and custom properties (`Shopify Tags` …) kept as attributes.
 */
export const klaviyoProfiles: Preset = {
  id: 'klaviyo-profiles',
  label: 'Klaviyo profiles',
  kind: 'customers',
  source: 'klaviyo',
  signature: ['Email', 'Klaviyo ID'],
  columns: {
    customer_id: ['Klaviyo ID'],
    email: ['Email'],
    phone: ['Phone Number'],
    first_name: ['First Name'],
    last_name: ['Last Name'],
    company: ['Organization'],
    country: ['Country'],
    region: ['State / Region'],
    city: ['City'],
    postal_code: ['Zip Code'],
    signup_date: ['Profile Created On', 'Date Added'],
    signup_channel: ['Source'],
    email_consent: ['Email Marketing Consent'],
    // Shopify's flag, synced as a custom property: the consent when the export has no consent column.
    accepts_marketing: ['Accepts Marketing'],
  },
  consent: {
    email: {
      column: 'Email Marketing Consent',
      values: {
        subscribed: 'subscribed',
        unsubscribed: 'unsubscribed',
        never_subscribed: 'never_subscribed',
      },
    },
  },
};
