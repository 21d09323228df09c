import { createHmac } from 'node:crypto';

/** Razorpay's signatures: hex HMAC-SHA256. Verify them with the SDK, never with these (they are what we sign). */
function hmacHex(secret: string, message: string): string {
  return createHmac('sha256', secret).update(message).digest('hex');
}

/** `X-Razorpay-Signature` of a webhook: over the raw body, keyed with the webhook secret. */
export function webhookSignature(rawBody: string, webhookSecret: string): string {
  return hmacHex(webhookSecret, rawBody);
}

/** Checkout's `razorpay_signature` for a subscription: over `payment_id|subscription_id`, keyed with the key secret. */
export function checkoutSignature(paymentId: string, subscriptionId: string, keySecret: string): string {
  return hmacHex(keySecret, `${paymentId}|${subscriptionId}`);
}
