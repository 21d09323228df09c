import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { createEventOutbox, OUTBOX_PK, type OutboxSink, transactWrite } from '@marketplace/shared';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createEventWriter } from '../public/event-writer.ts';
import type { EventInput } from '../public/events.ts';
import { type AnalyticsHarness, PSEUDONYM_KEY, SQL, startAnalyticsHarness } from '../testing/index.ts';

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

  it('a half-written batch is never read; an append that could not be written rejects, and the next one is written', async () => {
    h = await startAnalyticsHarness('analytics-log-torn');
    const day = join(h.dataDir, 'analytics', 'raw', 'date=2026-03-01');
    await mkdir(day, { recursive: true });
    await writeFile(join(day, 'crashed-writer.tmp'), '{"id":"evt_torn","time":"2026-03-01T10:00:00Z","type":"payment.captur');
    expect(await totals(h)).toEqual([0, 0]);
    // The day's directory is unusable for a moment (a full disk, a permissions slip): the append says so (the
    // producer's outbox keeps the events), and the buffered path keeps them for its next flush.
    await rm(day, { recursive: true });
    await writeFile(day, 'not a directory');
    await expect(h.events.append([payment('pay_1')])).rejects.toThrow(/1 events not written/);
    h.events.enqueue([payment('pay_2')]);
    await h.events.flush();
    expect(await totals(h)).toEqual([0, 0]);
    await rm(day);
    await h.events.append([payment('pay_1')]);
    expect(await totals(h)).toEqual([1, 100]);
    await h.events.flush();
    expect(await totals(h)).toEqual([2, 200]);
  });
});

describe('freshness', () => {
  it("the shim's buffered calls reach the queries on the writer's own timer, without a flush, and the data's time says so", async () => {
    h = await startAnalyticsHarness('analytics-log-fresh');
    const shim = createEventWriter({ dataDir: h.dataDir, writer: 'quota-shim', pseudonymKey: PSEUDONYM_KEY, clock: h.clock, logger: h.logger, batchMs: 50 });
    shim.enqueue([{ type: 'call', time: new Date('2026-03-01T10:00:00Z'), solutionId: 'sol_1', tier: 'anonymous', fingerprint: 'fp_1', outcome: 'VALID', calls: 3, units: 3 }]);
    await vi.waitFor(async () => {
      const res = await h!.run(SQL, { sql: 'SELECT sum(calls) FROM calls' }, h!.admin());
      expect(res.data!.analyticsSql.rows).toEqual([['3']]);
    }, { timeout: 5000, interval: 100 });
    expect(await h.log.freshAt()).toEqual(expect.any(Date));
    await shim.close();
  });
});

describe('the producers\' outbox (a crash between commit and append)', () => {
  /** The log as a producer's outbox sees it, failing (or crashing after the append) while `failing` says so. */
  function flakyLog(harness: AnalyticsHarness, failing: { before?: boolean; after?: boolean }): OutboxSink<EventInput> {
    return {
      async append(events) {
        if (failing.before) throw new Error('the log is unreachable');
        await harness.events.append(events);
        if (failing.after) throw new Error('crashed after the append, before clearing the outbox');
      },
    };
  }
  const outboxOf = (harness: AnalyticsHarness, events: OutboxSink<EventInput>) =>
    createEventOutbox({ db: harness.db, table: harness.table, clock: harness.clock, logger: harness.logger, events });
  const waiting = async (harness: AnalyticsHarness) =>
    (await harness.db.send(new QueryCommand({ TableName: harness.table, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': OUTBOX_PK }, ConsistentRead: true }))).Items ?? [];
  /** A business change: one item of the producer's own, conditional on `exists` (false: the change is refused). */
  const change = (harness: AnalyticsHarness, id: string, exists = false) => ({
    Put: { TableName: harness.table, Item: { pk: `THING#${id}`, sk: 'A' }, ConditionExpression: exists ? 'attribute_exists(pk)' : 'attribute_not_exists(pk)' },
  });

  it('the change and its events commit together or not at all', async () => {
    h = await startAnalyticsHarness('analytics-outbox-atomic');
    const outbox = outboxOf(h, h.events);
    const refused = outbox.stage([payment('pay_no')]);
    const result = await transactWrite(h.db, [change(h, 'no', true), ...refused.items]);
    expect(result).toEqual({ ok: false, reasons: ['ConditionalCheckFailed', 'None'] });
    expect(await waiting(h)).toEqual([]);
    h.clock.advance(60_000);
    expect(await outbox.relay()).toBe(0);
    expect(await totals(h)).toEqual([0, 0]);

    const accepted = outbox.stage([payment('pay_yes')]);
    expect((await transactWrite(h.db, [change(h, 'yes'), ...accepted.items])).ok).toBe(true);
    expect(await waiting(h)).toHaveLength(1);
    await accepted.publish();
    expect(await waiting(h)).toEqual([]);
    expect(await totals(h)).toEqual([1, 100]);
  });

  it('events committed while the log fails are appended by the relay, once the settle time has passed', async () => {
    h = await startAnalyticsHarness('analytics-outbox-relay');
    const failing = { before: true };
    const outbox = outboxOf(h, flakyLog(h, failing));
    // No time given: the staged event's time is fixed at staging, so a later append lands on the same day.
    const staged = outbox.stage([{ ...payment('pay_1'), time: undefined }]);
    expect((await transactWrite(h.db, [change(h, 'p1'), ...staged.items])).ok).toBe(true);
    await staged.publish(); // does not reject: the change committed; the event waits in the outbox
    expect(await waiting(h)).toHaveLength(1);
    failing.before = false;
    // Left to its own publish for the settle time; then the relay takes it.
    expect(await outbox.relay()).toBe(0);
    h.clock.advance(31_000);
    expect(await outbox.relay()).toBe(1);
    expect(await waiting(h)).toEqual([]);
    const res = await h.run(SQL, { sql: 'SELECT count(*), min(time) FROM revenue' }, h.admin());
    expect(res.data!.analyticsSql.rows).toEqual([['1', '2026-03-01T09:00:00.000Z']]);
  });

  it('a relay that appends and crashes before clearing the outbox counts nothing twice, before and after compaction', async () => {
    h = await startAnalyticsHarness('analytics-outbox-crash');
    const failing = { before: true, after: false };
    const outbox = outboxOf(h, flakyLog(h, failing));
    for (const id of ['pay_1', 'pay_2']) {
      const staged = outbox.stage([payment(id)]);
      expect((await transactWrite(h.db, [change(h, id), ...staged.items])).ok).toBe(true);
      await staged.publish();
    }
    h.clock.advance(31_000);
    Object.assign(failing, { before: false, after: true });
    await expect(outbox.relay()).rejects.toThrow(/crashed after the append/);
    expect(await waiting(h)).toHaveLength(2);
    expect(await totals(h)).toEqual([2, 200]);
    failing.after = false;
    expect(await outbox.relay()).toBe(2);
    expect(await waiting(h)).toEqual([]);
    expect(await totals(h)).toEqual([2, 200]);
    await h.log.compactor.run();
    expect(await totals(h)).toEqual([2, 200]);
  });
});

describe('files written before a column existed', () => {
  const health = (solutionId: string, latencyMs: number, time: string): EventInput => ({
    type: 'health.checked', time: new Date(time), solutionId, partnerId: 'usr_p', outcome: 'UP', latencyMs, dedupeKey: `${solutionId}#${time}`,
  });
  const latencies = async (harness: AnalyticsHarness) => {
    const res = await harness.run(SQL, { sql: 'SELECT solution, latency_ms FROM health ORDER BY time' }, harness.admin());
    expect(res.errors).toBeUndefined();
    return (res.data!.analyticsSql.rows as [string, string][]).map(([solution, ms]) => [solution, Number(ms)]);
  };
  const columnsOf = async (connection: DuckDBConnection, file: string) =>
    (await connection.runAndReadAll(`SELECT name FROM parquet_schema('${file}')`)).getRowsJS().map(([name]) => String(name));

  it('are read with newer ones: a health check’s latency from `units` in an old file, from `latency_ms` in a new one, before and after compaction', async () => {
    h = await startAnalyticsHarness('analytics-log-shapes');
    await h.events.append([health('sol_old', 120, '2026-03-01T10:00:00Z'), payment('pay_1')]);
    await h.log.compactor.run();
    // Rewritten as the log wrote them before `latency_ms`: the latency in `units`, no `latency_ms` column (the
    // day's events and the summary's business events alike).
    const duck = await DuckDBInstance.create(':memory:');
    const connection = await duck.connect();
    const parquet = (await readdir(join(h.dataDir, 'analytics'), { recursive: true })).filter((f) => String(f).endsWith('.parquet')).map((f) => join(h!.dataDir, 'analytics', String(f)));
    let rewritten = 0;
    for (const file of parquet) {
      if (!(await columnsOf(connection, file)).includes('latency_ms')) continue;
      const old = `${file}.old`;
      await connection.run(`COPY (SELECT * EXCLUDE (units, latency_ms), CASE WHEN type = 'health.checked' THEN latency_ms ELSE units END AS units FROM read_parquet('${file}')) TO '${old}' (FORMAT parquet)`);
      await rename(old, file);
      expect(await columnsOf(connection, file)).not.toContain('latency_ms');
      rewritten++;
    }
    expect(rewritten).toBe(2);
    expect(await latencies(h)).toEqual([['sol_old', 120]]);

    // New events beside them, on the old file's day (its Parquet is compacted again with them) and the next.
    await h.events.append([health('sol_new', 80, '2026-03-01T11:00:00Z'), health('sol_new', 40, '2026-03-02T10:00:00Z'), payment('pay_2')]);
    const expected = [['sol_old', 120], ['sol_new', 80], ['sol_new', 40]];
    expect(await latencies(h)).toEqual(expected);
    expect(await totals(h)).toEqual([2, 200]);
    await h.log.compactor.run();
    expect(await latencies(h)).toEqual(expected);
    expect(await totals(h)).toEqual([2, 200]);
    const day = join(h.dataDir, 'analytics', String((await files(join(h.dataDir, 'analytics'))).find((f) => f.includes('date=2026-03-01'))));
    expect(await columnsOf(connection, day)).toContain('latency_ms');
    connection.closeSync();
    duck.closeSync();
  });
});
