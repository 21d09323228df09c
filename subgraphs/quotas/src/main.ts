import { createScheduler, listenSubgraph, runService } from '@marketplace/shared';
import { name } from './index.ts';
import { setupQuotas } from './setup.ts';

/** The quotas GraphQL process: the only file of the subgraph that listens (the shim has its own main). */
async function start(): Promise<{ close(): Promise<void> }> {
  const { basics, serving, notices, outbox, config } = await setupQuotas();
  const server = await listenSubgraph(name, basics, serving);
  // Trial-end warnings and the notice emails: once per interval across every quotas process (the scheduler's lease).
  const scheduler = createScheduler({ db: basics.db, table: basics.table, clock: basics.clock, logger: basics.logger });
  scheduler.add({ name: 'upgrade-notices', intervalMs: config.NOTICE_JOBS_INTERVAL_MS, run: async ({ signal }) => void (await notices.runDue(signal)) });
  // Analytics events a crash or a failed append left in the outbox (the shim's trial events included).
  scheduler.add(outbox.relayJob());
  scheduler.start();
  return {
    async close() {
      await scheduler.stop();
      await server.close();
    },
  };
}

// Closes on SIGTERM/SIGINT (exit 0); a ConfigError prints every problem and exits 1.
await runService(name, start);
