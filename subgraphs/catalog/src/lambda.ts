import { outboxJobsHandler, subgraphLambdaHandler } from '@marketplace/shared';
import { createHealthMonitor, name } from './index.ts';
import { setupCatalog } from './setup.ts';

/** The catalog subgraph as a Lambda function behind the HTTP API (the same set-up as `main.ts`). */
export const handler = subgraphLambdaHandler(name, setupCatalog);

/**
 * The solution health sweep and the outbox relay, invoked by an EventBridge schedule (the process runs them from its
 * scheduler's timer). They go through the same scheduler leases as the processes, so a repeated or overlapping
 * invocation, or a catalog process running beside the function, still sweeps once per interval.
 */
export const jobsHandler = outboxJobsHandler(setupCatalog, ({ deps }) => [createHealthMonitor(deps).job()]);
