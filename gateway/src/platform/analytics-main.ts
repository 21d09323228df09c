import { listenSubgraph, runService } from '@marketplace/shared';
import { name } from '@marketplace/analytics';
import { setupAnalyticsProcess } from './analytics.ts';

/** The analytics process (`npm start` runs it): the only file that listens for the analytics subgraph. */
async function start(): Promise<{ close(): Promise<void> }> {
  const { basics, serving, log, config } = await setupAnalyticsProcess();
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
