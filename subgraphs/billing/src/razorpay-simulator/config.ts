import { z } from 'zod';
import { commonEnv, flag, loadConfig, port } from '@marketplace/shared';
import { SIMULATOR_DEFAULTS } from './simulator-server.ts';

const ms = (fallback: number, max: number) => z.coerce.number().int().min(0).max(max).default(fallback);

/** Settings of the Razorpay test-mode simulator process; every problem is reported at once. */
const schema = z.object({
  ...commonEnv,
  NODE_ENV: commonEnv.NODE_ENV.refine((env) => env !== 'production', {
    message: 'the Razorpay test-mode simulator never runs in production; configure real Razorpay keys instead',
  }),
  HOST: z.string().min(1).default('127.0.0.1'),
  RAZORPAY_SIMULATOR_PORT: port(SIMULATOR_DEFAULTS.port),
  /** Where browsers reach the simulator (its checkout page); defaults to http://localhost:<port>. */
  RAZORPAY_SIMULATOR_PUBLIC_URL: z.url().optional(),
  RAZORPAY_SIMULATOR_KEY_ID: z
    .string()
    .regex(/^rzp_test_[A-Za-z0-9_]{1,40}$/, 'a test-mode key id, rzp_test_…')
    .default(SIMULATOR_DEFAULTS.keyId),
  RAZORPAY_SIMULATOR_KEY_SECRET: z.string().min(16, 'at least 16 characters').default(SIMULATOR_DEFAULTS.keySecret),
  RAZORPAY_SIMULATOR_WEBHOOK_SECRET: z.string().min(8, 'at least 8 characters').default(SIMULATOR_DEFAULTS.webhookSecret),
  /** Where webhooks go (billing's endpoint, usually through the gateway); unset: recorded, not sent. */
  RAZORPAY_SIMULATOR_WEBHOOK_URL: z.url().optional(),
  RAZORPAY_SIMULATOR_WEBHOOK_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(6),
  RAZORPAY_SIMULATOR_WEBHOOK_BACKOFF_MS: ms(1000, 600_000),
  RAZORPAY_SIMULATOR_WEBHOOK_MAX_BACKOFF_MS: ms(60_000, 3_600_000),
  RAZORPAY_SIMULATOR_WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5000),
  /** Failed charge attempts (first + retries) before a pending subscription halts. */
  RAZORPAY_SIMULATOR_HALT_AFTER_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(SIMULATOR_DEFAULTS.haltAfterAttempts),
  /** How often due renewals and retries run in real time. */
  RAZORPAY_SIMULATOR_TICK_MS: z.coerce.number().int().min(100).max(3_600_000).default(5000),
  /** Keep state in <DATA_DIR>/razorpay-simulator.json across restarts. */
  RAZORPAY_SIMULATOR_PERSIST: flag(true),
});

export type RazorpaySimulatorConfig = z.infer<typeof schema>;

export function loadRazorpaySimulatorConfig(env: NodeJS.ProcessEnv = process.env): RazorpaySimulatorConfig {
  return loadConfig(schema, env);
}
