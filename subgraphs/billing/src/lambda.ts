import { backfillsHandler, scheduledJobsHandler, subgraphLambdaHandler } from '@marketplace/shared';
import { startupBackfills } from './data/backfills.ts';
import { name } from './index.ts';
import { setupBilling } from './setup.ts';

/**
 * The billing subgraph as a Lambda function behind the HTTP API (the same set-up as `main.ts`). Its due jobs run
 * from `jobsHandler`, which an EventBridge schedule invokes (the process runs them on a timer instead).
 */
export const handler = subgraphLambdaHandler(name, setupBilling);

/** Runs the due billing jobs once (notices, scheduled cancellations, grace ends) and relays the outbox; invoked on a schedule. */
export const jobsHandler = scheduledJobsHandler(setupBilling, async ({ services, outbox }) => {
  await services.jobs.runDue();
  await outbox.relay();
});

/**
 * The start-up backfills `main.ts` runs before it listens (the same list), invoked by the stack's deployment trigger
 * once the new code is deployed (its table only, no secrets); rejects when one is not finished before the deadline
 * (run it again to resume).
 */
export const backfillHandler = backfillsHandler(name, startupBackfills);
