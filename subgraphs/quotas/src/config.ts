import { z } from 'zod';
import { commonEnv, loadConfig, port, type ProcessRequirements } from '@marketplace/shared';

/** The shim's cache bound: the platform's promise that revocations apply everywhere within 5 seconds. */
export const SHIM_CACHE_MAX_MS = 5000;

/** Settings of the quotas processes (the subgraph and the shim); every problem is reported at once. */
export const quotasEnvSchema = z.object({
  ...commonEnv,
  HOST: z.string().min(1).default('127.0.0.1'),
  QUOTAS_PORT: port(4004),
  SHIM_PORT: port(4010),
  PUBLIC_URL: z.url().default('http://localhost:4000'),
  /**
   * Freshness bound of cached keys, secrets, policies, grants and account states on the shim. At most 5 s: a
   * revoked key must stop validating on every shim within 5 seconds (the key reader refuses more).
   */
  SHIM_CACHE_MS: z.coerce
    .number()
    .int()
    .min(0)
    .max(SHIM_CACHE_MAX_MS, `at most ${SHIM_CACHE_MAX_MS} (a revoked key must stop validating within 5 s)`)
    .default(2000),
  /**
   * Freshness bound of cached policies, solution owners, grants and account states in the quotas subgraph
   * (GraphQL); a grant written by this process is seen by it at once.
   */
  QUOTAS_CACHE_MS: z.coerce.number().int().min(0).max(60_000).default(2000),
  /** How often usage rollups are written. */
  USAGE_FLUSH_MS: z.coerce.number().int().min(50).max(60_000).default(1000),
  /** How often calls admitted from leases (hard limits above 100) are written to the quota counters' `used`. */
  QUOTA_RECORD_MS: z.coerce.number().int().min(10).max(5000).default(500),
  /** Upgrade notices (quotas subgraph): how often trial ends are looked for and waiting emails sent, once across processes. */
  NOTICE_JOBS_INTERVAL_MS: z.coerce.number().int().min(1000).max(3_600_000).default(30_000),
  /** Where the quotas subgraph sends upgrade-notice emails; without it (local runs) they are written under DATA_DIR/mail. */
  SMTP_URL: z.url().optional(),
  MAIL_FROM: z.string().min(3).default('Marketplace <no-reply@marketplace.local>'),
  /** The shim: distinct networks (IPv4 /24, IPv6 /48) in one UTC day after which a key's owner is told its use is unusual. */
  KEY_NETWORKS_ALERT_PER_DAY: z.coerce.number().int().min(2).max(10_000).default(20),
  /** The shim's call events to the analytics log (per minute and caller, appended every 5 s); off only to measure its cost. */
  ANALYTICS_EVENTS: z.enum(['on', 'off']).default('on'),
});

export type QuotasConfig = z.infer<typeof quotasEnvSchema>;

export function loadQuotasConfig(env: NodeJS.ProcessEnv = process.env): QuotasConfig {
  return loadConfig(quotasEnvSchema, env);
}

/** What the quotas GraphQL process checks at start-up: the CDK app (infra/) configures its function from this. */
export const quotasProcess = { name: 'quotas', envSchema: quotasEnvSchema, need: ['internalSecret', 'fingerprintSecret'] } satisfies ProcessRequirements;

/** What the quota shim checks at start-up: its Fargate task is configured from this. */
export const shimProcess = { name: 'quota-shim', envSchema: quotasEnvSchema, need: ['fingerprintSecret'] } satisfies ProcessRequirements;
