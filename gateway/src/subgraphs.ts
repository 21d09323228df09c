import type { GraphQLSchema } from 'graphql';

/**
 * Every subgraph of the platform, in start order. The compose script builds their schemas without ports;
 * the launcher starts `main` for each; the gateway routes to `urlEnv` (default `http://127.0.0.1:<port>`).
 */
export interface SubgraphEntry {
  name: string;
  defaultPort: number;
  /** The variable that moves the subgraph's port (its own main.ts reads the same one). */
  portEnv: string;
  /** The variable that points the gateway at a subgraph running elsewhere. */
  urlEnv: string;
  /** Path of the subgraph's main.ts from the repository root (analytics': the platform's, which wires in the catalog). */
  main: string;
  buildSchema: () => Promise<GraphQLSchema>;
}

export const SUBGRAPHS: SubgraphEntry[] = [
  {
    name: 'identity',
    defaultPort: 4001,
    portEnv: 'IDENTITY_PORT',
    urlEnv: 'IDENTITY_URL',
    main: 'subgraphs/identity/src/main.ts',
    buildSchema: async () => (await import('@marketplace/identity')).buildIdentitySchema(),
  },
  {
    name: 'catalog',
    defaultPort: 4002,
    portEnv: 'CATALOG_PORT',
    urlEnv: 'CATALOG_URL',
    main: 'subgraphs/catalog/src/main.ts',
    buildSchema: async () => (await import('@marketplace/catalog')).buildCatalogSchema(),
  },
  {
    name: 'keys',
    defaultPort: 4003,
    portEnv: 'KEYS_PORT',
    urlEnv: 'KEYS_URL',
    main: 'subgraphs/keys/src/main.ts',
    buildSchema: async () => (await import('@marketplace/keys')).buildKeysSchema(),
  },
  {
    name: 'quotas',
    defaultPort: 4004,
    portEnv: 'QUOTAS_PORT',
    urlEnv: 'QUOTAS_URL',
    main: 'subgraphs/quotas/src/main.ts',
    buildSchema: async () => (await import('@marketplace/quotas')).buildQuotasSchema(),
  },
  {
    name: 'billing',
    defaultPort: 4005,
    portEnv: 'BILLING_PORT',
    urlEnv: 'BILLING_URL',
    main: 'subgraphs/billing/src/main.ts',
    buildSchema: async () => (await import('@marketplace/billing')).buildBillingSchema(),
  },
  {
    name: 'analytics',
    defaultPort: 4006,
    portEnv: 'ANALYTICS_PORT',
    urlEnv: 'ANALYTICS_URL',
    main: 'gateway/src/platform/analytics-main.ts',
    buildSchema: async () => (await import('@marketplace/analytics')).buildAnalyticsSchema(),
  },
];

/** Processes that are not subgraphs: started with the platform, checked by their own /healthz. */
export const SERVICES = [
  { name: 'quota-shim', defaultPort: 4010, portEnv: 'SHIM_PORT', urlEnv: 'SHIM_URL', main: 'subgraphs/quotas/src/shim/main.ts' },
];

/** Where the gateway finds a service's /healthz (`<urlEnv>` is the service's base URL). */
export function serviceHealthUrl(entry: (typeof SERVICES)[number], env: NodeJS.ProcessEnv = process.env): string {
  const base = env[entry.urlEnv] ?? `http://127.0.0.1:${env[entry.portEnv] ?? entry.defaultPort}`;
  return `${base.replace(/\/$/, '')}/healthz`;
}

export function defaultSubgraphUrl(entry: SubgraphEntry, env: NodeJS.ProcessEnv = process.env): string {
  return env[entry.urlEnv] ?? `http://127.0.0.1:${env[entry.portEnv] ?? entry.defaultPort}/graphql`;
}
