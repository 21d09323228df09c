import { buildFederatedSchema } from '@marketplace/shared';
import type { GraphQLSchema } from 'graphql';
import { userReferenceResolvers } from './entities/user.reference.ts';
// Import order is schema order (type-graphql collects fields as decorators run): users, then auth, then admin.
import { UserResolver } from './resolvers/user.resolver.ts';
import { AuthResolver } from './resolvers/auth.resolver.ts';
import { AdminResolver } from './resolvers/admin.resolver.ts';

/** The identity subgraph: accounts, sessions, roles and the audit trail of admin actions. */
export const name = 'identity';

/** The federated schema, built without a port (tests and the composition script use it too). */
export async function buildIdentitySchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({ resolvers: [UserResolver, AuthResolver, AdminResolver] }, userReferenceResolvers);
}

export type { IdentityDeps } from './deps.ts';
export { createIdentityContext, type IdentityContext } from './context.ts';
export { ensureBootstrapAdmin, type BootstrapOptions, type BootstrapResult } from './services/bootstrap.service.ts';

// The read API other processes use: the gateway verifies tokens and checks sessions with these.
export {
  ACCESS_TOKEN_AUDIENCE,
  ACCESS_TOKEN_ISSUER,
  ACCESS_TOKEN_TTL_SECONDS,
  type AccessTokenClaims,
  issueAccessToken,
  verifyAccessToken,
} from './access-token.ts';
export { createSessionChecker, type SessionChecker } from './session-status.ts';

// The audit writer, for imitation: one conditional Put inside the transaction of the change it records.
export { auditEventPut, type AuditEventInput, type AuditEventRecord } from '@marketplace/shared';
export { grantRole } from './role-grants.ts';
export { createUserStatusReader, type UserStatusReader, type AccountStatus } from './user-status.ts';
