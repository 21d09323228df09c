import { scheduledJobsHandler, subgraphLambdaHandler } from '@marketplace/shared';
import { name } from './index.ts';
import { setupQuotas } from './setup.ts';

/**
 * The quotas subgraph as a Lambda function behind the HTTP API (the same set-up as `main.ts`). Its upgrade-notice
 * jobs run from `jobsHandler`, which an EventBridge schedule invokes (the process runs them on a timer instead).
 */
export const handler = subgraphLambdaHandler(name, setupQuotas);

/** Warns of trials ending, mails the due upgrade notices and relays the outbox's events, once; invoked on a schedule. */
export const jobsHandler = scheduledJobsHandler(setupQuotas, async ({ notices, outbox }) => {
  await notices.runDue();
  await outbox.relay();
});
