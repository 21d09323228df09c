import { listenSubgraph, runService } from '@marketplace/shared';
import { name } from './index.ts';
import { setupIdentity } from './setup.ts';

/** The identity process: the only file of the package that listens. */
async function start(): Promise<{ close(): Promise<void> }> {
  const { basics, serving } = await setupIdentity();
  return listenSubgraph(name, basics, serving);
}

// Closes on SIGTERM/SIGINT (exit 0); a ConfigError prints every problem and exits 1.
await runService(name, start);
