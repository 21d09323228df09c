import { listenSubgraph, runBackfills, runService, startOutboxRelay } from '@marketplace/shared';
import { startupBackfills } from './data/backfills.ts';
import { name } from './index.ts';
import { setupBilling } from './setup.ts';

/** The billing process: the only file of the package that listens. */
async function start(): Promise<{ close(): Promise<void> }> {
  const { basics, serving, services, outbox, config } = await setupBilling();
  // One-off, idempotent and resumable: old subscriptions get their by-tier index entry (a no-op once done).
  await runBackfills(basics, startupBackfills(basics.db, basics.table));
  const server = await listenSubgraph(name, basics, serving);
  // Due jobs are looked for once per interval across every billing process (the shared scheduler's lease); and the
  // outbox relay.
  const scheduler = startOutboxRelay(basics, outbox, [
    { name: 'billing-due-jobs', intervalMs: config.BILLING_JOBS_INTERVAL_MS, run: async () => void (await services.jobs.runDue()) },
  ]);
  return {
    async close() {
      await scheduler.stop();
      await server.close();
    },
  };
}

// Closes on SIGTERM/SIGINT (exit 0); a ConfigError prints every problem and exits 1.
await runService(name, start);
