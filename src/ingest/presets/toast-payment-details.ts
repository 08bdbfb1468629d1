import type { Preset } from './preset.ts';

/**
 * Toast `PaymentDetails.csv`: one row per payment, with the guest's email and phone, the amount
 * before tip, and refunds and voids on the payment's own row. Each payment is an order, so a
 * split check is credited to each guest who paid.
 */
export const toastPaymentDetails: Preset = {
  id: 'toast-payment-details',
  label: 'Toast payment details',
  kind: 'orders',
  source: 'toast',
  // Toast documents PaymentDetails dates as MM/DD/YYYY (see shared/formats/pos.md).
  dateOrder: 'MDY',
  signature: ['Payment Id', 'Order Id', 'Paid Date', 'Refund Amount', 'Void Date'],
  columns: {
    order_id: ['Payment Id'],
    order_date: ['Order Date', 'Paid Date'],
    email: ['Email'],
    phone: ['Phone'],
    // Amount excludes tip and gratuity, which are the staff's, not sales.
    line_amount: ['Amount'],
    refunded_amount: ['Refund Amount'],
    refunded_at: ['Refund Date'],
    channel: ['Source', 'Dining Option'],
    status: ['Status'],
  },
  filters: [
    {
      column: 'Void Date',
      dropPattern: '.',
      code: 'voided_payment',
      reason: 'the payment was voided on {value}; voided payments are not sales',
    },
  ],
  ignoreColumns: ['Last 4 Card Digits', 'Last 4 Gift Card Digits', 'First 5 Gift Card Digits'],
};
