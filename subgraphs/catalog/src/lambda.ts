import { createScheduler, scheduledJobsHandler, subgraphLambdaHandler } from '@marketplace/shared';
import { createHealthMonitor, name } from './index.ts';
import { setupCatalog } from './setup.ts';

/** The catalog subgraph as a Lambda function behind the HTTP API (the same set-up as `main.ts`). */
export const handler = subgraphLambdaHandler(name, setupCatalog);

/**
 * The solution health sweep, invoked by an EventBridge schedule (the process runs it from its scheduler's timer).
 * It goes through the same scheduler lease as the processes, so a repeated or overlapping invocation, or a catalog
 * process running beside the function, still sweeps once per interval; no jitter, since one invocation comes per slot.
 */
export const jobsHandler = scheduledJobsHandler(
  async () => {
    const { basics, deps, outbox } = await setupCatalog();
    const scheduler = createScheduler({ db: basics.db, table: basics.table, clock: basics.clock, logger: basics.logger, jitterMs: 0 });
    scheduler.add(createHealthMonitor(deps).job());
    scheduler.add(outbox.relayJob());
    return scheduler;
  },
  (scheduler) => scheduler.runDue(),
);
