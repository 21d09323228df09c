import { scheduledJobsHandler, subgraphLambdaHandler } from '@marketplace/shared';
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
