import { type DynamoDBDocumentClient, DeleteCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Clock } from '../clock.ts';
import { newId } from '../ids.ts';
import type { Logger } from '../logger.ts';
import { createScheduler, type ScheduledJob, type Scheduler } from '../scheduler.ts';
import type { TransactItem } from './transact-item.ts';

/**
 * A fact that leaves a package once its change commits (the analytics events). Its time and dedupe key are fixed
 * when it is staged, so every later append of it is the same fact (the log counts one id once).
 */
export interface OutboxEvent {
  time?: Date;
  dedupeKey?: string;
}

/** Where staged events go: resolves once they are durably written, rejects (keeping nothing) otherwise. */
export interface OutboxSink<E> {
  append(events: readonly E[]): Promise<void>;
}

/** Events staged with a change: its transaction's extra items, and what to call once it committed. */
export interface StagedEvents {
  items: TransactItem[];
  publish(): Promise<void>;
}

export interface EventOutbox<E extends OutboxEvent> {
  /**
   * Stages events with a change: add `items` to the change's TransactWriteItems (after the change's own items, so
   * cancellation reasons keep their indexes) and call `publish()` once it has committed. The events commit with
   * the change or not at all; `publish` appends them and clears their item, and never rejects: what it could not
   * append stays for the relay.
   */
  stage(events: readonly E[]): StagedEvents;
  /** Appends what stayed staged longer than the settle time (a crash or failure after commit) and clears it. */
  relay(signal?: AbortSignal): Promise<number>;
  /** The relay as a scheduled job of the owning process. */
  relayJob(intervalMs?: number): ScheduledJob;
}

export interface EventOutboxOptions<E> {
  db: DynamoDBDocumentClient;
  /** The producer's own table (the outbox items commit in its transactions). */
  table: string;
  clock: Clock;
  logger: Logger;
  /** The log the events go to (a package's `events` dependency); absent (tests that do not look): nothing is staged. */
  events?: OutboxSink<E> | undefined;
  /** How long a staged item is left to its own `publish` before the relay takes it; default 30 s. */
  settleMs?: number;
}

/**
 * The transactional outbox. Item shape, in the producer's table:
 *   pk `OUTBOX`, sk `<staged ISO time>#<ulid>`: `events` (JSON of the staged events).
 * Access patterns: the relay reads the partition oldest first, up to the settle cutoff, and deletes each item
 * after its append. An append followed by a crash before the delete is appended again by the relay: the events
 * carry the same ids, so the log counts them once.
 */
export const OUTBOX_PK = 'OUTBOX';
const PAGE = 100;
export const OUTBOX_RELAY_MS = 15_000;

export function createEventOutbox<E extends OutboxEvent>(options: EventOutboxOptions<E>): EventOutbox<E> {
  const { db, table, clock, logger, events: sink } = options;
  const settleMs = options.settleMs ?? 30_000;
  const remove = (sk: string) => db.send(new DeleteCommand({ TableName: table, Key: { pk: OUTBOX_PK, sk } }));
  const revive = (json: string): E[] => (JSON.parse(json) as (E & { time: string })[]).map((e) => ({ ...e, time: new Date(e.time) }));

  const outbox: EventOutbox<E> = {
    stage(events) {
      if (!sink || events.length === 0) return { items: [], publish: async () => {} };
      const now = clock.now();
      const fixed = events.map((e) => ({ ...e, time: e.time ?? now, dedupeKey: e.dedupeKey ?? newId('evt', now) }));
      const sk = `${now.toISOString()}#${newId('evt', now)}`;
      return {
        items: [{ Put: { TableName: table, Item: { pk: OUTBOX_PK, sk, events: JSON.stringify(fixed) } } }],
        async publish() {
          try {
            await sink.append(fixed);
          } catch (error) {
            logger.warn({ err: error, events: fixed.length }, 'events committed but not appended; the outbox relay appends them');
            return;
          }
          await remove(sk).catch((error: unknown) => logger.warn({ err: error }, 'an appended outbox item was not cleared; the relay appends it again (counted once)'));
        },
      };
    },
    async relay(signal) {
      if (!sink) return 0;
      let relayed = 0;
      const cutoff = new Date(clock.now().getTime() - settleMs).toISOString();
      let startKey: Record<string, unknown> | undefined;
      do {
        const page = await db.send(
          new QueryCommand({
            TableName: table,
            KeyConditionExpression: 'pk = :pk AND sk < :cutoff',
            ExpressionAttributeValues: { ':pk': OUTBOX_PK, ':cutoff': cutoff },
            ConsistentRead: true,
            Limit: PAGE,
            ExclusiveStartKey: startKey,
          }),
        );
        const items = (page.Items ?? []) as { sk: string; events: string }[];
        if (items.length) {
          const events = items.flatMap((item) => revive(item.events));
          // Throws (the job fails, the items stay) when the log cannot take them.
          await sink.append(events);
          await Promise.all(items.map((item) => remove(item.sk)));
          relayed += events.length;
        }
        startKey = page.LastEvaluatedKey;
      } while (startKey && !signal?.aborted);
      if (relayed) logger.info({ events: relayed }, 'outbox relayed events appended after a failure or crash');
      return relayed;
    },
    relayJob(intervalMs = OUTBOX_RELAY_MS) {
      return { name: 'event-outbox-relay', intervalMs, run: async ({ signal }) => void (await outbox.relay(signal)) };
    },
  };
  return outbox;
}

/** What a process's outbox relay runs on: its own table (the scheduler's lease items sit beside the outbox). */
export interface OutboxRelayBasics {
  db: DynamoDBDocumentClient;
  table: string;
  clock: Clock;
  logger: Logger;
}

/**
 * A process's scheduler with its outbox relay (`event-outbox-relay`, once per interval across processes) and the
 * process's other scheduled jobs, not started: Lambda's scheduled handlers call `runDue()` once per invocation
 * (`jitterMs: 0`, one invocation comes per slot).
 */
export function outboxScheduler(
  basics: OutboxRelayBasics,
  outbox: Pick<EventOutbox<never>, 'relayJob'>,
  jobs: readonly ScheduledJob[] = [],
  options: { jitterMs?: number } = {},
): Scheduler {
  const { db, table, clock, logger } = basics;
  const scheduler = createScheduler({ db, table, clock, logger, ...options });
  for (const job of jobs) scheduler.add(job);
  // Analytics events a crash or a failed append left in the outbox.
  scheduler.add(outbox.relayJob());
  return scheduler;
}

/** Starts a process's scheduler with its outbox relay and its other jobs (see `outboxScheduler`); stop it in `close()`. */
export function startOutboxRelay(basics: OutboxRelayBasics, outbox: Pick<EventOutbox<never>, 'relayJob'>, jobs: readonly ScheduledJob[] = []): Scheduler {
  const scheduler = outboxScheduler(basics, outbox, jobs);
  scheduler.start();
  return scheduler;
}
