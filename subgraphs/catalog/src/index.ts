import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { buildFederatedSchema, createEventOutbox } from '@marketplace/shared';
import { createRepositories } from './data/repositories.ts';
import type { CatalogDeps } from './deps.ts';
import { HealthMonitor, type HealthMonitorDeps } from './services/health-monitor.ts';
import type { GraphQLSchema } from 'graphql';
import { audit } from './entities/audit-event.entity.ts';
import { solutionReferenceResolvers } from './entities/solution.reference.ts';
import { User, userReferenceResolvers } from './entities/user.entity.ts';
// Import order is schema order (type-graphql collects fields as decorators run).
import { CatalogResolver } from './resolvers/catalog.resolver.ts';
import { SolutionResolver } from './resolvers/solution.resolver.ts';
import { ReviewResolver } from './resolvers/review.resolver.ts';
import { TierResolver } from './resolvers/tier.resolver.ts';
import { EndpointResolver } from './resolvers/endpoint.resolver.ts';
import { SecretResolver } from './resolvers/secret.resolver.ts';
import { ApplicationResolver } from './resolvers/application.resolver.ts';
import { UserResolver } from './resolvers/user.resolver.ts';
import { SolutionHealthFieldResolver, SolutionHealthResolver } from './resolvers/health.resolver.ts';

/** The catalog subgraph: partner applications, solutions and their review, tiers, endpoints and secrets. */
export const name = 'catalog';

/** The federated schema, built without a port (tests and the composition script use it too). */
export async function buildCatalogSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [
        CatalogResolver,
        SolutionResolver,
        ReviewResolver,
        TierResolver,
        EndpointResolver,
        SecretResolver,
        ApplicationResolver,
        UserResolver,
        SolutionHealthFieldResolver,
        SolutionHealthResolver,
        ...audit.resolvers,
      ],
      // The stub of identity's User, which the catalog extends: without this, type-graphql drops it.
      orphanedTypes: [User],
    },
    { ...solutionReferenceResolvers, ...userReferenceResolvers, ...audit.referenceResolvers },
  );
}

/**
 * The solution health monitor over the catalog's table: `job()` goes to a scheduler, tests call `sweep(slot)`.
 * `owner` names this process in the per-solution claims; `resolve` lets tests point names at local servers.
 */
export function createHealthMonitor(deps: CatalogDeps, options: { owner?: string; resolve?: HealthMonitorDeps['resolve'] } = {}): HealthMonitor {
  const repos = createRepositories(deps.db, deps.table, deps.health.checkRetentionDays);
  return new HealthMonitor(
    { ...deps, solutions: repos.solutions, applications: repos.applications, health: repos.health, outbox: createEventOutbox(deps), resolve: options.resolve },
    deps.health,
    options.owner ?? `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`,
  );
}

export type { CatalogDeps, HealthSettings } from './deps.ts';
export { HEALTH_JOB, type HealthMonitor } from './services/health-monitor.ts';
export { createCatalogContext, type CatalogContext } from './context.ts';
export { createSolutionReferenceCache, SOLUTION_REFERENCE_TTL_MS, type SolutionReference } from './data/catalog.loaders.ts';
