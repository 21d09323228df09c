import { createScheduler, HOUR, listenSubgraph, runService } from '@marketplace/shared';
import { name } from './index.ts';
import { setupIdentity } from './setup.ts';

/** The identity process: the only file of the package that listens. */
async function start(): Promise<{ close(): Promise<void> }> {
  const { basics, serving, erasure, outbox } = await setupIdentity();
  const server = await listenSubgraph(name, basics, serving);
  // Account deletions whose grace period ended: once an hour across every identity process (the scheduler's lease).
  const scheduler = createScheduler({ db: basics.db, table: basics.table, clock: basics.clock, logger: basics.logger });
  scheduler.add({ name: 'account-erasures', intervalMs: HOUR, run: async ({ signal }) => void (await erasure.eraseDue(signal)) });
  // Analytics events a crash or a failed append left in the outbox.
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
