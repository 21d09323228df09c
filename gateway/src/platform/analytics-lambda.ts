import { scheduledJobsHandler, subgraphLambdaHandler } from '@marketplace/shared';
import { name } from '@marketplace/analytics';
import { setupAnalyticsProcess } from './analytics.ts';

/**
 * The analytics subgraph as a Lambda function behind the HTTP API (the same set-up as `analytics-main.ts`): DuckDB over the
 * log in the data bucket (ANALYTICS_BUCKET), mirrored into the function's /tmp and refreshed every ANALYTICS_SYNC_MS.
 */
export const handler = subgraphLambdaHandler(name, setupAnalyticsProcess);

/**
 * Compacts the log, invoked on a schedule (the process compacts on a timer instead): brings the copy up to date,
 * compacts it, and sends the new Parquet back to the bucket, deleting the raw batches it replaced. The function
 * runs one invocation at a time (reserved concurrency 1), so two compactions never race.
 */
export const jobsHandler = scheduledJobsHandler(setupAnalyticsProcess, async ({ log, mirror }) => {
  await mirror?.pull();
  await log.compactor.run();
  await mirror?.push();
});
