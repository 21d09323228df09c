import { describe, expect, it } from 'vitest';
import { scheduledJobsHandler } from './subgraph-lambda.ts';

// The scheduled entry point every package's `jobsHandler` is (quotas' notices, billing's due jobs, catalog's health
// sweep): what an EventBridge invocation relies on.
describe('scheduledJobsHandler', () => {
  it('sets up once per cold start, shared by concurrent invocations, and runs the work on every invocation', async () => {
    let setups = 0;
    const runs: number[] = [];
    const handler = scheduledJobsHandler(
      async () => ({ instance: ++setups }),
      async ({ instance }) => void runs.push(instance),
    );
    expect(await Promise.all([handler(), handler()])).toEqual([{ ran: true }, { ran: true }]);
    await handler();
    expect(setups).toBe(1);
    expect(runs).toEqual([1, 1, 1]);
  });

  it('fails the invocation when set-up fails (so the error alarm counts it) and sets up again on the next one', async () => {
    let attempt = 0;
    const handler = scheduledJobsHandler(
      async () => {
        if (++attempt === 1) throw new Error('table not reachable');
        return attempt;
      },
      async () => undefined,
    );
    await expect(handler()).rejects.toThrow('table not reachable');
    await expect(handler()).resolves.toEqual({ ran: true });
    expect(attempt).toBe(2);
  });

  it('fails the invocation when the work fails, keeping the set-up for the next one', async () => {
    let setups = 0;
    let fail = true;
    const handler = scheduledJobsHandler(
      async () => ++setups,
      async () => {
        if (fail) throw new Error('mail server down');
      },
    );
    await expect(handler()).rejects.toThrow('mail server down');
    fail = false;
    await expect(handler()).resolves.toEqual({ ran: true });
    expect(setups).toBe(1);
  });
});
