import type { Preset } from './preset.ts';

/**
 * Shopify admin customers export (`customers_export.csv`), all three header generations: the
 * current one (`Customer ID`, `Default Address …`), 2022 (`Accepts Email Marketing`) and older
 * (`Accepts Marketing`). Older files have no id, so customers are keyed by email or phone.
 */
export const shopifyCustomers: Preset = {
  id: 'shopify-customers',
  label: 'Shopify customers',
  kind: 'customers',
  source: 'shopify',
  signature: ['First Name', 'Last Name', 'Email', 'Total Spent', 'Total Orders', 'Tax Exempt'],
  columns: {
    customer_id: ['Customer ID'],
    email: ['Email'],
    phone: ['Phone', 'Default Address Phone'],
    first_name: ['First Name'],
    last_name: ['Last Name'],
    company: ['Default Address Company', 'Company'],
    country: ['Default Address Country Code', 'Country Code', 'Country'],
    region: ['Default Address Province Code', 'Province Code', 'Province'],
    city: ['Default Address City', 'City'],
    postal_code: ['Default Address Zip', 'Zip'],
    accepts_marketing: ['Accepts Email Marketing', 'Accepts Marketing'],
    sms_consent: ['Accepts SMS Marketing'],
  },
  consent: {
    sms: { column: 'Accepts SMS Marketing', values: { yes: 'subscribed', no: 'unsubscribed' } },
  },
};
