import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { KeyRepository } from '../data/key.repository.ts';

export interface KeyHolders {
  /** The users holding at least one unrevoked key for the solution (its active-key count), by user id. */
  holdersOf(solutionId: string): Promise<string[]>;
}

/** Who holds keys for a solution, read from the solution's customer list (uncached: a scheduled job's question). */
export function createKeyHolders(deps: { db: DynamoDBDocumentClient; table: string }): KeyHolders {
  const keys = new KeyRepository(deps.db, deps.table);
  return {
    async holdersOf(solutionId) {
      const holders: string[] = [];
      let after: string | null = null;
      for (;;) {
        const page = await keys.customersOfSolution(solutionId, 100, after);
        for (const row of page.items) if (row.activeKeys > 0) holders.push(row.userId);
        if (!page.hasNextPage || !page.endCursor) return holders;
        after = page.endCursor;
      }
    },
  };
}
