import type { Preset } from './preset.ts';

/**
 * HubSpot CRM contacts export (`hubspot-crm-exports-<view>-<date>.csv`): property labels as
 * headers, every field quoted. Only opt-outs are recorded as consent: being a marketing contact
 * does not mean the contact opted in.
 */
export const hubspotContacts: Preset = {
  id: 'hubspot-contacts',
  label: 'HubSpot contacts',
  kind: 'customers',
  source: 'hubspot',
  signature: ['Record ID', 'First Name', 'Last Name', 'Email'],
  columns: {
    customer_id: ['Record ID'],
    email: ['Email'],
    phone: ['Phone Number', 'Mobile Phone Number'],
    first_name: ['First Name'],
    last_name: ['Last Name'],
    company: ['Associated Company', 'Company Name'],
    country: ['Country/Region'],
    region: ['State/Region'],
    city: ['City'],
    postal_code: ['Postal Code'],
    signup_date: ['Create Date'],
    signup_channel: ['Original Source'],
    email_consent: ['Unsubscribed from all email', 'Marketing contact status'],
  },
  consent: {
    email: {
      column: 'Unsubscribed from all email',
      values: {
        true: 'unsubscribed',
        yes: 'unsubscribed',
        'non-marketing contact': 'never_subscribed',
      },
    },
  },
};
