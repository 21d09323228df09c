import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHealthMonitor } from '../index.ts';
import { type CatalogHarness, codes, field, startCatalogHarness } from '../testing/catalog-harness.ts';
import type { Session } from '@marketplace/identity/testing';

/** Who reads a solution's health through GraphQL, and what they read. */
let h: CatalogHarness;
let server: Server;
let up = true;
let owner: Session;
let other: Session;
let solutionId: string;
const INTERVAL = 60_000;

const HEALTH = `query($id: ID!, $days: Int, $hours: Int) {
  solutionById(id: $id) {
    healthStatus
    health {
      status since lastCheckedAt lastFailure lastDetail checkIntervalSeconds
      daily(days: $days) { start checks up uptimePercent p50Ms p95Ms }
      hourly(hours: $hours) { start checks up uptimePercent }
      incidents { startedAt endedAt durationSeconds failure detail }
      recentChecks(first: 3) { at up httpStatus failure }
    }
  }
}`;

beforeAll(async () => {
  h = await startCatalogHarness('health-gql');
  server = createServer((_req, res) => (up ? res.writeHead(200).end('{"status":"pass"}') : res.writeHead(503).end('{"status":"fail"}')));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  owner = await h.partner('owner@health.test', 'Owner Ltd');
  other = await h.partner('other@health.test', 'Other Ltd');
  solutionId = await h.published(owner, 'watched-api');
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/health`;
  await h.run(`mutation($id: ID!, $url: String) { setHealthCheckUrl(solutionId: $id, url: $url) { id } }`, { id: solutionId, url }, owner.caller);
  // Two days of checks: up on day one, down for 10 minutes on day two, then up.
  const monitor = createHealthMonitor(h.deps);
  h.clock.set('2026-03-10T23:50:00Z');
  for (let minute = 0; minute < 40; minute++) {
    up = !(minute >= 15 && minute < 25);
    await monitor.sweep(Math.floor(h.clock.now().getTime() / INTERVAL));
    h.clock.advance(INTERVAL);
  }
}, 120_000);
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await h?.close();
});

describe('solution health in GraphQL', () => {
  it('shows its partner uptime per day, latency per hour, the incident and the latest checks', async () => {
    const res = await h.run(HEALTH, { id: solutionId, days: 3, hours: 2 }, owner.caller);
    expect(res.errors).toBeUndefined();
    const health = res.data!.solutionById.health;
    expect(res.data!.solutionById.healthStatus).toBe('UP');
    expect(health).toMatchObject({ status: 'UP', since: '2026-03-11T00:15:00.000Z', lastCheckedAt: '2026-03-11T00:29:00.000Z', lastFailure: null, checkIntervalSeconds: 60 });
    expect(health.daily).toEqual([
      { start: '2026-03-09T00:00:00.000Z', checks: 0, up: 0, uptimePercent: null, p50Ms: null, p95Ms: null },
      { start: '2026-03-10T00:00:00.000Z', checks: 10, up: 10, uptimePercent: 100, p50Ms: expect.any(Number), p95Ms: expect.any(Number) },
      { start: '2026-03-11T00:00:00.000Z', checks: 30, up: 20, uptimePercent: 66.67, p50Ms: expect.any(Number), p95Ms: expect.any(Number) },
    ]);
    expect(health.daily[1].p95Ms).toBeGreaterThanOrEqual(health.daily[1].p50Ms);
    expect(health.hourly.map((h: { checks: number }) => h.checks)).toEqual([10, 30]);
    expect(health.incidents).toEqual([
      { startedAt: '2026-03-11T00:05:00.000Z', endedAt: '2026-03-11T00:15:00.000Z', durationSeconds: 600, failure: 'REPORTED_DOWN', detail: 'the solution reports "fail" (HTTP 503)' },
    ]);
    expect(health.recentChecks).toHaveLength(3);
    expect(health.recentChecks[0]).toMatchObject({ at: '2026-03-11T00:29:00.000Z', up: true, httpStatus: 200, failure: null });
  });

  it('shows admins every solution, other partners and the public only the status', async () => {
    const admin = await h.run(HEALTH, { id: solutionId }, h.admin.caller);
    expect(admin.data!.solutionById.health.daily).toHaveLength(90);
    const uptime = await h.run(`query($id: ID!) { solutionById(id: $id) { health { week: uptimePercent(days: 7) } } }`, { id: solutionId }, h.admin.caller);
    expect(uptime.data!.solutionById.health.week).toBe(75); // 30 of 40 checks up
    for (const caller of [other.caller, undefined]) {
      const res = await h.run(HEALTH, { id: solutionId }, caller);
      expect(res.errors).toBeUndefined();
      expect(res.data!.solutionById).toEqual({ healthStatus: 'UP', health: null });
    }
    const listing = await h.run(`{ solutions { nodes { slug healthStatus health { status } } } }`);
    expect(listing.data!.solutions.nodes).toContainEqual({ slug: 'watched-api', healthStatus: 'UP', health: null });
  });

  it('calls a status UNKNOWN once checks stop arriving', async () => {
    h.clock.advance(3 * INTERVAL + 1);
    const res = await h.run(HEALTH, { id: solutionId }, owner.caller);
    expect(res.data!.solutionById.healthStatus).toBe('UNKNOWN');
    expect(res.data!.solutionById.health.status).toBe('UNKNOWN');
    h.clock.advance(-(3 * INTERVAL + 1));
  });

  it('refuses out-of-range windows naming the argument', async () => {
    const days = await h.run(HEALTH, { id: solutionId, days: 91 }, owner.caller);
    expect(codes(days)).toContain('BAD_USER_INPUT');
    expect(field(days)).toBe('days');
    const hours = await h.run(HEALTH, { id: solutionId, hours: 0 }, owner.caller);
    expect(field(hours)).toBe('hours');
  });
});
