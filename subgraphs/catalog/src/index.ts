import { buildFederatedSchema } from '@marketplace/shared';
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
        ...audit.resolvers,
      ],
      // The stub of identity's User, which the catalog extends: without this, type-graphql drops it.
      orphanedTypes: [User],
    },
    { ...solutionReferenceResolvers, ...userReferenceResolvers, ...audit.referenceResolvers },
  );
}

export type { CatalogDeps } from './deps.ts';
export { createCatalogContext, type CatalogContext } from './context.ts';
