import { z } from 'zod';
import { commonEnv, loadConfig, optionalFlag, port } from '@marketplace/shared';
import { DEFAULT_HEALTH_TIMEOUT_MS } from './health.ts';

const schema = z
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
  })
  .transform((c) => ({
    ...c,
    production: c.NODE_ENV === 'production',
    // Off by default in production, on elsewhere; either can be set explicitly.
    introspection: c.GRAPHQL_INTROSPECTION ?? c.NODE_ENV !== 'production',
    explorer: c.EXPLORER_ENABLED ?? c.NODE_ENV !== 'production',
  }));

export type GatewayConfig = z.infer<typeof schema>;

export function loadGatewayConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  return loadConfig(schema, env);
}
