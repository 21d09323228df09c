/** The billing subgraph: Pro and Enterprise subscriptions on Razorpay, GST invoices and the commission ledger. */
export const name = 'billing';
