import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { type DynamoDBDocumentClient, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { type Clock, epochMs } from './clock.ts';
import { isConditionFailure } from './dynamo/transactions.ts';
import type { Logger } from './logger.ts';

/**
 * Work that must happen once per interval however many processes run it (period closes, retries, dunning,
 * compaction). Time is cut into slots of `intervalMs` from the epoch; in each slot, the first process to claim
 * the job's lease runs it, everyone else skips that slot.
 *
 * Lease item, one per job in the owning subgraph's table:
 *   pk `SCHEDULE#<job>`, sk `LEASE`: `slot` (last slot claimed), `holder`, `expiresAt` (epoch ms),
 *   `lastOutcome` (`ok` | `failed`), `lastError`, `finishedAt`.
 * Claiming slot N is one conditional write: no lease yet, or (`slot` < N and the lease expired or was released).
 * So a slot runs at most once, and runs of a job never overlap: a holder renews its lease while it runs and
 * releases it when done; a holder that crashed stops renewing, its lease expires, and the next slot runs. A slot
 * that started while the previous run was still going runs once that run ends (if still inside the slot).
 * Slots missed while no process ran are not replayed: each run should catch up on what is due.
 */
export interface ScheduledJob {
  /** Unique within the table, e.g. `close-billing-periods`. */
  name: string;
  /** Slot length: the job runs once per slot, across all processes. */
  intervalMs: number;
  /** How long a claim lasts without renewal (a crashed holder blocks the job this long); default `intervalMs`. */
  leaseMs?: number;
  /**
   * The work. `signal` aborts when the lease is lost (renewal failed) or a stop's grace period ends: stop
   * then, or risk overlapping the next holder. A throw is logged and recorded; the next slot runs as usual.
   */
  run(context: { slot: number; slotStart: Date; signal: AbortSignal }): Promise<void>;
}

export interface SchedulerOptions {
  db: DynamoDBDocumentClient;
  /** The owning subgraph's table. */
  table: string;
  clock: Clock;
  logger: Logger;
  /** Written into lease items, for people reading them; default `<host>:<pid>:<random>`. */
  owner?: string;
  /** Each process waits a random 0…jitterMs into a slot before claiming; default min(5 s, interval / 10). */
  jitterMs?: number;
  /** How often due slots are checked while started; default 1 s. */
  tickMs?: number;
  /** How often a running job's lease is renewed; default a third of its lease. */
  heartbeatMs?: number;
  random?: () => number;
}

export interface Scheduler {
  add(job: ScheduledJob): void;
  /** Checks every job once; resolves when the runs this call started have finished. Tests call it directly. */
  runDue(): Promise<void>;
  /** Checks due jobs every `tickMs` until stopped. */
  start(): void;
  /**
   * Stops claiming; waits for running jobs so their leases are released. After `graceMs` (default 10 s) their
   * signal aborts, and a second later stop() resolves regardless (a lease left behind expires). Idempotent.
   */
  stop(options?: { graceMs?: number }): Promise<void>;
}

interface JobState {
  job: ScheduledJob;
  key: { pk: string; sk: string };
  /** Slots below this are known to be claimed (by anyone): no need to ask the table again. */
  nextSlot: number;
  /** The jitter drawn for `jitterSlot`. */
  jitterSlot: number;
  jitter: number;
  /** The check (claim, and run if claimed) under way in this process; one at a time per job. */
  inFlight?: Promise<void>;
  abort?: AbortController;
}

const MAX_ERROR_CHARS = 500;
/** After the grace period, how long aborted runs get to return before stop() gives up on them. */
const ABORT_WAIT_MS = 1000;

export function createScheduler(options: SchedulerOptions): Scheduler {
  const { db, table, clock, logger } = options;
  const owner = options.owner ?? `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  const random = options.random ?? Math.random;
  const jobs = new Map<string, JobState>();
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  let stopping: Promise<void> | undefined;

  async function claim(state: JobState, slot: number, now: number): Promise<'claimed' | 'taken' | 'busy'> {
    const leaseMs = state.job.leaseMs ?? state.job.intervalMs;
    try {
      await db.send(
        new UpdateCommand({
          TableName: table,
          Key: state.key,
          UpdateExpression: 'SET #slot = :slot, holder = :me, expiresAt = :expires, startedAt = :now',
          ConditionExpression: 'attribute_not_exists(pk) OR (#slot < :slot AND expiresAt <= :now)',
          ExpressionAttributeNames: { '#slot': 'slot' },
          ExpressionAttributeValues: { ':slot': slot, ':me': owner, ':expires': now + leaseMs, ':now': now },
        }),
      );
      return 'claimed';
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
    const current = await db.send(new GetCommand({ TableName: table, Key: state.key, ConsistentRead: true }));
    const claimed = Number(current.Item?.slot ?? -Infinity);
    if (claimed >= slot) {
      state.nextSlot = Math.max(state.nextSlot, claimed + 1);
      return 'taken';
    }
    return 'busy'; // an earlier slot's run still holds the lease: ask again next tick
  }

  /** Renews the lease while the run lasts; aborts the run if the lease was lost. */
  function keepLease(state: JobState, slot: number, abort: AbortController): () => void {
    const leaseMs = state.job.leaseMs ?? state.job.intervalMs;
    const every = options.heartbeatMs ?? Math.max(50, Math.floor(leaseMs / 3));
    const beat = setInterval(() => {
      void db
        .send(
          new UpdateCommand({
            TableName: table,
            Key: state.key,
            UpdateExpression: 'SET expiresAt = :expires',
            ConditionExpression: 'holder = :me AND #slot = :slot',
            ExpressionAttributeNames: { '#slot': 'slot' },
            ExpressionAttributeValues: { ':expires': epochMs(clock) + leaseMs, ':me': owner, ':slot': slot },
          }),
        )
        .catch((error: unknown) => {
          if (!isConditionFailure(error)) {
            logger.warn({ err: error, job: state.job.name, slot }, 'could not renew a scheduled job lease; retrying');
            return;
          }
          logger.error({ job: state.job.name, slot }, 'a scheduled job lost its lease while running; aborting it');
          abort.abort(new Error('lease lost'));
        });
    }, every);
    beat.unref();
    return () => clearInterval(beat);
  }

  async function runClaimed(state: JobState, slot: number): Promise<void> {
    const { job } = state;
    const abort = new AbortController();
    state.abort = abort;
    const stopBeating = keepLease(state, slot, abort);
    const started = epochMs(clock);
    let outcome: { lastOutcome: 'ok' } | { lastOutcome: 'failed'; lastError: string } = { lastOutcome: 'ok' };
    try {
      await job.run({ slot, slotStart: new Date(slot * job.intervalMs), signal: abort.signal });
      logger.debug({ job: job.name, slot }, 'scheduled job ran');
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      outcome = { lastOutcome: 'failed', lastError: message.slice(0, MAX_ERROR_CHARS) };
      logger.error({ err: error, job: job.name, slot }, 'scheduled job failed; the next slot runs as usual');
    } finally {
      stopBeating();
      state.abort = undefined;
    }
    const now = epochMs(clock);
    await db
      .send(
        new UpdateCommand({
          TableName: table,
          Key: state.key,
          UpdateExpression: 'SET expiresAt = :now, finishedAt = :now, durationMs = :ms, lastOutcome = :outcome'
            + (outcome.lastOutcome === 'failed' ? ', lastError = :error' : ' REMOVE lastError'),
          ConditionExpression: 'holder = :me AND #slot = :slot',
          ExpressionAttributeNames: { '#slot': 'slot' },
          ExpressionAttributeValues: {
            ':now': now,
            ':ms': now - started,
            ':outcome': outcome.lastOutcome,
            ':me': owner,
            ':slot': slot,
            ...(outcome.lastOutcome === 'failed' ? { ':error': outcome.lastError } : {}),
          },
        }),
      )
      .catch((error: unknown) => {
        // Lost meanwhile (already logged), or the store is down: the lease then simply expires.
        if (!isConditionFailure(error)) logger.warn({ err: error, job: job.name, slot }, 'could not release a scheduled job lease');
      });
  }

  function check(state: JobState): Promise<void> {
    if (stopped) return Promise.resolve();
    state.inFlight ??= checkOnce(state).finally(() => (state.inFlight = undefined));
    return state.inFlight;
  }

  async function checkOnce(state: JobState): Promise<void> {
    const { job } = state;
    const now = epochMs(clock);
    const slot = Math.floor(now / job.intervalMs);
    if (slot < state.nextSlot) return;
    if (state.jitterSlot !== slot) {
      const jitterMs = options.jitterMs ?? Math.min(5000, job.intervalMs / 10);
      state.jitterSlot = slot;
      state.jitter = Math.floor(random() * jitterMs);
    }
    if (now < slot * job.intervalMs + state.jitter) return;
    let result: Awaited<ReturnType<typeof claim>>;
    try {
      result = await claim(state, slot, now);
    } catch (error) {
      logger.warn({ err: error, job: job.name, slot }, 'could not claim a scheduled job; trying again shortly');
      return;
    }
    if (result !== 'claimed') return;
    state.nextSlot = slot + 1;
    // Claimed, so it runs even if stop() began meanwhile: stop() waits for it (else the slot would be lost).
    await runClaimed(state, slot);
  }

  return {
    add(job) {
      if (jobs.has(job.name)) throw new Error(`scheduler: a job named "${job.name}" is already added`);
      if (!(job.intervalMs >= 1)) throw new Error(`scheduler: ${job.name}: intervalMs must be at least 1`);
      jobs.set(job.name, { job, key: { pk: `SCHEDULE#${job.name}`, sk: 'LEASE' }, nextSlot: 0, jitterSlot: -1, jitter: 0 });
    },
    async runDue() {
      await Promise.all([...jobs.values()].map(check));
    },
    start() {
      if (stopped || timer) return;
      timer = setInterval(() => void this.runDue(), options.tickMs ?? 1000);
      timer.unref();
    },
    stop({ graceMs = 10_000 } = {}) {
      stopping ??= (async () => {
        stopped = true;
        clearInterval(timer);
        const running = [...jobs.values()].flatMap((s) => (s.inFlight ? [s.inFlight] : []));
        if (running.length === 0) return;
        const settled = Promise.allSettled(running).then(() => true);
        const wait = (ms: number) => new Promise<false>((resolve) => setTimeout(() => resolve(false), ms).unref());
        if (await Promise.race([settled, wait(graceMs)])) return;
        for (const state of jobs.values()) state.abort?.abort(new Error('scheduler stopping'));
        if (await Promise.race([settled, wait(ABORT_WAIT_MS)])) return;
        logger.warn({ jobs: [...jobs.values()].filter((s) => s.inFlight).map((s) => s.job.name) }, 'scheduled runs ignored the stop; their leases will expire');
      })();
      return stopping;
    },
  };
}
