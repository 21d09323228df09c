import { buildFederatedSchema } from '@marketplace/shared';
import type { GraphQLSchema } from 'graphql';
import { audit } from './entities/audit-event.entity.ts';
import { Solution } from './entities/solution.entity.ts';
import { User, userReferenceResolvers } from './entities/user.entity.ts';
// Import order is schema order (type-graphql collects fields as decorators run).
import { UsageResolver } from './resolvers/usage.resolver.ts';
import { GrantResolver } from './resolvers/grant.resolver.ts';
import { UserUsageResolver } from './resolvers/user-usage.resolver.ts';
import { NoticeResolver } from './resolvers/notice.resolver.ts';
import { SolutionCustomerResolver } from './resolvers/solution-customer.resolver.ts';
import { SolutionCustomer, solutionCustomerReferenceResolvers } from './entities/solution-customer.entity.ts';

/** The quotas subgraph: users' quotas and usage, partners' usage analytics, admins' tier grants. */
export const name = 'quotas';

/** The federated schema, built without a port (tests and the composition script use it too). */
export async function buildQuotasSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [UsageResolver, GrantResolver, UserUsageResolver, NoticeResolver, SolutionCustomerResolver, ...audit.resolvers],
      // Stubs of identity's User (which quotas extends) and the catalog's Solution (which quotas references):
      // without this, type-graphql drops them.
      orphanedTypes: [User, Solution, SolutionCustomer],
    },
    { ...userReferenceResolvers, ...solutionCustomerReferenceResolvers, ...audit.referenceResolvers },
  );
}

export { createQuotasDeps, type QuotasDeps, type QuotasWiring, type SolutionCatalog } from './deps.ts';
export { createQuotasContext, type QuotasContext } from './context.ts';
export { NoticeJobs, type NoticeJobsDeps } from './notices/notice-jobs.ts';

// The quota shim is this package's second process; tests and the bench start it in-process.
export { createShimDeps } from './shim/shim-deps.ts';
export { createShimHandler, startShimServer } from './shim/shim-server.ts';
