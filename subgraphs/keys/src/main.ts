import { listenSubgraph, runService } from '@marketplace/shared';
import { name } from './index.ts';
import { setupKeys } from './setup.ts';

/** The keys process: the only file of the package that listens. */
async function start(): Promise<{ close(): Promise<void> }> {
  const { basics, serving } = await setupKeys();
  return listenSubgraph(name, basics, serving);
}

// Closes on SIGTERM/SIGINT (exit 0); a ConfigError prints every problem and exits 1.
await runService(name, start);
