import type { EventInput, EventLog } from '@marketplace/analytics/public';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Clock, Logger } from '@marketplace/shared';

/** An analytics event of the keys package (what its outbox stages). */
export type KeyEvent = EventInput;

/**
 * The catalog's answer about a solution, as far as keys need it. In production this is the catalog's exported
 * read module (`@marketplace/catalog/public`), which reads the catalog's table with a short cache.
 */
export interface SolutionLookup {
  /** `partnerId`: the partner who lists it (who may see its customers). */
  /** `fresh`: read from the store now rather than from a cache (before refusing on a state that may have changed). */
  solution(solutionId: string, options?: { fresh?: boolean }): Promise<{ id: string; status: string; partnerId: string } | null>;
}

/** Everything the keys subgraph needs from its process; tests build their own. */
export interface KeysDeps {
  /** The analytics event log: facts are appended after their change commits (absent: not recorded). */
  events?: EventLog;
  db: DynamoDBDocumentClient;
  /** The keys subgraph's own table. */
  table: string;
  clock: Clock;
  logger: Logger;
  /** Keys are only issued for solutions the catalog lists as PUBLISHED. */
  solutions: SolutionLookup;
  production: boolean;
}
