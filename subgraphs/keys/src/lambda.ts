import { backfillsHandler, outboxJobsHandler, subgraphLambdaHandler } from '@marketplace/shared';
import { startupBackfills } from './data/backfills.ts';
import { name } from './index.ts';
import { setupKeys } from './setup.ts';

/** The keys subgraph as a Lambda function behind the HTTP API (the same set-up as `main.ts`). */
export const handler = subgraphLambdaHandler(name, setupKeys);

/**
 * Relays the outbox's analytics events that a crash or a failed append left behind, invoked by an EventBridge
 * schedule (the process relays from its scheduler's timer), through the same lease as the processes.
 */
export const jobsHandler = outboxJobsHandler(setupKeys);

/**
 * The start-up backfills `main.ts` runs before it listens (the same list), invoked by the stack's deployment trigger
 * once the new code is deployed (its table only, no secrets); rejects when one is not finished before the deadline
 * (run it again to resume).
 */
export const backfillHandler = backfillsHandler(name, startupBackfills);
