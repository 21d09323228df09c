import { createScheduler, HOUR, runService } from '@marketplace/shared';
import { setupAccountErasure } from './account-erasure.ts';

/**
 * The account-erasure process (`npm start` runs it): the deletions whose grace period ended, once an hour across
 * every such process (the scheduler's lease on identity's table).
 */
async function start(): Promise<{ close(): Promise<void> }> {
  const { basics, job } = await setupAccountErasure();
  const scheduler = createScheduler({ db: basics.db, table: basics.table, clock: basics.clock, logger: basics.logger });
  scheduler.add({ name: 'account-erasures', intervalMs: HOUR, run: async ({ signal }) => void (await job.eraseDue(signal)) });
  scheduler.start();
  // Nothing else holds the process open (the scheduler's timers are unref'd, there is no server): this does, until stopped.
  const alive = setInterval(() => undefined, HOUR);
  return {
    async close() {
      clearInterval(alive);
      await scheduler.stop();
    },
  };
}

// Closes on SIGTERM/SIGINT (exit 0); a ConfigError prints every problem and exits 1.
await runService('account-erasure', start);
