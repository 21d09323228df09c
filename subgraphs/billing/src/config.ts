import { commonEnv, port } from '@marketplace/shared';
import { z } from 'zod';
import { SIMULATOR_DEFAULTS } from './public/simulator-defaults.ts';

const KEY_ID = /^rzp_(test|live)_[A-Za-z0-9_]{1,40}$/;
const RAZORPAY_VARIABLES = ['RAZORPAY_KEY_ID', 'RAZORPAY_KEY_SECRET', 'RAZORPAY_WEBHOOK_SECRET'] as const;

/**
 * The billing process's configuration; every problem is reported at once by `loadConfig`.
 *
 * Razorpay: production needs the three RAZORPAY_* keys. Without them (local runs and tests) billing talks to the
 * Razorpay test-mode simulator with its fixed test keys, at RAZORPAY_API_URL (default the simulator's port).
 * (Read from this zod config rather than `loadSecrets`, which cannot take package-declared secrets on main yet.)
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
    RAZORPAY_KEY_SECRET: z.string().min(8, 'at least 8 characters').optional(),
    RAZORPAY_WEBHOOK_SECRET: z.string().min(8, 'at least 8 characters').optional(),
    /** The webhook secret before a rotation: accepted as well until removed. */
    RAZORPAY_WEBHOOK_SECRET_PREVIOUS: z.string().min(8, 'at least 8 characters').optional(),
    /** Razorpay's API base; set to the simulator's URL locally (default without keys: http://127.0.0.1:4020). */
    RAZORPAY_API_URL: z.url().optional(),
    /** Days a customer keeps the paid tier after a failed renewal, while Razorpay retries. */
    BILLING_GRACE_DAYS: z.coerce.number().int().min(0).max(30).default(3),
    /** Hours before each renewal that the pre-debit notice goes out (RBI e-mandate rules ask for 24). */
    BILLING_NOTICE_HOURS: z.coerce.number().int().min(1).max(240).default(24),
    /** How often the process runs due jobs (notices, scheduled cancellations, reconciliation). */
    BILLING_JOBS_INTERVAL_MS: z.coerce.number().int().min(100).max(3_600_000).default(30_000),
  })
  .superRefine((env, issues) => {
    const missing = RAZORPAY_VARIABLES.filter((name) => !env[name]);
    if (env.NODE_ENV === 'production') {
      for (const name of missing) issues.addIssue({ code: 'custom', path: [name], message: 'required when NODE_ENV=production' });
      if (!env.SMTP_URL) issues.addIssue({ code: 'custom', path: ['SMTP_URL'], message: 'required when NODE_ENV=production' });
    } else if (missing.length > 0 && missing.length < RAZORPAY_VARIABLES.length) {
      for (const name of missing) {
        issues.addIssue({ code: 'custom', path: [name], message: 'set all three RAZORPAY_* keys, or none for the local simulator' });
      }
    }
  })
  .transform((env) => {
    const keys = env.RAZORPAY_KEY_ID && env.RAZORPAY_KEY_SECRET && env.RAZORPAY_WEBHOOK_SECRET;
    const razorpay: RazorpaySettings = keys
      ? {
          keyId: env.RAZORPAY_KEY_ID!,
          keySecret: env.RAZORPAY_KEY_SECRET!,
          webhookSecrets: [env.RAZORPAY_WEBHOOK_SECRET!, ...(env.RAZORPAY_WEBHOOK_SECRET_PREVIOUS ? [env.RAZORPAY_WEBHOOK_SECRET_PREVIOUS] : [])],
          apiUrl: env.RAZORPAY_API_URL ?? null,
          simulator: false,
        }
      : {
          keyId: SIMULATOR_DEFAULTS.keyId,
          keySecret: SIMULATOR_DEFAULTS.keySecret,
          webhookSecrets: [SIMULATOR_DEFAULTS.webhookSecret],
          apiUrl: env.RAZORPAY_API_URL ?? `http://127.0.0.1:${SIMULATOR_DEFAULTS.port}`,
          simulator: true,
        };
    return { ...env, razorpay };
  });

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

export type BillingConfig = z.infer<typeof billingEnvSchema>;
