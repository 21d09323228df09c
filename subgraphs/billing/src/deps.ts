import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Clock, Logger } from '@marketplace/shared';

/** Everything the billing subgraph needs from its process; tests build their own. */
export interface BillingDeps {
  db: DynamoDBDocumentClient;
  /** The billing subgraph's own table. */
  table: string;
  clock: Clock;
  logger: Logger;
  production: boolean;
}
