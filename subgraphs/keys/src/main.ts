import { listenSubgraph, runBackfill, runService } from '@marketplace/shared';
import { customerListBackfill } from './data/backfills.ts';
import { name } from './index.ts';
import { setupKeys } from './setup.ts';

/** The keys process: the only file of the package that listens. */
async function start(): Promise<{ close(): Promise<void> }> {
  const { basics, serving } = await setupKeys();
  // One-off, idempotent and resumable: old count items join the partners' customer lists (a no-op once done).
  await runBackfill(basics, customerListBackfill(basics.db, basics.table));
  return listenSubgraph(name, basics, serving);
}

// Closes on SIGTERM/SIGINT (exit 0); a ConfigError prints every problem and exits 1.
await runService(name, start);
