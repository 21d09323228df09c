import { z } from 'zod';
import { commonEnv, loadConfig, optionalFlag, port, type ProcessRequirements } from '@marketplace/shared';
import { DEFAULT_HEALTH_TIMEOUT_MS } from './health.ts';

/** The gateway's settings; every problem is reported at once. */
export const gatewayEnvSchema = z
  .object({
    ...commonEnv,
    GATEWAY_PORT: port(4000),
    HOST: z.string().min(1).default('127.0.0.1'),
    /** Largest accepted request body; larger ones get 413. */
    MAX_BODY_BYTES: z.coerce.number().int().min(1024).max(10_000_000).default(100_000),
    MAX_QUERY_DEPTH: z.coerce.number().int().min(2).max(100).default(12),
    MAX_QUERY_COST: z.coerce.number().int().min(10).max(1_000_000).default(5_000),
    GRAPHQL_INTROSPECTION: optionalFlag(),
    EXPLORER_ENABLED: optionalFlag(),
    /** Trust X-Forwarded-For from this many proxies in front of the gateway (0: use the socket address). */
    TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(5).default(0),
    /** How long /healthz waits for each part (DynamoDB, every subgraph, the shim) before reporting it down. */
    HEALTH_TIMEOUT_MS: z.coerce.number().int().min(100).max(30_000).default(DEFAULT_HEALTH_TIMEOUT_MS),
    SHIM_PORT: port(4010),
    /** Where solution backends reach the quota shim; the web app shows it in snippets (GET /config.json). */
    PUBLIC_QUOTA_URL: z.url({ protocol: /^https?$/, error: 'an http(s) URL, e.g. https://quota.example.com' }).optional(),
  })
  .refine((c) => c.NODE_ENV !== 'production' || Boolean(c.PUBLIC_QUOTA_URL), {
    path: ['PUBLIC_QUOTA_URL'],
    message: 'required when NODE_ENV=production',
  })
  .transform((c) => ({
    ...c,
    production: c.NODE_ENV === 'production',
    // Off by default in production, on elsewhere; either can be set explicitly.
    introspection: c.GRAPHQL_INTROSPECTION ?? c.NODE_ENV !== 'production',
    explorer: c.EXPLORER_ENABLED ?? c.NODE_ENV !== 'production',
    // Locally the shim is on this machine, at the port the launcher gives it.
    quotaUrl: (c.PUBLIC_QUOTA_URL ?? `http://localhost:${c.SHIM_PORT}`).replace(/\/+$/, ''),
  }));

export type GatewayConfig = z.infer<typeof gatewayEnvSchema>;

export function loadGatewayConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  return loadConfig(gatewayEnvSchema, env);
}

/** What the gateway checks at start-up: the CDK app (infra/) configures its function from this. */
export const gatewayProcess = {
  name: 'gateway',
  envSchema: gatewayEnvSchema,
  need: ['internalSecret', 'jwtPublicKey', 'fingerprintSecret'],
} satisfies ProcessRequirements;
