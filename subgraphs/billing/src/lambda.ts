import { scheduledJobsHandler, subgraphLambdaHandler } from '@marketplace/shared';
import { name } from './index.ts';
import { setupBilling } from './setup.ts';

/**
 * The billing subgraph as a Lambda function behind the HTTP API (the same set-up as `main.ts`). Its due jobs run
 * from `jobsHandler`, which an EventBridge schedule invokes (the process runs them on a timer instead).
 */
export const handler = subgraphLambdaHandler(name, setupBilling);

/** Runs the due billing jobs once (notices, scheduled cancellations, grace ends); invoked on a schedule. */
export const jobsHandler = scheduledJobsHandler(setupBilling, ({ services }) => services.jobs.runDue());
