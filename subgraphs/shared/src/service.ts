import { ConfigError } from './config.ts';
import { isStoreUnavailable } from './dynamo/client.ts';

/** How long a process keeps retrying its start while the store does not answer (cold or restarting). */
const STORE_WAIT_MS = 60_000;

/**
 * Runs one service process: starts it, and closes it once on SIGINT/SIGTERM or when the launcher that
 * spawned it goes away (its IPC channel closes), so a killed `npm start` leaves no orphans.
 * A start that fails because the store did not answer (DynamoDB Local still warming up or restarting) is retried
 * every second for up to a minute. A configuration problem prints every problem and exits 1.
 */
export async function runService(name: string, start: () => Promise<{ close(): Promise<void> }>): Promise<void> {
  let service: { close(): Promise<void> } | undefined;
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    const timer = setTimeout(() => process.exit(code), 5000);
    timer.unref();
    await service?.close().catch(() => undefined);
    process.exit(code);
  };
  process.once('SIGINT', () => void stop(0));
  process.once('SIGTERM', () => void stop(0));
  // A launcher that went away while this process was still loading has already disconnected: stop now.
  if (process.send) {
    if (process.connected) process.once('disconnect', () => void stop(0));
    else void stop(0);
  }
  const deadline = Date.now() + STORE_WAIT_MS;
  try {
    for (;;) {
      try {
        service = await start();
        break;
      } catch (error) {
        if (!isStoreUnavailable(error) || stopping || Date.now() > deadline) throw error;
        console.error(`${name}: the data store did not answer during start-up; retrying in 1 s`);
        await new Promise((resolve) => setTimeout(resolve, 1000));
      }
    }
    if (stopping) await service.close();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`${name}: ${error.message}`);
    } else {
      console.error(`${name}: failed to start:`, error instanceof Error ? error.message : error);
    }
    process.exit(1);
  }
}
