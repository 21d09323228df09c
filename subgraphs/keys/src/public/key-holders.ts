import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Clock } from '@marketplace/shared';
import { KeyRepository } from '../data/key.repository.ts';
import { keyVerdict } from './key-state.ts';

export interface KeyHolders {
  /** The users holding a working key (active, or expiring in its grace) for the solution now, by user id. */
  holdersOf(solutionId: string): Promise<string[]>;
}

/**
 * Who holds working keys for a solution (uncached: a scheduled job's question): the solution's customer list
 * narrowed to those with an active-key count, then to those whose keys still work by the key-state rule (an
 * expired key keeps its count until its slot is reclaimed).
 */
export function createKeyHolders(deps: { db: DynamoDBDocumentClient; table: string; clock: Clock }): KeyHolders {
  const keys = new KeyRepository(deps.db, deps.table);
  return {
    async holdersOf(solutionId) {
      const holders: string[] = [];
      let after: string | null = null;
      for (;;) {
        const page = await keys.customersOfSolution(solutionId, 100, after);
        for (const row of page.items) {
          if (row.activeKeys === 0) continue;
          const now = deps.clock.now();
          if ((await keys.listOfUser(row.userId, solutionId)).some((key) => keyVerdict(key, now) === 'VALID')) holders.push(row.userId);
        }
        if (!page.hasNextPage || !page.endCursor) return holders;
        after = page.endCursor;
      }
    },
  };
}
