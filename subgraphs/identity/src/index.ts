import { buildFederatedSchema } from '@marketplace/shared';
import type { GraphQLSchema } from 'graphql';
import { audit } from './entities/audit-event.entity.ts';
import { userReferenceResolvers } from './entities/user.reference.ts';
// Import order is schema order (type-graphql collects fields as decorators run): users, then auth, then admin.
import { UserResolver } from './resolvers/user.resolver.ts';
import { AuthResolver, PasswordSetupResolver } from './resolvers/auth.resolver.ts';
import { AdminResolver } from './resolvers/admin.resolver.ts';
import { AccountSettingsResolver } from './resolvers/account-settings.resolver.ts';
import { SocialResolver } from './resolvers/social.resolver.ts';
import { SolutionCustomerResolver } from './resolvers/solution-customer.resolver.ts';
import { SolutionCustomer, solutionCustomerReferenceResolvers } from './entities/solution-customer.entity.ts';
import { ErasureResolver } from './resolvers/erasure.resolver.ts';

/** The identity subgraph: accounts, sessions, roles and the audit trail of admin actions. */
export const name = 'identity';

/** The federated schema, built without a port (tests and the composition script use it too). */
export async function buildIdentitySchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [UserResolver, AuthResolver, PasswordSetupResolver, AccountSettingsResolver, AdminResolver, SocialResolver, SolutionCustomerResolver, ErasureResolver, ...audit.resolvers],
      // The keys subgraph's customer row, which identity extends with `email`: without this, type-graphql drops it.
      orphanedTypes: [SolutionCustomer],
    },
    { ...userReferenceResolvers, ...solutionCustomerReferenceResolvers, ...audit.referenceResolvers },
  );
}

export type { IdentityDeps } from './deps.ts';
export { createRepositories } from './data/repositories.ts';
export { createIdentityContext, type IdentityContext } from './context.ts';
export { parseSocialProviders, callbackUrl, type SocialProvider } from './social/providers.ts';
export { createRelyingParty, type RelyingParty } from './social/relying-party.ts';
export { ensureBootstrapAdmin, type BootstrapOptions, type BootstrapResult } from './services/bootstrap.service.ts';
