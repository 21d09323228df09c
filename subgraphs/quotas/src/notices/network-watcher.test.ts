import { beforeAll, describe, expect, it, vi } from 'vitest';
import { KEY_NETWORK_MARGIN_DAYS } from '@marketplace/contracts';
import { createLogger, DAY, ensureTable, ManualClock, tableName } from '@marketplace/shared';
import { testDb, testTablePrefix } from '../../../../test/support/dynamo.ts';
import { NoticeRepository } from '../data/notice.repository.ts';
import { describeNotice } from './notice-rules.ts';
import { NetworkWatcher } from './network-watcher.ts';

/** Unusual networks on a key, over the real table; two watchers are two shim processes; the clock is a manual one. */
const db = testDb();
const table = tableName(testTablePrefix('keynet'), 'quotas');
const clock = new ManualClock('2026-09-01T08:00:00.000Z');
const logger = createLogger('test', 'silent');
const SECRET = 'a-test-fingerprint-secret-of-32-chars!';
const THRESHOLD = 4;

const notices = new NoticeRepository(db, table);
const creates = vi.spyOn(notices, 'create');
const sends = vi.spyOn(db, 'send');
const watcher = () => new NetworkWatcher({ db, table, notices, clock, logger, secret: SECRET, threshold: THRESHOLD });

beforeAll(async () => {
  await ensureTable(db, table);
});

let keys = 0;
const newKey = () => {
  keys++;
  return { keyId: `key_net${keys}`, userId: `usr_net${keys}`, solutionId: 'sol_net', tier: 'registered' as const };
};
const unusual = async (userId: string) => (await notices.ofUser(userId)).filter((n) => n.kind === 'UNUSUAL_NETWORKS');

describe('unusual networks on a key', () => {
  it('costs no store call for a network already seen today, and counts addresses of one /24 as one network', async () => {
    const w = watcher();
    const key = newKey();
    w.observe({ ...key, ip: '203.0.113.7' });
    await w.settled();
    const before = sends.mock.calls.length;
    for (let i = 0; i < 50; i++) w.observe({ ...key, ip: `203.0.113.${i}` });
    w.observe({ ...key, ip: '2001:db8:1:2::1' });
    w.observe({ ...key, ip: '2001:db8:1:ffff::9' }); // the same /48
    await w.settled();
    expect(sends.mock.calls.length - before).toBe(1);
    expect(await unusual(key.userId)).toEqual([]);
  });

  it('tells the owner once when the networks of one day, across processes, reach the threshold', async () => {
    const [a, b] = [watcher(), watcher()];
    const key = newKey();
    a.observe({ ...key, ip: '198.51.100.1' });
    b.observe({ ...key, ip: '198.51.101.1' });
    a.observe({ ...key, ip: '198.51.102.1' });
    await Promise.all([a.settled(), b.settled()]);
    expect(await unusual(key.userId)).toEqual([]);
    b.observe({ ...key, ip: '198.51.103.1' });
    a.observe({ ...key, ip: '198.51.104.1' });
    b.observe({ ...key, ip: '198.51.105.1' });
    await Promise.all([a.settled(), b.settled()]);
    const told = await unusual(key.userId);
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({ solutionId: 'sol_net', windowId: `2026-09-01#${key.keyId}`, limit: THRESHOLD, mail: 'pending' });
    const text = describeNotice(told[0]!, { name: 'Text Summariser', slug: 'text-summariser' }, clock.now());
    expect(text.title).toBe('Your API key for Text Summariser was used from an unusual number of networks');
    expect(text.message).toContain('On 2026-09-01 (UTC)');
    expect(text.action.path).toBe('/dashboard/text-summariser');
    // Past the threshold, this process counts nothing more that day.
    const before = sends.mock.calls.length;
    for (let i = 10; i < 30; i++) a.observe({ ...key, ip: `198.51.${i}.1` });
    await a.settled();
    expect(sends.mock.calls.length).toBe(before);
  });

  it('stores keyed hashes only, never an address or a network, and drops them the privacy page\'s margin after their day', async () => {
    const w = watcher();
    const key = newKey();
    w.observe({ ...key, ip: '192.0.2.55' });
    await w.settled();
    const all = await scanAll();
    const items = JSON.stringify(all);
    expect(items).not.toContain('192.0.2');
    expect(items).toContain(`KEYNET#${key.keyId}`);
    const dayEnd = (Math.floor(clock.now().getTime() / DAY) + 1) * DAY;
    const mine = all.filter((item) => String(item.pk).includes(key.keyId));
    expect(mine.map((item) => item.ttl)).toEqual(mine.map(() => (dayEnd + KEY_NETWORK_MARGIN_DAYS * DAY) / 1000));
    expect(mine.length).toBeGreaterThan(0);
  });

  it('counts each UTC day afresh (the injected clock moves the day)', async () => {
    const w = watcher();
    const key = newKey();
    for (let i = 0; i < THRESHOLD - 1; i++) w.observe({ ...key, ip: `10.${i}.0.1` });
    await w.settled();
    clock.advance(DAY);
    for (let i = 0; i < THRESHOLD - 1; i++) w.observe({ ...key, ip: `10.${i + 50}.0.1` });
    await w.settled();
    expect(await unusual(key.userId)).toEqual([]);
    w.observe({ ...key, ip: '10.99.0.1' });
    await w.settled();
    expect((await unusual(key.userId)).map((n) => n.windowId)).toEqual([`2026-09-02#${key.keyId}`]);
    expect(creates).toHaveBeenCalled();
  });
});

async function scanAll(): Promise<Record<string, unknown>[]> {
  const { ScanCommand } = await import('@aws-sdk/lib-dynamodb');
  const out = await db.send(new ScanCommand({ TableName: table }));
  return (out.Items ?? []).map((item) => Object.fromEntries(Object.entries(item).map(([k, v]) => [k, v instanceof Set ? [...v] : v])));
}
