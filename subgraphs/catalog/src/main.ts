import { listenSubgraph, runService, startOutboxRelay } from '@marketplace/shared';
import { createHealthMonitor, name } from './index.ts';
import { setupCatalog } from './setup.ts';

/** The catalog process: the only file of the package that listens. */
async function start(): Promise<{ close(): Promise<void> }> {
  const { basics, serving, deps, outbox } = await setupCatalog();
  const server = await listenSubgraph(name, basics, serving);
  // Solution health checks (one sweep per interval across every catalog process, the shared scheduler's lease) and
  // the outbox relay.
  const scheduler = startOutboxRelay(basics, outbox, [createHealthMonitor(deps).job()]);
  return {
    async close() {
      await scheduler.stop({ graceMs: deps.health.timeoutMs + 1000 });
      await server.close();
    },
  };
}

// Closes on SIGTERM/SIGINT (exit 0); a ConfigError prints every problem and exits 1.
await runService(name, start);
