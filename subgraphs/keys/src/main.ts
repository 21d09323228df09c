import { listenSubgraph, runBackfills, runService, startOutboxRelay } from '@marketplace/shared';
import { startupBackfills } from './data/backfills.ts';
import { name } from './index.ts';
import { setupKeys } from './setup.ts';

/** The keys process: the only file of the package that listens. */
async function start(): Promise<{ close(): Promise<void> }> {
  const { basics, serving, outbox } = await setupKeys();
  // One-off, idempotent and resumable: old count items join the partners' customer lists (a no-op once done).
  await runBackfills(basics, startupBackfills(basics.db, basics.table));
  const server = await listenSubgraph(name, basics, serving);
  // Analytics events a crash or a failed append left in the outbox: relayed once per interval across processes.
  const scheduler = startOutboxRelay(basics, outbox);
  return {
    async close() {
      await scheduler.stop();
      await server.close();
    },
  };
}

// Closes on SIGTERM/SIGINT (exit 0); a ConfigError prints every problem and exits 1.
await runService(name, start);
