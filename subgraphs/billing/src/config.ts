import { commonEnv, type ProcessRequirements, ConfigError, port, type SecretSpec } from '@marketplace/shared';
import { z } from 'zod';
import { SIMULATOR_DEFAULTS } from './public/simulator-defaults.ts';

const KEY_ID = /^rzp_(test|live)_[A-Za-z0-9_]{1,40}$/;

/**
 * The billing process's configuration; every problem is reported at once by `loadConfig`. Razorpay's key id is
 * here; its secrets are declared to `loadSecrets` (`RAZORPAY_SECRETS`). Production needs all of them; without
 * them (local runs and tests) billing talks to the Razorpay test-mode simulator, at RAZORPAY_API_URL.
 */
export const billingEnvSchema = z
  .object({
    ...commonEnv,
    BILLING_PORT: port(4005),
    HOST: z.string().min(1).default('127.0.0.1'),
    /** Where users open the app; links in billing emails and invoice PDF URLs point here. */
    PUBLIC_URL: z.url().default('http://localhost:4000'),
    SMTP_URL: z.url().optional(),
    MAIL_FROM: z.string().min(3).default('Marketplace <no-reply@marketplace.local>'),
    RAZORPAY_KEY_ID: z.string().regex(KEY_ID, 'a Razorpay key id, rzp_test_… or rzp_live_…').optional(),
    /** Razorpay's API base; the simulator's URL locally (default without keys: http://127.0.0.1:4020). */
    RAZORPAY_API_URL: z.url().optional(),
    /** Days a customer keeps the paid tier after a failed renewal, while Razorpay retries. */
    BILLING_GRACE_DAYS: z.coerce.number().int().min(0).max(30).default(3),
    /** Hours before each renewal that the pre-debit notice goes out (RBI e-mandate rules ask for 24). */
    BILLING_NOTICE_HOURS: z.coerce.number().int().min(1).max(240).default(24),
    /** Keep invoice and credit-note PDFs in this S3 bucket (under `documents/`) instead of under DATA_DIR. */
    DOCUMENTS_BUCKET: z.string().regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'an S3 bucket name').optional(),
    /** How often the process looks for due jobs (notices, scheduled cancellations, grace ends). */
    BILLING_JOBS_INTERVAL_MS: z.coerce.number().int().min(100).max(3_600_000).default(30_000),
  })
  .superRefine((env, issues) => {
    if (env.NODE_ENV !== 'production') return;
    if (!env.RAZORPAY_KEY_ID) issues.addIssue({ code: 'custom', path: ['RAZORPAY_KEY_ID'], message: 'required when NODE_ENV=production' });
    if (!env.SMTP_URL) issues.addIssue({ code: 'custom', path: ['SMTP_URL'], message: 'required when NODE_ENV=production' });
  });

export type BillingConfig = z.infer<typeof billingEnvSchema>;

/** Billing's own secrets, declared to the shared `loadSecrets` (none is generated: they come from Razorpay). */
export const RAZORPAY_SECRETS = {
  razorpayKeySecret: { env: 'RAZORPAY_KEY_SECRET', generate: null, minLength: 8 },
  razorpayWebhookSecret: { env: 'RAZORPAY_WEBHOOK_SECRET', generate: null, minLength: 8 },
  /** The webhook secret before a rotation: accepted too, until it is removed. */
  razorpayPreviousWebhookSecret: { env: 'RAZORPAY_WEBHOOK_SECRET_PREVIOUS', generate: null, optional: true, minLength: 8 },
} as const satisfies Record<string, SecretSpec>;

/** How billing reaches Razorpay. */
export interface RazorpaySettings {
  keyId: string;
  keySecret: string;
  /** The current webhook secret first, then the previous one during a rotation. */
  webhookSecrets: string[];
  /** Another API base (the simulator); null for Razorpay itself. */
  apiUrl: string | null;
  /** True when no keys were configured and the local simulator stands in. */
  simulator: boolean;
}

/**
 * Razorpay's settings: the configured keys, or (outside production, with none configured) the simulator's. Some
 * keys but not all is a configuration error naming the missing ones.
 */
export function razorpaySettings(
  config: Pick<BillingConfig, 'RAZORPAY_KEY_ID' | 'RAZORPAY_API_URL'>,
  secrets: { razorpayKeySecret?: string; razorpayWebhookSecret?: string; razorpayPreviousWebhookSecret?: string },
): RazorpaySettings {
  const given = { RAZORPAY_KEY_ID: config.RAZORPAY_KEY_ID, RAZORPAY_KEY_SECRET: secrets.razorpayKeySecret, RAZORPAY_WEBHOOK_SECRET: secrets.razorpayWebhookSecret };
  const missing = Object.entries(given).filter(([, value]) => !value).map(([name]) => name);
  if (missing.length === 0) {
    return {
      keyId: config.RAZORPAY_KEY_ID!,
      keySecret: secrets.razorpayKeySecret!,
      webhookSecrets: [secrets.razorpayWebhookSecret!, ...(secrets.razorpayPreviousWebhookSecret ? [secrets.razorpayPreviousWebhookSecret] : [])],
      apiUrl: config.RAZORPAY_API_URL ?? null,
      simulator: false,
    };
  }
  if (missing.length < 3) throw new ConfigError(missing.map((name) => `${name}: set all three of RAZORPAY_KEY_ID, RAZORPAY_KEY_SECRET and RAZORPAY_WEBHOOK_SECRET, or none for the local simulator`));
  return {
    keyId: SIMULATOR_DEFAULTS.keyId,
    keySecret: SIMULATOR_DEFAULTS.keySecret,
    webhookSecrets: [SIMULATOR_DEFAULTS.webhookSecret],
    apiUrl: config.RAZORPAY_API_URL ?? `http://127.0.0.1:${SIMULATOR_DEFAULTS.port}`,
    simulator: true,
  };
}

/** What the billing process checks at start-up: the CDK app (infra/) configures its function from this. */
export const billingProcess = { name: 'billing', envSchema: billingEnvSchema, need: ['internalSecret', 'fingerprintSecret'], declare: RAZORPAY_SECRETS } satisfies ProcessRequirements;
