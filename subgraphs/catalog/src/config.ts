import { commonEnv, optionalFlag, type ProcessRequirements, port } from '@marketplace/shared';
import { z } from 'zod';

/** The catalog process's configuration; every problem is reported at once by `loadConfig`. */
export const catalogEnvSchema = z
  .object({
    ...commonEnv,
    CATALOG_PORT: port(4002),
    HOST: z.string().min(1).default('127.0.0.1'),
    /** Where users open the app; links in partner and applicant emails point here. */
    PUBLIC_URL: z.url().default('http://localhost:4000'),
    /** Outgoing mail; without it (local runs only) messages are written under `<DATA_DIR>/mail`. */
    SMTP_URL: z.url().optional(),
    MAIL_FROM: z.string().min(3).default('Marketplace <no-reply@marketplace.local>'),
    /** Solution health monitor: one check of every published solution's health URL per interval, across processes. */
    HEALTH_CHECK_INTERVAL_MS: z.coerce.number().int().min(1000).max(86_400_000).default(60_000),
    /** One check's deadline (redirects and body included); a slower answer counts as down. */
    HEALTH_CHECK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5000),
    HEALTH_CHECK_CONCURRENCY: z.coerce.number().int().min(1).max(100).default(8),
    /** Consecutive failed checks that open an incident (and mail the partner): one failed probe is not an outage. */
    HEALTH_CHECK_FAILURES_TO_OPEN: z.coerce.number().int().min(1).max(20).default(3),
    /** Consecutive passing checks that close it again. */
    HEALTH_CHECK_SUCCESSES_TO_CLOSE: z.coerce.number().int().min(1).max(20).default(2),
    /** How long every single check is kept (hourly rollups 14 days, daily 400). */
    HEALTH_CHECK_RETENTION_DAYS: z.coerce.number().int().min(1).max(90).default(7),
    /**
     * Development only: health URLs may point at loopback (a solution run on this machine). Private, link-local
     * and reserved addresses are always refused, and so are the ports in HEALTH_CHECK_BLOCKED_PORTS.
     */
    HEALTH_CHECK_ALLOW_LOOPBACK: optionalFlag(),
    /** The platform's own ports, never checked on loopback (comma-separated). */
    HEALTH_CHECK_BLOCKED_PORTS: z
      .string()
      .regex(/^\s*(\d{1,5}\s*(,\s*\d{1,5}\s*)*)?$/, 'a comma-separated list of ports')
      .default('')
      .transform((list) => list.split(',').map((p) => p.trim()).filter(Boolean).map(Number)),
  })
  .refine((env) => env.NODE_ENV !== 'production' || Boolean(env.SMTP_URL), {
    path: ['SMTP_URL'],
    message: 'required when NODE_ENV=production',
    // Checked even when other variables are bad, so every problem is reported at once.
    when: () => true,
  })
  .refine((env) => env.NODE_ENV !== 'production' || env.HEALTH_CHECK_ALLOW_LOOPBACK !== true, {
    path: ['HEALTH_CHECK_ALLOW_LOOPBACK'],
    message: 'may not be true when NODE_ENV=production (health URLs on loopback reach the platform itself)',
    when: () => true,
  });

/** What the catalog process checks at start-up: the CDK app (infra/) configures its function from this. */
export const catalogProcess = { name: 'catalog', envSchema: catalogEnvSchema, need: ['internalSecret', 'fingerprintSecret'] } satisfies ProcessRequirements;
