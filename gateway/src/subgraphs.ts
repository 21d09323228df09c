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
  /** Path of the subgraph's main.ts from the repository root. */
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
];

export function defaultSubgraphUrl(entry: SubgraphEntry, env: NodeJS.ProcessEnv = process.env): string {
  return env[entry.urlEnv] ?? `http://127.0.0.1:${env[entry.portEnv] ?? entry.defaultPort}/graphql`;
}
