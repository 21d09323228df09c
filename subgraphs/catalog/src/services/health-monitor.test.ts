import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { eventIdOf } from '@marketplace/analytics/public';
import { createEventOutbox, createLogger, createScheduler } from '@marketplace/shared';
import type { CatalogEvent } from './catalog-events.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHealthMonitor, HEALTH_JOB } from '../index.ts';
import { type CatalogHarness, startCatalogHarness } from '../testing/catalog-harness.ts';
import { HealthRepository } from '../data/health.repository.ts';

/**
 * The monitor against local HTTP servers standing in for solutions, on the catalog's table, with the harness's
 * manual clock: time moves by `h.clock`, checks run by calling `sweep(slot)` (as the scheduler does).
 */
let h: CatalogHarness;
let server: Server;
let base: string;
/** What each path answers now; tests flip them. */
const behaviour = new Map<string, 'up' | 'down' | 'hang' | 'garbage' | 'redirect'>();
const hits = new Map<string, number>();
const hanging = new Set<ServerResponse>();
const INTERVAL = 60_000;
const slotNow = () => Math.floor(h.clock.now().getTime() / INTERVAL);

beforeAll(async () => {
  h = await startCatalogHarness('health');
  server = createServer((req, res) => {
    const path = req.url ?? '';
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const mode = behaviour.get(path) ?? 'up';
    if (mode === 'up') return void res.writeHead(200, { 'content-type': 'application/health+json' }).end('{"status":"pass"}');
    if (mode === 'down') return void res.writeHead(500).end('Internal Server Error');
    if (mode === 'garbage') return void res.writeHead(200).end('<html>hello</html>');
    if (mode === 'redirect') return void res.writeHead(301, { location: 'https://attacker.example/' }).end();
    hanging.add(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  for (const res of hanging) res.destroy();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await h?.close();
});

async function monitoredSolution(slug: string, path: string) {
  const partner = await h.partner(`${slug}@partner.test`, `${slug} Ltd`);
  const id = await h.published(partner, slug);
  const set = await h.run(`mutation($id: ID!, $url: String) { setHealthCheckUrl(solutionId: $id, url: $url) { id } }`, { id, url: `${base}${path}` }, partner.caller);
  expect(set.errors).toBeUndefined();
  return { id, partner };
}

const repo = () => new HealthRepository(h.db, h.table);

describe('the health monitor', () => {
  it('records status and latency of each check, and rolls them up by hour and day', async () => {
    const { id } = await monitoredSolution('steady-api', '/steady');
    const monitor = createHealthMonitor(h.deps);
    h.clock.set('2026-03-02T10:00:00Z');
    for (let i = 0; i < 3; i++) {
      await monitor.sweep(slotNow());
      h.clock.advance(INTERVAL);
    }
    const checks = await repo().recentChecks(id, 10);
    expect(checks).toHaveLength(3);
    expect(checks.map((c) => c.at)).toEqual(['2026-03-02T10:02:00.000Z', '2026-03-02T10:01:00.000Z', '2026-03-02T10:00:00.000Z']);
    expect(checks.every((c) => c.up && c.httpStatus === 200 && c.latencyMs >= 0)).toBe(true);
    const [state] = await repo().states([id]);
    expect(state).toMatchObject({ status: 'UP', since: '2026-03-02T10:00:00.000Z', lastCheckedAt: '2026-03-02T10:02:00.000Z' });
    const [hour] = await repo().rollups(id, 'HOUR', '2026-03-02T10');
    expect(hour).toMatchObject({ period: '2026-03-02T10', checks: 3, up: 3 });
    const [day] = await repo().rollups(id, 'DAY', '2026-03-02');
    expect(day).toMatchObject({ period: '2026-03-02', checks: 3, up: 3 });
    // Every check expires (TTL) after the retention; rollups later.
    const items = await h.scan();
    const check = items.find((i) => i.pk === `HEALTH#${id}` && String(i.sk).startsWith('CHECK#'))!;
    expect(check.ttl).toBe(Date.parse(check.at) / 1000 + 7 * 86_400);
  });

  it('checks a solution once per interval however often it sweeps', async () => {
    const { id } = await monitoredSolution('once-api', '/once');
    const monitor = createHealthMonitor(h.deps);
    h.clock.set('2026-03-03T00:00:00Z');
    await monitor.sweep(slotNow());
    await monitor.sweep(slotNow());
    expect(hits.get('/once')).toBe(1);
    expect(await repo().recentChecks(id, 10)).toHaveLength(1);
  });

  it('opens an incident when a flapping solution goes down and closes it with its duration, mailing the partner both times', async () => {
    const { id } = await monitoredSolution('flappy-api', '/flappy');
    const monitor = createHealthMonitor(h.deps);
    h.clock.set('2026-03-04T08:00:00Z');
    const tick = async (mode: 'up' | 'down') => {
      behaviour.set('/flappy', mode);
      await monitor.sweep(slotNow());
      h.clock.advance(INTERVAL);
    };
    await tick('up');
    await tick('down'); // 08:01 down
    await tick('down');
    await tick('up'); // 08:03 up: 2 minutes down
    await tick('down'); // 08:04 down again
    const incidents = await repo().incidents(id, 10);
    expect(incidents).toEqual([
      { id: `${id}:2026-03-04T08:04:00.000Z`, startedAt: '2026-03-04T08:04:00.000Z', endedAt: null, failure: 'HTTP_STATUS', detail: 'HTTP 500' },
      { id: `${id}:2026-03-04T08:01:00.000Z`, startedAt: '2026-03-04T08:01:00.000Z', endedAt: '2026-03-04T08:03:00.000Z', failure: 'HTTP_STATUS', detail: 'HTTP 500' },
    ]);
    const [state] = await repo().states([id]);
    expect(state).toMatchObject({ status: 'DOWN', since: '2026-03-04T08:04:00.000Z', lastFailure: 'HTTP_STATUS' });
    const [day] = await repo().rollups(id, 'DAY', '2026-03-04');
    expect(day).toMatchObject({ checks: 5, up: 2 });

    const down = await h.identity.smtp.waitFor('flappy-api@partner.test', /Solution flappy-api is down/);
    expect(down.text).toContain('HTTP 500');
    expect(down.text).toContain(`http://localhost:4000/partner/solutions/${id}/health`);
    const up = await h.identity.smtp.waitFor('flappy-api@partner.test', /Solution flappy-api is back up/);
    expect(up.text).toContain('after 2 min down');
    const mails = h.identity.smtp.messages.filter((m) => /^Solution flappy-api is (down|back up)$/.test(m.subject ?? ''));
    expect(mails.map((m) => m.subject)).toEqual(['Solution flappy-api is down', 'Solution flappy-api is back up', 'Solution flappy-api is down']);

    // Every check and every change of status is an analytics event (through the outbox, which is empty again): ids
    // fixed by the check's slot or the change, no URL or detail text.
    const facts = h.appended.filter((e) => e.solutionId === id);
    const minute = (n: number) => new Date(`2026-03-04T08:0${n}:00.000Z`);
    const slot = (n: number) => Math.floor(minute(n).getTime() / INTERVAL);
    const about = { solutionId: id, partnerId: expect.stringMatching(/^usr_/) };
    expect(facts.filter((e) => e.type === 'health.checked')).toEqual(
      (['UP', 'HTTP_STATUS', 'HTTP_STATUS', 'UP', 'HTTP_STATUS'] as const).map((outcome, n) => ({
        type: 'health.checked', time: minute(n), dedupeKey: `${id}#${slot(n)}`, ...about, outcome, latencyMs: expect.any(Number),
      })),
    );
    expect(facts.filter((e) => e.type === 'health.changed').map((e) => [e.time.toISOString(), e.outcome, e.ref])).toEqual([
      ['2026-03-04T08:00:00.000Z', 'UP', undefined],
      ['2026-03-04T08:01:00.000Z', 'DOWN', `${id}:2026-03-04T08:01:00.000Z`],
      ['2026-03-04T08:03:00.000Z', 'UP', `${id}:2026-03-04T08:01:00.000Z`],
      ['2026-03-04T08:04:00.000Z', 'DOWN', `${id}:2026-03-04T08:04:00.000Z`],
    ]);
    expect(JSON.stringify(facts)).not.toMatch(/127\.0\.0\.1|\/flappy|HTTP 500/);
    expect((await h.scan()).filter((i) => i.pk === 'OUTBOX')).toEqual([]);
  });

  it('commits each check with its events: a log that fails around the append loses none and repeats none of their ids', async () => {
    const { id } = await monitoredSolution('outbox-api', '/outbox');
    const failing = { before: false, after: false };
    const log: typeof h.appended = [];
    const events = {
      async append(batch: typeof h.appended) {
        if (failing.before) throw new Error('the log is unreachable');
        log.push(...batch);
        if (failing.after) throw new Error('crashed after the append, before clearing the outbox');
      },
    };
    const deps = { ...h.deps, events };
    const monitor = createHealthMonitor(deps);
    h.clock.set('2026-03-05T12:00:00Z');
    const tick = async () => {
      await monitor.sweep(slotNow());
      h.clock.advance(INTERVAL);
    };
    await tick();
    failing.before = true;
    await tick(); // committed, not appended: waits in the outbox
    Object.assign(failing, { before: false, after: true });
    await tick(); // appended, not cleared
    // (The solutions of earlier tests are checked too: only this one's items are counted.)
    const waiting = () => h.scan().then((items) => items.filter((i) => i.pk === 'OUTBOX' && String(i.events).includes(id)));
    expect(await waiting()).toHaveLength(2);
    const outbox = createEventOutbox<CatalogEvent>({ ...deps, clock: h.clock });
    failing.after = false;
    h.clock.advance(31_000);
    expect(await outbox.relay()).toBeGreaterThanOrEqual(2);
    expect(await waiting()).toEqual([]);
    const checked = log.filter((e) => e.solutionId === id && e.type === 'health.checked');
    // Four appends of three checks: the repeated one is the same fact (type, dedupe key, time), so the log's id
    // (`eventIdOf`) is the same and it counts once.
    expect(checked).toHaveLength(4);
    const ids = checked.map((e) => eventIdOf(e.type, e.dedupeKey));
    expect(new Set(ids).size).toBe(3);
    // The third check's: appended by its publish (which crashed before clearing), then again by the relay.
    const repeated = checked.filter((e) => e.dedupeKey === `${id}#${Date.parse('2026-03-05T12:02:00Z') / INTERVAL}`);
    expect(repeated).toHaveLength(2);
    expect(repeated[0]!.time.getTime()).toBe(repeated[1]!.time.getTime());
    expect((await repo().recentChecks(id, 10)).length).toBe(3);
  });

  it('opens an incident only after 3 consecutive failures and closes it after 2 passes, dated from the first of each streak', async () => {
    const { id } = await monitoredSolution('blippy-api', '/blippy');
    // The production defaults (HEALTH_CHECK_FAILURES_TO_OPEN=3, HEALTH_CHECK_SUCCESSES_TO_CLOSE=2).
    const monitor = createHealthMonitor({ ...h.deps, health: { ...h.deps.health, failuresToOpen: 3, successesToClose: 2 } });
    h.clock.set('2026-03-08T09:00:00Z');
    const tick = async (mode: 'up' | 'down') => {
      behaviour.set('/blippy', mode);
      await monitor.sweep(slotNow());
      h.clock.advance(INTERVAL);
      return (await repo().states([id]))[0]!;
    };
    const mailsAbout = () => h.identity.smtp.messages.filter((m) => /^Solution blippy-api is (down|back up)$/.test(m.subject ?? '')).map((m) => m.subject);

    expect(await tick('up')).toMatchObject({ status: 'UP', since: '2026-03-08T09:00:00.000Z' });
    // Two failed probes in a row, then a pass: a blip, no incident, no mail; the state still says what the last check saw.
    expect(await tick('down')).toMatchObject({ status: 'UP', lastFailure: 'HTTP_STATUS', streak: 1 });
    expect(await tick('down')).toMatchObject({ status: 'UP', streak: 2, streakSince: '2026-03-08T09:01:00.000Z' });
    expect(await tick('up')).toMatchObject({ status: 'UP', since: '2026-03-08T09:00:00.000Z', lastFailure: null, streak: 0 });
    expect(await repo().incidents(id, 10)).toEqual([]);

    // 09:04, 09:05, 09:06 down: the third failure opens the incident, dated from the first.
    await tick('down');
    await tick('down');
    expect((await repo().states([id]))[0]!.status).toBe('UP');
    expect(await tick('down')).toMatchObject({ status: 'DOWN', since: '2026-03-08T09:04:00.000Z' });
    expect(await repo().incidents(id, 10)).toEqual([
      { id: `${id}:2026-03-08T09:04:00.000Z`, startedAt: '2026-03-08T09:04:00.000Z', endedAt: null, failure: 'HTTP_STATUS', detail: 'HTTP 500' },
    ]);
    // One pass between failures does not close it; two in a row (09:09, 09:10) do, as of the first.
    expect(await tick('up')).toMatchObject({ status: 'DOWN', streak: 1 });
    expect(await tick('down')).toMatchObject({ status: 'DOWN', streak: 0 });
    await tick('up');
    expect(await tick('up')).toMatchObject({ status: 'UP', since: '2026-03-08T09:09:00.000Z', streak: 0 });
    expect(await repo().incidents(id, 10)).toEqual([
      { id: `${id}:2026-03-08T09:04:00.000Z`, startedAt: '2026-03-08T09:04:00.000Z', endedAt: '2026-03-08T09:09:00.000Z', failure: 'HTTP_STATUS', detail: 'HTTP 500' },
    ]);
    const up = await h.identity.smtp.waitFor('blippy-api@partner.test', /Solution blippy-api is back up/);
    expect(up.text).toContain('after 5 min down');
    expect(up.text).toContain('HTTP 500');
    expect(mailsAbout()).toEqual(['Solution blippy-api is down', 'Solution blippy-api is back up']);
  });

  it('leaves a never-passing new solution UNKNOWN until the failures confirm it DOWN', async () => {
    const { id } = await monitoredSolution('new-broken-api', '/new-broken');
    behaviour.set('/new-broken', 'down');
    const monitor = createHealthMonitor({ ...h.deps, health: { ...h.deps.health, failuresToOpen: 2, successesToClose: 2 } });
    h.clock.set('2026-03-09T00:00:00Z');
    await monitor.sweep(slotNow());
    expect((await repo().states([id]))[0]).toMatchObject({ status: null, since: null, lastFailure: 'HTTP_STATUS', streak: 1 });
    const status = async () => (await h.run(`query($id: ID!) { solutionById(id: $id) { healthStatus } }`, { id })).data!.solutionById.healthStatus;
    expect(await status()).toBe('UNKNOWN');
    h.clock.advance(INTERVAL);
    await monitor.sweep(slotNow());
    expect((await repo().states([id]))[0]).toMatchObject({ status: 'DOWN', since: '2026-03-09T00:00:00.000Z' });
    expect(await status()).toBe('DOWN');
    expect(await repo().incidents(id, 10)).toHaveLength(1);
  });

  it('records a hanging, redirecting or garbage-answering solution as down with the reason, without stalling the others', async () => {
    const hang = await monitoredSolution('hang-api', '/hang');
    const moved = await monitoredSolution('moved-api', '/moved');
    const junk = await monitoredSolution('junk-api', '/junk');
    const fine = await monitoredSolution('fine-api', '/fine');
    behaviour.set('/hang', 'hang');
    behaviour.set('/moved', 'redirect');
    behaviour.set('/junk', 'garbage');
    const monitor = createHealthMonitor(h.deps);
    h.clock.set('2026-03-05T00:00:00Z');
    const started = performance.now();
    await monitor.sweep(slotNow());
    // One deadline (500 ms in tests) bounds the sweep: the hanging check runs beside the others.
    expect(performance.now() - started).toBeLessThan(3000);
    const states = await repo().states([hang.id, moved.id, junk.id, fine.id]);
    expect(states.map((s) => [s?.status, s?.lastFailure])).toEqual([
      ['DOWN', 'TIMEOUT'],
      ['DOWN', 'REDIRECT'],
      ['DOWN', 'BAD_BODY'],
      ['UP', null],
    ]);
    expect(states[1]!.lastDetail).toBe('redirected to another host (attacker.example)');
  });

  it('never checks unpublished solutions or ones without a health URL', async () => {
    const { id, partner } = await monitoredSolution('gone-api', '/gone');
    await h.run(`mutation($id: ID!) { unpublishSolution(id: $id) { id } }`, { id }, partner.caller);
    await h.published(partner, 'no-url-api');
    h.clock.set('2026-03-06T00:00:00Z');
    await createHealthMonitor(h.deps).sweep(slotNow());
    expect(hits.get('/gone')).toBeUndefined();
    expect(await repo().recentChecks(id, 1)).toEqual([]);
  });

  it('three monitor processes on one table make one check per solution per interval', async () => {
    const { id } = await monitoredSolution('shared-api', '/shared');
    const quiet = createLogger('t', 'silent');
    const processes = [0, 1, 2].map((i) => {
      const scheduler = createScheduler({ db: h.db, table: h.table, clock: h.clock, logger: quiet, owner: `p${i}`, jitterMs: 0 });
      scheduler.add(createHealthMonitor(h.deps, { owner: `p${i}` }).job());
      return scheduler;
    });
    h.clock.set('2026-03-07T00:00:00Z');
    const before = hits.get('/shared') ?? 0;
    for (let interval = 0; interval < 4; interval++) {
      // Each process looks for due work several times within the interval, all at once.
      for (let round = 0; round < 3; round++) await Promise.all(processes.map((p) => p.runDue()));
      h.clock.advance(INTERVAL);
    }
    expect((hits.get('/shared') ?? 0) - before).toBe(4);
    expect(await repo().recentChecks(id, 10)).toHaveLength(4);
    // Even sweeps that overlap (the scheduler's lease lost mid-sweep) claim each solution's slot once.
    const monitors = [0, 1, 2].map((i) => createHealthMonitor(h.deps, { owner: `m${i}` }));
    const results = await Promise.all(monitors.map((m) => m.sweep(slotNow())));
    expect((hits.get('/shared') ?? 0) - before).toBe(5);
    const written = (await h.scan()).filter((i) => i.sk === `CHECK#${h.clock.now().toISOString()}`);
    expect(results.reduce((sum, r) => sum + r.checked, 0)).toBe(written.length);
    expect(new Set(written.map((i) => i.pk)).size).toBe(written.length);
    await Promise.all(processes.map((p) => p.stop()));
    expect((await h.scan()).find((i) => i.pk === `SCHEDULE#${HEALTH_JOB}`)).toMatchObject({ lastOutcome: 'ok' });
  });
});
