import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { EventLog } from '@marketplace/analytics/public';
import type { Clock, Logger } from '@marketplace/shared';
import { createRepositories } from '../data/repositories.ts';
import { KeyService } from '../services/key.service.ts';

/**
 * The keys package's part of an account erasure (identity runs it): every key of the user is revoked, as the
 * platform (audited `key.revoke`, actor SYSTEM). Idempotent: revoked keys stay as they are.
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
        if (key.status !== 'revoked') await service.revoke(platform, key.id);
      }
    },
  };
}
