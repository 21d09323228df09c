import { listenSubgraph, runService } from '@marketplace/shared';
import { name } from './index.ts';
import { setupQuotas } from './setup.ts';

/** The quotas GraphQL process: the only file of the subgraph that listens (the shim has its own main). */
async function start(): Promise<{ close(): Promise<void> }> {
  const { basics, serving } = await setupQuotas();
  return listenSubgraph(name, basics, serving);
}

// Closes on SIGTERM/SIGINT (exit 0); a ConfigError prints every problem and exits 1.
await runService(name, start);
