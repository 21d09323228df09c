import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { EventInput } from '../public/events.ts';
import { type AnalyticsHarness, SQL, startAnalyticsHarness } from '../testing/index.ts';

let h: AnalyticsHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const payment = (id: string): EventInput => ({
  type: 'payment.captured', time: new Date('2026-03-01T10:00:00Z'), solutionId: 'sol_1', partnerId: 'usr_p', userId: 'usr_c', amountPaise: 100, dedupeKey: id,
});
async function totals(harness: AnalyticsHarness) {
  const res = await harness.run(SQL, { sql: 'SELECT count(*) AS n, sum(amount_paise) AS paise FROM revenue' }, harness.admin());
  expect(res.errors).toBeUndefined();
  return res.data!.analyticsSql.rows[0].map(Number);
}
/** The log's event files (its rollups, derived from them, are left out). */
const files = async (dir: string) => (await readdir(dir, { recursive: true })).filter((f) => /\.(ndjson|parquet|tmp)$/.test(String(f)) && !String(f).startsWith('rollups')).sort();

describe('the event log under crashes', () => {
  it('a producer that appends the same fact again (a retry after a crash) counts it once, before and after compaction', async () => {
    h = await startAnalyticsHarness('analytics-log-retry');
    await h.events.append([payment('pay_1'), payment('pay_2')]);
    await h.events.append([payment('pay_2')]);
    expect(await totals(h)).toEqual([2, 200]);
    await h.log.compactor.run();
    expect(await totals(h)).toEqual([2, 200]);
    await h.events.append([payment('pay_1'), payment('pay_3')]);
    expect(await totals(h)).toEqual([3, 300]);
    await h.log.compactor.run();
    expect(await totals(h)).toEqual([3, 300]);
    expect(await files(join(h.dataDir, 'analytics'))).toEqual([join('events', 'date=2026-03-01', 'part-000002.parquet')]);
  });

  it('a compaction that crashes after writing the new generation, before deleting what it read, loses nothing and counts nothing twice', async () => {
    let crash = true;
    h = await startAnalyticsHarness('analytics-log-crash', {
      afterWrite: () => {
        if (crash) throw new Error('crash');
      },
    });
    await h.events.append([payment('pay_1'), payment('pay_2')]);
    await h.log.compactor.run().catch(() => undefined);
    // The new generation and the raw batch it was made from are both on disk.
    expect(await files(join(h.dataDir, 'analytics'))).toEqual([
      join('events', 'date=2026-03-01', 'part-000001.parquet'),
      expect.stringMatching(/^raw\/date=2026-03-01\/test-.*\.ndjson$/),
    ]);
    expect(await totals(h)).toEqual([2, 200]);
    await h.events.append([payment('pay_3')]);
    expect(await totals(h)).toEqual([3, 300]);
    crash = false;
    await h.log.compactor.run();
    expect(await totals(h)).toEqual([3, 300]);
    expect(await files(join(h.dataDir, 'analytics'))).toEqual([join('events', 'date=2026-03-01', 'part-000002.parquet')]);
  });

  it('a half-written batch is never read; a batch that could not be written is kept and written with the next append', async () => {
    h = await startAnalyticsHarness('analytics-log-torn');
    const day = join(h.dataDir, 'analytics', 'raw', 'date=2026-03-01');
    await mkdir(day, { recursive: true });
    await writeFile(join(day, 'crashed-writer.tmp'), '{"id":"evt_torn","time":"2026-03-01T10:00:00Z","type":"payment.captur');
    expect(await totals(h)).toEqual([0, 0]);
    // The day's directory is unusable for a moment (a full disk, a permissions slip): the append does not reject.
    await rm(day, { recursive: true });
    await writeFile(day, 'not a directory');
    await h.events.append([payment('pay_1')]);
    expect(await totals(h)).toEqual([0, 0]);
    await rm(day);
    await h.events.append([payment('pay_2')]);
    expect(await totals(h)).toEqual([2, 200]);
  });
});
