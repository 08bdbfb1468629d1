import type { Preset } from './preset.ts';

/**
 * One CSV of a Mailchimp audience export (subscribed, unsubscribed, cleaned or non-subscribed):
 * the audience's merge fields, then Mailchimp's upper-case system columns. The contact's status
 * is only in the file name (`subscribed_…`, `unsubscribed_…`, `cleaned_…`, `nonsubscribed_…`).
 */
export const mailchimpAudience: Preset = {
  id: 'mailchimp-audience',
  label: 'Mailchimp audience export',
  kind: 'customers',
  source: 'mailchimp',
  signature: ['MEMBER_RATING', 'OPTIN_TIME', 'CONFIRM_TIME', 'LAST_CHANGED', 'LEID', 'EUID'],
  columns: {
    // The email merge field's label can be renamed per audience.
    email: ['Email Address', 'Email', 'E-mail'],
    phone: ['Phone Number', 'Phone'],
    first_name: ['First Name'],
    last_name: ['Last Name'],
    full_name: ['Name'],
    company: ['Company'],
    country: ['CC'],
    region: ['REGION'],
    postal_code: ['ZIP code', 'Zip'],
    // OPTIN_TIME is usually empty (imported or single opt-in contacts); CONFIRM_TIME is filled.
    signup_date: ['CONFIRM_TIME', 'OPTIN_TIME'],
  },
  consent: {
    email: {
      fromFileName: {
        subscribed_: 'subscribed',
        unsubscribed_: 'unsubscribed',
        cleaned_: 'cleaned',
        nonsubscribed_: 'never_subscribed',
      },
      values: {
        subscribed: 'subscribed',
        unsubscribed: 'unsubscribed',
        cleaned: 'cleaned',
        never_subscribed: 'never_subscribed',
      },
    },
  },
};
