import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { EventLog } from '@marketplace/analytics/public';
import { type Clock, DomainError, type Logger } from '@marketplace/shared';
import { createRepositories } from '../data/repositories.ts';
import { KeyService } from '../services/key.service.ts';

/**
 * The keys package's part of an account erasure (identity runs it): every working key of the user is revoked, as
 * the platform (audited `key.revoke`, actor SYSTEM). Idempotent: keys that stopped (revoked, expired) stay as they
 * are, and so does one that stops while this runs (its revocation is a CONFLICT, as any stopped key's).
 */
export function createKeyAccountEraser(deps: { db: DynamoDBDocumentClient; table: string; clock: Clock; logger: Logger; events?: EventLog }) {
  const repos = createRepositories(deps.db, deps.table);
  // Revocation needs no catalog lookup; the platform acts as an admin without a user id (the audit's SYSTEM).
  const service = new KeyService({ ...deps, production: true, solutions: { solution: async () => null } }, repos);
  const platform = { roles: ['admin' as const] };
  return {
    name: 'keys',
    async erase(userId: string): Promise<void> {
      for (const key of await repos.keys.listOfUser(userId, null)) {
        try {
          await service.revoke(platform, key.id);
        } catch (error) {
          // A key that stopped already (revoked, expired) is the service's CONFLICT, with nothing written.
          if (!(error instanceof DomainError && error.code === 'CONFLICT')) throw error;
        }
      }
    },
  };
}
