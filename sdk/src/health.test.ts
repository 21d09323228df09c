import { describe, expect, it } from 'vitest';
import type { QuotaClient, QuotaClientStatus } from './client.ts';
import { QuotaConfigError } from './errors.ts';
import { createHealthReporter, healthHandler } from './health.ts';

/** The standard health report: the worst check wins; the marketplace link's status depends on the fail mode. */
const link = (status: Partial<QuotaClientStatus>): QuotaClient => ({
  validate: () => Promise.reject(new Error('unused')),
  check: () => Promise.reject(new Error('unused')),
  status: () => ({ circuit: 'closed', failMode: 'closed', lastAnsweredAt: '2026-12-01T10:00:00.000Z', lastUnavailableAt: null, secretRefused: false, ...status }),
});
const now = () => Date.UTC(2026, 11, 1, 10, 0, 5);

describe('the health report', () => {
  it('passes with the marketplace answering and the solution\'s checks passing', async () => {
    const report = await createHealthReporter({ client: link({}), version: '2.1.0', checks: { db: async () => true, cache: () => undefined }, now })();
    expect(report).toEqual({
      status: 200,
      headers: { 'content-type': 'application/health+json', 'cache-control': 'no-store' },
      body: {
        status: 'pass',
        version: '2.1.0',
        checks: {
          'marketplace:quota': [{ status: 'pass', componentType: 'component', observedValue: 'closed', time: '2026-12-01T10:00:00.000Z' }],
          db: [{ status: 'pass', time: '2026-12-01T10:00:05.000Z' }],
          cache: [{ status: 'pass', time: '2026-12-01T10:00:05.000Z' }],
        },
        notes: ['@marketplace/sdk 0.1.0'],
      },
    });
  });

  it('warns while the marketplace is unreachable and the fail mode admits callers, fails while it refuses them', async () => {
    const open = await createHealthReporter({ client: link({ circuit: 'open', failMode: 'open' }), now })();
    expect(open).toMatchObject({ status: 200, body: { status: 'warn', checks: { 'marketplace:quota': [{ status: 'warn', observedValue: 'open' }] } } });
    const allowance = await createHealthReporter({ client: link({ circuit: 'half-open', failMode: { allowance: 20 } }), now })();
    expect(allowance.body.checks['marketplace:quota']![0]!.output).toContain('allowance 20/min');
    const closed = await createHealthReporter({ client: link({ circuit: 'open', failMode: 'closed' }), now })();
    expect(closed).toMatchObject({ status: 503, body: { status: 'fail' } });
  });

  it('fails while the marketplace refuses the solution secret, in every fail mode: every caller is refused then', async () => {
    for (const failMode of ['closed', 'open', { allowance: 5 }] as const) {
      const report = await createHealthReporter({ client: link({ secretRefused: true, failMode }), now })();
      expect(report).toMatchObject({ status: 503, body: { status: 'fail', checks: { 'marketplace:quota': [{ status: 'fail', observedValue: 'closed' }] } } });
      expect(report.body.checks['marketplace:quota']![0]!.output).toContain('refuses the solution secret');
    }
  });

  it('fails on a check that throws, returns false or hangs, without showing its error', async () => {
    const report = await createHealthReporter({
      checks: { throws: () => Promise.reject(new Error('password=hunter2 at db:5432')), no: () => false, hangs: () => new Promise(() => {}) },
      checkTimeoutMs: 50,
      now,
    })();
    expect(report.status).toBe(503);
    expect(report.body.checks).toEqual({
      throws: [{ status: 'fail', time: expect.any(String), output: 'failed' }],
      no: [{ status: 'fail', time: expect.any(String), output: 'failed' }],
      hangs: [{ status: 'fail', time: expect.any(String), output: 'timed out' }],
    });
    expect(JSON.stringify(report)).not.toContain('hunter2');
  });

  it('serves fetch-style, and refuses a check that is not a function', async () => {
    const res = await healthHandler({ client: link({}) })();
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'pass' });
    expect(() => createHealthReporter({ checks: { db: 'SELECT 1' as never } })).toThrow(QuotaConfigError);
  });
});
