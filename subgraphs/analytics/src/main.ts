import { listenSubgraph, runService } from '@marketplace/shared';
import { name } from './index.ts';
import { setupAnalytics } from './setup.ts';

/** The analytics process: the only file of the package that listens. */
async function start(): Promise<{ close(): Promise<void> }> {
  const { basics, serving, log, config } = await setupAnalytics();
  log.start(config.ANALYTICS_COMPACT_MS);
  const server = await listenSubgraph(name, basics, serving);
  return {
    async close() {
      await server.close();
      await log.close();
    },
  };
}

// Closes on SIGTERM/SIGINT (exit 0); a ConfigError prints every problem and exits 1.
await runService(name, start);
