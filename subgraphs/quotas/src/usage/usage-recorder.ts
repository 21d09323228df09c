import { type DynamoDBDocumentClient, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { type Clock, epochMs, type Logger, nextTurn, ttlAt } from '@marketplace/shared';
import { dayOf, keys } from '../data/keys.ts';
import type { Tier, VerdictCode } from '@marketplace/contracts';

/** One validate call, as dashboards and analytics see it: who (never an IP), what, and the outcome. */
export interface UsageEvent {
  solutionId: string;
  /** Null when the call was refused before a tier applied (key, account problems). */
  tier: Tier | null;
  /** Absent for anonymous callers: they are counted, never identified. */
  userId?: string;
  keyId?: string;
  /** The registered endpoint as `METHOD /path/template`, when the caller named one. */
  endpoint?: string;
  code: VerdictCode;
  allowed: boolean;
  units: number;
  /** Units past a soft limit (billed as overage). */
  overage: number;
  /** The caller's keyed fingerprint (anonymous callers; keyed callers that passed `client`): analytics' conversions. */
  fingerprint?: string;
  /** The verdict carried the upgrade prompt (≥ 80 % used, or refused by the quota). */
  nearLimit?: boolean;
}

/** Calls summed per minute and caller, as the analytics event log takes them (`onCalls`). */
export interface CallsOfMinute {
  event: UsageEvent;
  minute: Date;
  count: number;
  units: number;
}

/** Calls of one kind (the event's identity: everything but units and overage) in one minute, until the next flush. */
interface Summed {
  event: UsageEvent;
  day: string;
  minuteMs: number;
  count: number;
  units: number;
  overage: number;
  /** The recorder's generation it was summed in: a flush or a new minute starts another. */
  generation: number;
}

/**
 * A caller's place in the recorder, kept by the caller (the quota service keeps one per caller it remembers): its
 * last call's sums, which the next call of the same kind adds to without building the sums' key.
 */
export interface UsageSlot {
  last?: Summed;
}

/** Whether two events are counted in one sum (the fields of `record`'s key but the minute). */
function sameKind(a: UsageEvent, b: UsageEvent): boolean {
  return (
    a.code === b.code &&
    a.solutionId === b.solutionId &&
    a.keyId === b.keyId &&
    a.userId === b.userId &&
    a.tier === b.tier &&
    a.endpoint === b.endpoint &&
    a.fingerprint === b.fingerprint &&
    !a.nearLimit === !b.nearLimit
  );
}

interface Rollup {
  key: { pk: string; sk: string };
  attributes: Record<string, string>;
  allowed: number;
  denied: number;
  units: number;
  overage: number;
}

/** How long daily rollups are kept. */
const KEEP_DAYS = 400;
/** The calls rollup's tier for calls refused before a tier applied, and its endpoint for calls that named none. */
export const NO_TIER = '-';
export const NO_ENDPOINT = '-';

/**
 * Takes usage off the hot path: events are summed in memory per rollup (user × solution × day,
 * solution × day × tier, key × day for the dashboards; solution × day × tier × endpoint × code for analytics)
 * and written every `flushMs` with one ADD per rollup, so GraphQL sees a call within about `flushMs` plus a
 * write. A lagging view: a process that dies loses what it had not written yet. The exact, durable count of
 * admitted units is the quota counter's `used` (the engine writes it before a call is answered).
 */
export class UsageRecorder {
  private pending = new Map<string, Rollup>();
  /** Events summed per caller and outcome until the next flush: one map entry per distinct caller. */
  private events = new Map<string, Summed>();
  /** Bumped when `events` is emptied or a new minute starts: sums of an older generation are closed. */
  private generation = 0;
  private day = { startMs: 0, endMs: 0, text: '' };
  private minute = { startMs: 0, endMs: 0 };
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly deps: { db: DynamoDBDocumentClient; table: string; clock: Clock; logger: Logger },
    private readonly flushMs = 1000,
    /** Receives each flush's calls per minute (the analytics event log); never awaited, must not throw. */
    private readonly onCalls?: (calls: CallsOfMinute[]) => void,
  ) {}

  start(): void {
    this.timer ??= setInterval(() => void this.flush(), this.flushMs);
    this.timer.unref();
  }

  /**
   * Counts one call; cheap enough for every request (the rollups are built at flush time). With the caller's
   * `slot`, a call of the same kind as its last adds to that sum without a key; `at` is the request's clock reading.
   */
  record(event: UsageEvent, slot?: UsageSlot, at: number = epochMs(this.deps.clock)): void {
    if (at < this.minute.startMs || at >= this.minute.endMs) this.newMinute(at);
    const last = slot?.last;
    if (last !== undefined && last.generation === this.generation && sameKind(last.event, event)) {
      last.count++;
      last.units += event.units;
      last.overage += event.overage;
      return;
    }
    const minuteMs = this.minute.startMs;
    const id = `${minuteMs}|${event.solutionId}|${event.tier}|${event.userId ?? ''}|${event.keyId ?? ''}|${event.code}|${event.endpoint ?? ''}|${event.fingerprint ?? ''}|${event.nearLimit ? 1 : 0}`;
    let summed = this.events.get(id);
    if (summed) {
      summed.count++;
      summed.units += event.units;
      summed.overage += event.overage;
    } else {
      summed = { event, day: this.day.text, minuteMs, count: 1, units: event.units, overage: event.overage, generation: this.generation };
      this.events.set(id, summed);
    }
    if (slot) slot.last = summed;
  }

  private newMinute(at: number): void {
    this.generation++;
    if (at < this.day.startMs || at >= this.day.endMs) {
      const start = at - (at % 86_400_000);
      this.day = { startMs: start, endMs: start + 86_400_000, text: dayOf(new Date(at)) };
    }
    const start = at - (at % 60_000);
    this.minute = { startMs: start, endMs: start + 60_000 };
  }

  /** Turns the summed events into rollup increments. */
  private rollUp(): void {
    if (this.onCalls && this.events.size) {
      this.onCalls([...this.events.values()].map((e) => ({ event: e.event, minute: new Date(e.minuteMs), count: e.count, units: e.units })));
    }
    for (const { event, day, count, units, overage } of this.events.values()) {
      const sums = { allowed: event.allowed, count, units, overage };
      const { solutionId, tier, code } = event;
      const endpoint = event.endpoint ?? NO_ENDPOINT;
      this.add(keys.callsUsage(solutionId, day, tier ?? NO_TIER, code, endpoint), { solutionId, day, tier: tier ?? NO_TIER, code, endpoint }, sums);
      // The dashboards' rollups count calls a tier's quota was asked about.
      if (!tier) continue;
      this.add(keys.solutionUsage(solutionId, day, tier), { solutionId, day, tier }, sums);
      if (event.userId) this.add(keys.userUsage(event.userId, solutionId, day), { solutionId, userId: event.userId, day }, sums);
      if (event.keyId) this.add(keys.keyUsage(event.keyId, day), { keyId: event.keyId, day }, sums);
    }
    this.events.clear();
    this.generation++;
  }

  /** Writes everything recorded so far; concurrent calls queue behind each other. */
  flush(): Promise<void> {
    this.flushing = this.flushing.then(() => this.write());
    return this.flushing;
  }

  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.flush();
  }

  private add(
    key: { pk: string; sk: string },
    attributes: Record<string, string>,
    event: { allowed: boolean; count: number; units: number; overage: number },
  ): void {
    const id = `${key.pk}\u0000${key.sk}`;
    let rollup = this.pending.get(id);
    if (!rollup) {
      rollup = { key, attributes, allowed: 0, denied: 0, units: 0, overage: 0 };
      this.pending.set(id, rollup);
    }
    if (event.allowed) {
      rollup.allowed += event.count;
      rollup.units += event.units;
      rollup.overage += event.overage;
    } else {
      rollup.denied += event.count;
    }
  }

  private async writeRollup(r: Rollup, ttl: number): Promise<void> {
    const names: Record<string, string> = { '#ttl': 'ttl' };
    const values: Record<string, unknown> = { ':a': r.allowed, ':d': r.denied, ':u': r.units, ':o': r.overage, ':ttl': ttl };
    const sets = ['#ttl = :ttl'];
    for (const [name, value] of Object.entries(r.attributes)) {
      names[`#${name}`] = name;
      values[`:${name}`] = value;
      sets.push(`#${name} = :${name}`);
    }
    await this.deps.db.send(
      new UpdateCommand({
        TableName: this.deps.table,
        Key: r.key,
        UpdateExpression: `ADD allowed :a, denied :d, units :u, overage :o SET ${sets.join(', ')}`,
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
      }),
    );
  }

  private async write(): Promise<void> {
    this.rollUp();
    if (this.pending.size === 0) return;
    const batch = [...this.pending.values()];
    this.pending = new Map();
    const ttl = ttlAt(new Date(this.deps.clock.now().getTime() + KEEP_DAYS * 86_400_000));
    const failed: Rollup[] = [];
    const writes: Promise<void>[] = [];
    for (const rollup of batch) {
      // One rollup's write starts per turn of the event loop: a flush never holds requests for all its writes at once.
      if (writes.length > 0) await nextTurn();
      writes.push(
        this.writeRollup(rollup, ttl).catch((error: unknown) => {
          failed.push(rollup);
          this.deps.logger.warn({ err: error }, 'usage rollup write failed; kept for the next flush');
        }),
      );
    }
    await Promise.all(writes);
    // Failed rollups go back into the pending sums, so a store hiccup delays counts but loses none.
    for (const r of failed) {
      const id = `${r.key.pk}\u0000${r.key.sk}`;
      const current = this.pending.get(id);
      if (!current) this.pending.set(id, r);
      else {
        current.allowed += r.allowed;
        current.denied += r.denied;
        current.units += r.units;
        current.overage += r.overage;
      }
    }
  }
}
