import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type Clock, keyedHash, loadSecrets, type Logger, newId, randomToken } from '@marketplace/shared';
import { EVENT_SCHEMA_VERSION, eventIdOf, type EventInput, type EventRow } from './events.ts';
import { S3Client } from '@aws-sdk/client-s3';
import { s3LogStore } from '../engine/log-mirror.ts';
import { analyticsDir, dayOf, rawBatchKey, rawDayDir } from './layout.ts';

/** Appends events to the log; what producers (subgraphs, the shim) hold. */
export interface EventLog {
  /**
   * Appends the events durably (resolved = on disk, in production = in S3); rejects, keeping nothing, when they
   * could not be written. Producers append through their outbox (`createEventOutbox` of @marketplace/shared),
   * which keeps the events until an append resolves (same ids, so a repeat counts once).
   */
  append(events: readonly EventInput[]): Promise<void>;
  /**
   * Buffers events (high-volume producers: the shim's call rollups) and appends them every `batchMs` as one batch;
   * a crash loses at most that much, like the usage rollups themselves. A batch that cannot be written is kept in
   * memory and written with the next flush.
   */
  enqueue(events: readonly EventInput[]): void;
  /** Writes what is buffered and what earlier failed flushes kept; never rejects. */
  flush(): Promise<void>;
  /** Flushes and stops the batch timer. */
  close(): Promise<void>;
}

export interface EventWriterOptions {
  dataDir: string;
  /** Names this process's batches (e.g. `keys`, `quota-shim`); any string of letters, digits and dashes. */
  writer: string;
  /**
   * Key of the consumer pseudonym (`cons_…`, a keyed hash of the user id): the same user has the same pseudonym
   * in every producer, and it cannot be turned back into an id without the key.
   */
  pseudonymKey: string;
  clock: Clock;
  logger: Logger;
  /** How often `enqueue`d events are appended (default 5 s). */
  batchMs?: number;
  /** Where batches go instead of `dataDir` (the log's bucket on AWS): one object per batch, whole or absent. */
  store?: { put(key: string, body: Uint8Array): Promise<void> };
}

/** The log's bucket when ANALYTICS_BUCKET is set (a deployed process), else undefined: batches stay local files. */
export function eventBatchStore(config: { ANALYTICS_BUCKET?: string; AWS_REGION?: string }): EventWriterOptions['store'] {
  return config.ANALYTICS_BUCKET ? s3LogStore(new S3Client({ region: config.AWS_REGION }), config.ANALYTICS_BUCKET) : undefined;
}

/** The consumer pseudonym datasets publish instead of a user id. */
export function consumerOf(pseudonymKey: string, userId: string): string {
  return `cons_${keyedHash(pseudonymKey, `analytics-consumer\n${userId}`).slice(0, 20)}`;
}

/** Turns a producer's event into the stored row. */
export function toEventRow(event: EventInput, options: { pseudonymKey: string; now: Date }): EventRow {
  const time = event.time ?? options.now;
  const row: EventRow = {
    id: event.dedupeKey ? eventIdOf(event.type, event.dedupeKey) : newId('evt', time),
    time: time.toISOString(),
    type: event.type,
    v: EVENT_SCHEMA_VERSION,
  };
  const put = (column: keyof EventRow, value: string | number | boolean | undefined) => {
    if (value !== undefined) (row as Record<string, unknown>)[column] = value;
  };
  put('solution_id', event.solutionId);
  put('partner_id', event.partnerId);
  put('user_id', event.userId);
  put('consumer', event.userId ? consumerOf(options.pseudonymKey, event.userId) : undefined);
  put('key_id', event.keyId);
  put('fingerprint', event.fingerprint);
  put('tier', event.tier);
  put('previous_tier', event.previousTier);
  put('outcome', event.outcome);
  put('endpoint', event.endpoint);
  put('near_limit', event.nearLimit);
  put('ref', event.ref);
  put('calls', event.calls);
  put('units', event.units);
  put('latency_ms', event.latencyMs);
  put('amount_paise', event.amountPaise);
  put('mrr_paise', event.mrrPaise);
  put('commission_paise', event.commissionPaise);
  return row;
}

/**
 * The local event log: each append becomes one NDJSON batch per day under `DATA_DIR/analytics/raw/`, written
 * under a temporary name and renamed, so a batch is either whole or absent. Producers call it after their own
 * change has committed; in production the same batches are PUT under the S3 prefix.
 */
export function createEventWriter(options: EventWriterOptions): EventLog {
  const root = analyticsDir(options.dataDir);
  const writer = options.writer.replace(/[^A-Za-z0-9-]/g, '-');
  const instance = randomToken(6);
  let seq = 0;
  let failed: EventRow[] = [];
  let queue: Promise<void> = Promise.resolve();
  let buffered: EventInput[] = [];
  let timer: NodeJS.Timeout | undefined;

  async function write(rows: EventRow[]): Promise<void> {
    const unwritten: EventRow[] = [];
    let lastError: unknown;
    const byDay = new Map<string, EventRow[]>();
    for (const row of rows) {
      const day = row.time.slice(0, 10);
      let list = byDay.get(day);
      if (!list) byDay.set(day, (list = []));
      list.push(row);
    }
    for (const [day, list] of byDay) {
      const dir = rawDayDir(root, day);
      const name = `${writer}-${instance}-${Date.now()}-${seq++}`;
      const body = `${list.map((r) => JSON.stringify(r)).join('\n')}\n`;
      try {
        if (options.store) {
          await options.store.put(rawBatchKey(day, name), Buffer.from(body));
          continue;
        }
        await mkdir(dir, { recursive: true });
        await writeFile(join(dir, `${name}.tmp`), body, { flush: true });
        await rename(join(dir, `${name}.tmp`), join(dir, `${name}.ndjson`));
      } catch (error) {
        unwritten.push(...list);
        lastError = error;
      }
    }
    // The days written stay written (a repeat of their events counts once); what was not is the caller's to keep.
    if (unwritten.length) throw Object.assign(new Error(`analytics: ${unwritten.length} events not written`), { cause: lastError, unwritten });
  }

  /** Runs after the appends before it (one batch at a time per process). */
  function serial(run: () => Promise<void>): Promise<void> {
    const next = queue.then(run);
    queue = next.catch(() => undefined);
    return next;
  }

  const log: EventLog = {
    append(events) {
      const now = options.clock.now();
      const rows = events.map((event) => toEventRow(event, { pseudonymKey: options.pseudonymKey, now }));
      return serial(() => (rows.length ? write(rows) : Promise.resolve()));
    },
    enqueue(events) {
      buffered.push(...events);
      timer ??= setInterval(() => void log.flush(), options.batchMs ?? 5000);
      timer.unref();
    },
    flush() {
      const now = options.clock.now();
      const rows = [...failed, ...buffered.map((event) => toEventRow(event, { pseudonymKey: options.pseudonymKey, now }))];
      failed = [];
      buffered = [];
      return serial(async () => {
        if (rows.length === 0) return;
        try {
          await write(rows);
        } catch (error) {
          const unwritten = (error as { unwritten?: EventRow[] }).unwritten ?? rows;
          failed.push(...unwritten);
          options.logger.warn({ err: (error as Error).cause ?? error, events: unwritten.length }, 'analytics events not written; kept for the next flush');
        }
      });
    },
    async close() {
      if (timer) clearInterval(timer);
      timer = undefined;
      await log.flush();
    },
  };
  return log;
}

/**
 * The event log of a platform process (`writer` = its name), keyed with the platform's fingerprint secret so
 * every producer gives a user the same pseudonym: what each main.ts passes to its services.
 */
export function openEventLog(
  writer: string,
  config: { NODE_ENV: string; DATA_DIR: string; ANALYTICS_BUCKET?: string; AWS_REGION?: string },
  basics: { clock: Clock; logger: Logger },
): EventLog {
  const { fingerprintSecret } = loadSecrets({ nodeEnv: config.NODE_ENV, dataDir: config.DATA_DIR, need: ['fingerprintSecret'] });
  return createEventWriter({ dataDir: config.DATA_DIR, writer, pseudonymKey: fingerprintSecret, clock: basics.clock, logger: basics.logger, store: eventBatchStore(config) });
}

export { dayOf };
