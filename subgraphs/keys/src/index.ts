import { buildFederatedSchema } from '@marketplace/shared';
import type { GraphQLSchema } from 'graphql';
import { audit } from './entities/audit-event.entity.ts';
import { apiKeyReferenceResolvers } from './entities/api-key.reference.ts';
import { Solution } from './entities/solution.entity.ts';
import { toSolutionCustomer } from './entities/solution-customer.entity.ts';
import { User, userReferenceResolvers } from './entities/user.entity.ts';
// Import order is schema order (type-graphql collects fields as decorators run).
import { ApiKeyResolver } from './resolvers/api-key.resolver.ts';
import { UserKeysResolver } from './resolvers/user-keys.resolver.ts';
import { SolutionCustomersResolver } from './resolvers/solution-customers.resolver.ts';

/** The keys subgraph: customers' API keys per solution, their rotation, revocation and audit trail. */
export const name = 'keys';

/** The federated schema, built without a port (tests and the composition script use it too). */
export async function buildKeysSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [ApiKeyResolver, UserKeysResolver, SolutionCustomersResolver, ...audit.resolvers],
      // Stubs of identity's User (which keys extends) and the catalog's Solution (which keys references):
      // without this, type-graphql drops them.
      orphanedTypes: [User, Solution],
    },
    {
      ...apiKeyReferenceResolvers,
      ...userReferenceResolvers,
      ...audit.referenceResolvers,
      // Other subgraphs resolve references to a customer row; keys only ever sends them (its list is the entry point).
      SolutionCustomer: {
        __resolveReference: (reference: { solutionId: string; userId: string }) => toSolutionCustomer({ ...reference, activeKeys: 0, firstKeyAt: null }),
      },
    },
  );
}

export type { KeysDeps, SolutionLookup } from './deps.ts';
export { createKeysContext, type KeysContext } from './context.ts';
