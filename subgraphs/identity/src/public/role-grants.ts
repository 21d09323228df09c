import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Clock, Role } from '@marketplace/shared';
import { UserRepository } from '../data/user.repository.ts';
import { apiRoles, applyUserChange } from '../services/user-change.ts';

/**
 * Grants a role to a user on behalf of another subgraph's rule (catalog approves a partner application).
 * The identity package owns the user item, so other processes write roles only through this. Idempotent:
 * granting a role the user already has writes nothing. Every grant is audited in identity's trail.
 */
export async function grantRole(
  deps: { db: DynamoDBDocumentClient; table: string; clock: Clock },
  input: { userId: string; role: Exclude<Role, 'customer'>; actorId: string | null; reason?: string },
): Promise<{ roles: Role[]; changed: boolean }> {
  let changed = false;
  const user = await applyUserChange(deps, { users: new UserRepository(deps.db, deps.table) }, input.actorId, input.userId, (current) => {
    // Called again on every retry after a concurrent write: the last call decides.
    changed = !current.roles.includes(input.role);
    if (!changed) return null;
    const roles = [...current.roles, input.role];
    return {
      action: 'user.roles.grant',
      changes: { roles },
      before: { roles: apiRoles(current.roles) },
      after: { roles: apiRoles(roles) },
      reason: input.reason,
    };
  });
  return { roles: user.roles, changed };
}

/** `grantRole` on identity's table, for the package that is handed it as a port (the catalog's partner approvals). */
export function createRoleGrants(deps: { db: DynamoDBDocumentClient; table: string; clock: Clock }) {
  return { grant: (input: Parameters<typeof grantRole>[1]) => grantRole(deps, input) };
}
