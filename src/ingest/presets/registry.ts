import { hubspotContacts } from './hubspot-contacts.ts';
import { klaviyoProfiles } from './klaviyo-profiles.ts';
import { mailchimpAudience } from './mailchimp-audience.ts';
import { onlineRetail, onlineRetailII } from './online-retail.ts';
import type { Preset } from './preset.ts';
import { shopifyCustomers } from './shopify-customers.ts';
import { shopifyOrders } from './shopify-orders.ts';
import { squareItemSales } from './square-item-sales.ts';
import { squareTransactions } from './square-transactions.ts';
import { stripeCustomers } from './stripe-customers.ts';
import { stripePayments } from './stripe-payments.ts';
import { toastPaymentDetails } from './toast-payment-details.ts';
import { woocommerceAdvancedExport } from './woocommerce-advanced-export.ts';
import { woocommerceAnalyticsOrders } from './woocommerce-analytics-orders.ts';
import { woocommerceOrders } from './woocommerce-orders.ts';

/** Every vendor layout Patron recognises. Order does not matter: the most specific match wins. */
export const PRESETS: readonly Preset[] = [
  onlineRetail,
  onlineRetailII,
  shopifyOrders,
  shopifyCustomers,
  woocommerceOrders,
  woocommerceAnalyticsOrders,
  woocommerceAdvancedExport,
  stripePayments,
  stripeCustomers,
  squareTransactions,
  squareItemSales,
  toastPaymentDetails,
  mailchimpAudience,
  klaviyoProfiles,
  hubspotContacts,
];
