import { scheduledJobsHandler, subgraphLambdaHandler } from '@marketplace/shared';
import { name } from './index.ts';
import { setupIdentity } from './setup.ts';

/** The identity subgraph as a Lambda function behind the HTTP API (the same set-up as `main.ts`). */
export const handler = subgraphLambdaHandler(name, setupIdentity);

/**
 * Carries out the account deletions whose grace period ended (the process's hourly `account-erasures` job) and
 * relays the analytics events left in the outbox; invoked on a schedule, like the other packages' `jobsHandler`.
 */
export const erasureJobHandler = scheduledJobsHandler(setupIdentity, async ({ erasure, outbox }) => {
  await erasure.eraseDue();
  await outbox.relay();
});
