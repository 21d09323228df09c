/** The web app's route Checkout returns to with `razorpay_payment_id`, `razorpay_subscription_id`, `razorpay_signature`. */
export const CHECKOUT_RETURN_PATH = '/billing/checkout/return';

/** The three values Checkout hands back on success, as `confirmCheckout` takes them. */
export const CHECKOUT_RESULT_FIELDS = ['razorpay_payment_id', 'razorpay_subscription_id', 'razorpay_signature'] as const;

export interface Prefill {
  name?: string | null | undefined;
  email?: string | null | undefined;
}

/**
 * Where to send the browser for a checkout session: its `checkoutUrl` with `callback_url` set to this app's return
 * route and `callback_method=get` (a redirect with the values in the query, which a single-page app can read; the
 * default, a form POST, would reach the server instead), and the payer's name and email prefilled.
 */
export function checkoutRedirectUrl(checkoutUrl: string, origin: string, prefill: Prefill = {}): string {
  const url = new URL(checkoutUrl, origin);
  url.searchParams.set('callback_url', new URL(CHECKOUT_RETURN_PATH, origin).toString());
  url.searchParams.set('callback_method', 'get');
  if (prefill.name) url.searchParams.set('prefill[name]', prefill.name);
  if (prefill.email) url.searchParams.set('prefill[email]', prefill.email);
  return url.toString();
}

export type CheckoutResult = Record<(typeof CHECKOUT_RESULT_FIELDS)[number], string>;

/** The checkout result in a return URL's query, or undefined when any of the three values is missing. */
export function checkoutResultFrom(params: URLSearchParams): CheckoutResult | undefined {
  const values = CHECKOUT_RESULT_FIELDS.map((name) => params.get(name)?.trim() ?? '');
  if (values.some((value) => !value)) return undefined;
  const [paymentId, subscriptionId, signature] = values as [string, string, string];
  return { razorpay_payment_id: paymentId, razorpay_subscription_id: subscriptionId, razorpay_signature: signature };
}

/** Why Checkout came back without a payment (`error[description]`, as Razorpay sends it on a failure), if it said. */
export function checkoutFailureFrom(params: URLSearchParams): string | undefined {
  return params.get('error[description]')?.trim() || undefined;
}
