import { listenSubgraph, runService, startOutboxRelay } from '@marketplace/shared';
import { name } from './index.ts';
import { setupQuotas } from './setup.ts';

/** The quotas GraphQL process: the only file of the subgraph that listens (the shim has its own main). */
async function start(): Promise<{ close(): Promise<void> }> {
  const { basics, serving, notices, outbox, config } = await setupQuotas();
  const server = await listenSubgraph(name, basics, serving);
  // Trial-end warnings and the notice emails: once per interval across every quotas process (the scheduler's lease);
  // and the outbox relay (the shim's trial events included).
  const scheduler = startOutboxRelay(basics, outbox, [
    { name: 'upgrade-notices', intervalMs: config.NOTICE_JOBS_INTERVAL_MS, run: async ({ signal }) => void (await notices.runDue(signal)) },
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
