import { listenSubgraph, runService, startOutboxRelay } from '@marketplace/shared';
import { name } from './index.ts';
import { setupIdentity } from './setup.ts';

/**
 * The identity process: the only file of the package that listens. Account deletions whose grace period ended are
 * carried out by the platform's `account-erasures` job (`ErasureJob` with every package's part, wired in the gateway
 * package's platform folder), so identity imports no other package's eraser.
 */
async function start(): Promise<{ close(): Promise<void> }> {
  const { basics, serving, outbox } = await setupIdentity();
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
