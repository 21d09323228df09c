/**
 * The Razorpay test-mode simulator's local-only credentials and settings (nothing here is a secret: the
 * simulator refuses to run in production). Billing's config and the launcher fall back to these without keys.
 */
export const SIMULATOR_DEFAULTS = {
  port: 4020,
  keyId: 'rzp_test_simulator',
  keySecret: 'rzp_test_simulator_key_secret',
  webhookSecret: 'rzp_test_simulator_webhook_secret',
  haltAfterAttempts: 4,
} as const;
