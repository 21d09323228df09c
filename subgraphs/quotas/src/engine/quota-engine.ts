import { type Clock, epochMs, nextTurn } from '@marketplace/shared';
import type { ConsumeResult, CounterKey, CounterStore } from './counter-store.ts';
import { GroupCommit } from './group-commit.ts';

export interface QuotaRequest {
  counter: CounterKey;
  units: number;
  /** The allowance of the window. */
  limit: number;
  /** Hard: never allow past `limit`. Soft: allow and count the overage. */
  hard: boolean;
  /** When a counter started by this call would end. */
  windowEndIfNew: Date;
}

/**
 * `used` is the counter's admitted units: on the exact and soft paths, for an admitted call, up to and including
 * it (its own place, exact across processes); on the leased path, as this process last saw the counter plus what
 * it admitted since (other processes' last `recordMs` may be missing); for a refusal, as the store last said.
 */
export type QuotaDecision =
  | { allowed: true; used: number; windowEnd: Date }
  | { allowed: false; reason: 'exhausted' | 'expired'; used: number; windowEnd: Date };

export interface QuotaEngineOptions {
  clock: Clock;
  /** Hard limits up to this are served by one conditional write per call, so exactly the limit is allowed. */
  exactUpTo?: number;
  /**
   * A process reserves blocks of about a second of a counter's calls in it, so a busy counter is written a few times
   * a second, not once per thousand calls: at least `minLease` units (1 000) and at most `maxLease` (100 000), and
   * never more than an eighth of what is left unclaimed (so blocks shrink near the limit).
   */
  minLease?: number;
  maxLease?: number;
  /** Unused reserved units go back to the counter after this long without a call. */
  idleReturnMs?: number;
  /** Bound on remembered counters (leases and denials); beyond it the oldest are returned or forgotten. */
  maxEntries?: number;
  /** How often units admitted from leases are written to the counters' `used` (one write per counter at most). */
  recordMs?: number;
  /** Told of a failed record (its units stay pending and go with the next write). */
  onRecordFailed?: (error: unknown) => void;
}

interface Lease {
  /** Units reserved in the store and not yet handed out. */
  available: number;
  /** The counter's `claimed` after our last reservation (every process's reservations included). */
  storeClaimed: number;
  windowEnd: number;
  windowEndDate: Date;
  lastUse: number;
  acquiring: Promise<void> | null;
  /** The size of the last block reserved: below a quarter of it left, the next is reserved ahead (see `admitLeased`). */
  block: number;
  /** When the last block was asked for, and the units handed out since: the counter's pace in this process. */
  reservedAt: number;
  handedOut: number;
  counter: CounterKey;
  /** The counter's `used` as this process knows it: as last stored, plus what it admitted since. */
  usedSeen: number;
}

/** Units a process admitted from leases of one counter and has not yet written to `used`. */
interface Unrecorded {
  counter: CounterKey;
  /** Not in any write yet. */
  pending: number;
  /** The write carrying the rest, if one is in flight (never more than one per counter). */
  writing: Promise<void> | null;
}

interface Denial {
  limit: number;
  claimed: number;
  windowEnd: number;
  expired: boolean;
  /** The answer every call gets while the denial holds (built once: a refused caller may call at full speed). */
  decision: QuotaDecision & { allowed: false };
}

/** Counter keys a caller reuses (see the quota service's callers) are named once, not per call. */
const ids = new WeakMap<CounterKey, string>();
/** A counter's name in the engine's maps. */
export function counterId(key: CounterKey): string {
  let id = ids.get(key);
  if (id === undefined) {
    id = `${key.pk}\u0000${key.sk}`;
    ids.set(key, id);
  }
  return id;
}
const idOf = counterId;

/**
 * Decides and records quota consumption (see CounterStore for `claimed` and `used`). Three paths:
 *  - exact (hard limits up to `exactUpTo`): one conditional UpdateItem per call, so exactly the limit is allowed;
 *    a call is answered once it is in `used`, with its own place in the counter.
 *  - soft limits (no ceiling; overage is billed per unit): group commit straight into `claimed` and `used`, at
 *    most two writes per counter in flight, each shared by the calls that arrived meanwhile; a call is answered
 *    once it is stored, with its own place, so each call's overage is exact across processes and survives a crash.
 *  - leased (larger hard limits; a flat price): a process reserves a block in `claimed` with one conditional
 *    UpdateItem and decides from memory, with no store call; a block is about a second of the counter's calls in
 *    the process (see `minLease`), blocks shrink near the limit, idle blocks are given back, and a process that
 *    dies strands at most its current block (under-admission, never over-admission).
 *    The admitted units reach `used` asynchronously: every `recordMs`, one unconditional ADD per counter (never
 *    two in flight), or sooner with the next reservation or return of a block. So `used` trails by about
 *    `recordMs`; a process that dies loses at most its last `recordMs` from `used`, never from `claimed`, which
 *    always holds every admitted unit.
 * Denials are remembered until the window ends (exact path) so an exhausted caller costs no store call.
 */
export class QuotaEngine {
  private readonly leases = new Map<string, Lease>();
  private readonly denials = new Map<string, Denial>();
  /** Units handed out from leases on their way into the counters' `used`, by counter. */
  private readonly unrecorded = new Map<string, Unrecorded>();
  private recordTimer: NodeJS.Timeout | null = null;
  /** Soft-limit calls on their way into the counters (the write decides them). */
  private readonly softCommits = new GroupCommit<ConsumeResult>();
  private readonly exactUpTo: number;
  private readonly minLease: number;
  private readonly maxLease: number;
  private readonly idleReturnMs: number;
  private readonly maxEntries: number;
  private readonly recordMs: number;

  constructor(
    private readonly store: CounterStore,
    private readonly options: QuotaEngineOptions,
  ) {
    this.exactUpTo = options.exactUpTo ?? 100;
    this.maxLease = options.maxLease ?? 100_000;
    this.minLease = Math.min(options.minLease ?? 1000, this.maxLease);
    this.idleReturnMs = options.idleReturnMs ?? 2000;
    this.maxEntries = options.maxEntries ?? 50_000;
    this.recordMs = options.recordMs ?? 500;
  }

  /**
   * Consumes `units` if the quota allows; a refusal consumes nothing. Exact and soft paths settle once the units
   * are in `used`; the leased path settles from memory and records them within `recordMs`.
   */
  consume(request: QuotaRequest): Promise<QuotaDecision> {
    const now = epochMs(this.options.clock);
    const id = idOf(request.counter);
    const ready = this.settledNow(request, id, now);
    if (ready) return Promise.resolve(ready);
    // More than the whole allowance can never be had: answer with the counter as it stands.
    if (request.hard && request.units > request.limit) return this.peek(request);
    if (!request.hard) return this.consumeSoft(request, id);
    if (request.limit <= this.exactUpTo) return this.consumeExact(request, new Date(now));
    return this.consumeLeased(request, id);
  }

  /**
   * `consume`'s answer when it needs no store call — a remembered denial, or units a lease of this process
   * already holds — decided (and, if admitted, consumed) now; undefined when only `consume` can decide.
   */
  consumeNow(request: QuotaRequest, nowMs: number = epochMs(this.options.clock)): QuotaDecision | undefined {
    return this.settledNow(request, idOf(request.counter), nowMs);
  }

  private settledNow(request: QuotaRequest, id: string, now: number): QuotaDecision | undefined {
    const remembered = this.rememberedDenial(request, id, now);
    if (remembered) return remembered;
    if (!request.hard || request.units > request.limit || request.limit <= this.exactUpTo) return undefined;
    // The hot path: units already reserved by this process are handed out without a store call.
    const lease = this.leases.get(id);
    if (lease && lease.available >= request.units && lease.windowEnd > now) return this.admitLeased(lease, id, request, now);
    return undefined;
  }

  /** What `consume` would answer, without consuming. */
  async peek(request: QuotaRequest): Promise<QuotaDecision> {
    const now = this.options.clock.now();
    const id = idOf(request.counter);
    const remembered = this.rememberedDenial(request, id, now.getTime());
    if (remembered) return remembered;
    const stored = await this.store.read(request.counter);
    const windowEnd = stored ? new Date(stored.windowEnd) : request.windowEndIfNew;
    const lease = this.leases.get(id);
    const live = lease && lease.windowEnd > now.getTime() ? lease : undefined;
    // What this process admitted and has not recorded yet counts too.
    const used = Math.max((stored?.used ?? 0) + (this.unrecorded.get(id)?.pending ?? 0), live?.usedSeen ?? 0);
    if (windowEnd.getTime() <= now.getTime()) return { allowed: false, reason: 'expired', used, windowEnd };
    const own = live?.available ?? 0;
    // Room: what this process holds plus what nobody has claimed yet.
    const room = request.hard ? own + request.limit - (stored?.claimed ?? 0) : Infinity;
    if (request.units > room) return { allowed: false, reason: 'exhausted', used, windowEnd };
    return { allowed: true, used: used + request.units, windowEnd };
  }

  /** Gives back reservations idle for longer than `idleReturnMs`; call it periodically. */
  async returnIdle(): Promise<void> {
    const now = epochMs(this.options.clock);
    const idle = [...this.leases.entries()].filter(([, l]) => !l.acquiring && now - l.lastUse >= this.idleReturnMs);
    await Promise.all(idle.map(([id, lease]) => this.giveBack(id, lease)));
  }

  /** Gives back every reservation and writes the admitted units still on their way to the store (on shutdown). */
  async close(): Promise<void> {
    // A block on its way is waited for, so that it is given back too.
    await Promise.all([...this.leases.values()].map((lease) => lease.acquiring));
    await Promise.all([...[...this.leases.entries()].map(([id, lease]) => this.giveBack(id, lease)), this.softCommits.drain()]);
    await this.recordAll();
  }

  /** Writes every leased unit admitted so far to `used` now, and waits for it (rejects if a write fails). */
  async recordAll(): Promise<void> {
    while (this.unrecorded.size > 0) {
      await Promise.all([...this.unrecorded.entries()].map(([id, entry]) => entry.writing ?? this.record(id, entry)));
    }
  }

  /** Admitted units not yet sent to `used` (a write in flight not included; for tests and metrics). */
  unrecordedUnits(): number {
    let total = 0;
    for (const entry of this.unrecorded.values()) total += entry.pending;
    return total;
  }

  /** Units this process holds in reserve across all counters (for tests and metrics). */
  reservedUnits(): number {
    let total = 0;
    for (const lease of this.leases.values()) total += lease.available;
    return total;
  }

  private async giveBack(id: string, lease: Lease): Promise<void> {
    if (lease.acquiring) return;
    this.leases.delete(id);
    const units = lease.available;
    lease.available = 0;
    // Admitted units waiting for their record go along with the returned ones.
    if (units > 0 && lease.windowEnd > epochMs(this.options.clock)) await this.carrying(id, (admitted) => this.store.release(lease.counter, units, admitted));
  }

  /**
   * Hands out `request.units` of a lease; they are recorded in `used` within `recordMs`. When under a quarter of
   * the last block is left, the next block is reserved in the background, so calls do not wait for the store
   * when the lease runs dry (a refused or failed reservation just leaves the next call to reserve as before).
   */
  private admitLeased(lease: Lease, id: string, request: QuotaRequest, now: number): QuotaDecision {
    const { units } = request;
    lease.available -= units;
    lease.lastUse = now;
    lease.usedSeen += units;
    lease.handedOut += units;
    const entry = this.unrecorded.get(id);
    if (entry) entry.pending += units;
    else this.unrecorded.set(id, { counter: lease.counter, pending: units, writing: null });
    this.scheduleRecord();
    if (!lease.acquiring && lease.available * 4 < lease.block && request.limit - lease.storeClaimed >= 8) {
      this.reserve(lease, { ...request, units: 0 }, new Date(now)).catch((error: unknown) => this.options.onRecordFailed?.(error));
    }
    return { allowed: true, used: lease.usedSeen, windowEnd: lease.windowEndDate };
  }

  /** In `recordMs`, writes every counter's pending units (a counter with a write in flight waits for the next turn). */
  private scheduleRecord(): void {
    if (this.recordTimer) return;
    this.recordTimer = setTimeout(() => {
      this.recordTimer = null;
      void this.recordPending();
    }, this.recordMs);
    this.recordTimer.unref();
  }

  /** Starts one counter's write per turn of the event loop, so requests never wait behind all of them at once. */
  private async recordPending(): Promise<void> {
    let started = false;
    for (const [id, entry] of this.unrecorded) {
      if (entry.writing) continue;
      if (started) {
        await nextTurn();
        if (entry.writing || this.unrecorded.get(id) !== entry) continue;
      }
      started = true;
      // A failed write leaves its units pending, and the next turn tries again.
      this.record(id, entry).catch((error: unknown) => this.options.onRecordFailed?.(error));
    }
  }

  /** Writes one counter's pending units to `used`. On failure they stay pending for the next write. */
  private async record(id: string, entry: Unrecorded): Promise<void> {
    await this.carrying(id, async (admitted) => {
      if (admitted === 0) return;
      const used = await this.store.commit(entry.counter, admitted);
      const lease = this.leases.get(id);
      if (lease) lease.usedSeen = Math.max(lease.usedSeen, used + entry.pending);
    });
  }

  /**
   * Runs a write of counter `id` that also records its pending admitted units, unless another write carries
   * some already. `landed` tells whether the write stored them (a refused reservation stores nothing).
   */
  private async carrying<T>(id: string, write: (admitted: number) => Promise<T>, landed: (result: T) => boolean = () => true): Promise<T> {
    const entry = this.unrecorded.get(id);
    if (!entry || entry.writing || entry.pending === 0) return write(0);
    const units = entry.pending;
    entry.pending = 0;
    const run = write(units);
    entry.writing = run.then(
      (result) => {
        if (!landed(result)) entry.pending += units;
      },
      () => {
        entry.pending += units;
      },
    );
    void entry.writing.then(() => {
      entry.writing = null;
      if (entry.pending === 0) this.unrecorded.delete(id);
      else this.scheduleRecord();
    });
    return run;
  }

  private rememberedDenial(request: QuotaRequest, id: string, now: number): QuotaDecision | null {
    if (this.denials.size === 0) return null;
    const denial = this.denials.get(id);
    if (!denial) return null;
    if (now >= denial.windowEnd && !denial.expired) {
      this.denials.delete(id);
      return null;
    }
    if (denial.expired) return denial.decision;
    // The counter only grows within a window on the exact path, so "claimed + units > limit" stays true.
    if (request.hard && denial.limit === request.limit && denial.claimed + request.units > request.limit) return denial.decision;
    return null;
  }

  private remember(request: QuotaRequest, result: ConsumeResult & { ok: false }): void {
    const expired = result.reason === 'expired';
    // Leased counters can shrink (reservations given back), so only exact-path exhaustion is remembered.
    if (!expired && !(request.hard && request.limit <= this.exactUpTo)) return;
    const id = idOf(request.counter);
    this.denials.delete(id);
    const windowEnd = new Date(result.windowEnd);
    const decision = Object.freeze({ allowed: false as const, reason: result.reason, used: result.used, windowEnd });
    this.denials.set(id, { limit: request.limit, claimed: result.claimed, windowEnd: windowEnd.getTime(), expired, decision });
    if (this.denials.size > this.maxEntries) this.denials.delete(this.denials.keys().next().value!);
  }

  private async consumeExact(request: QuotaRequest, now: Date): Promise<QuotaDecision> {
    const result = await this.store.consume(request.counter, request.units, request.limit, request.windowEndIfNew, now);
    const windowEnd = new Date(result.windowEnd);
    if (result.ok) return { allowed: true, used: result.used, windowEnd };
    this.remember(request, result);
    return { allowed: false, reason: result.reason, used: result.used, windowEnd };
  }

  /** Soft limits admit every call of an open window; the write that stores a batch also decides it. */
  private async consumeSoft(request: QuotaRequest, id: string): Promise<QuotaDecision> {
    const { result: stored, before, total } = await this.softCommits.add(id, request.units, (units) =>
      this.store.consume(request.counter, units, null, request.windowEndIfNew, this.options.clock.now()),
    );
    const windowEnd = new Date(stored.windowEnd);
    if (!stored.ok) {
      this.remember(request, stored);
      return { allowed: false, reason: stored.reason, used: stored.used, windowEnd };
    }
    return { allowed: true, used: stored.used - total + before + request.units, windowEnd };
  }

  private async consumeLeased(request: QuotaRequest, id: string): Promise<QuotaDecision> {
    for (;;) {
      const now = this.options.clock.now();
      let lease = this.leases.get(id);
      if (lease && lease.windowEnd <= now.getTime()) {
        // The window is over: what was reserved in it is of no use any more.
        this.leases.delete(id);
        lease = undefined;
      }
      if (lease && lease.available >= request.units) return this.admitLeased(lease, id, request, now.getTime());
      if (lease?.acquiring) {
        await lease.acquiring;
        continue;
      }
      if (!lease) {
        lease = { available: 0, storeClaimed: 0, windowEnd: Infinity, windowEndDate: request.windowEndIfNew, lastUse: now.getTime(), acquiring: null, block: 0, reservedAt: now.getTime(), handedOut: 0, counter: request.counter, usedSeen: 0 };
        this.leases.set(id, lease);
        this.evictLeases();
      }
      const refusal = await this.reserve(lease, request, now);
      if (refusal) return refusal;
    }
  }

  /** Reserves a block for `lease`; returns a refusal, or null once units are available to retry with. */
  private reserve(lease: Lease, request: QuotaRequest, now: Date): Promise<QuotaDecision | null> {
    let settle!: () => void;
    lease.acquiring = new Promise<void>((resolve) => (settle = resolve));
    const work = async (): Promise<QuotaDecision | null> => {
      const needed = request.units - lease.available;
      const block = Math.max(needed, Math.min(this.paceOf(lease, now.getTime()), Math.floor((request.limit - lease.storeClaimed) / 8)));
      const id = idOf(request.counter);
      // Admitted units waiting for their record go along with the reservation.
      const reserveOf = (units: number) =>
        this.carrying(
          id,
          (admitted) => this.store.reserve(request.counter, units, request.limit, request.windowEndIfNew, now, undefined, admitted),
          (result) => result.ok,
        );
      let reserved = block;
      let result = await reserveOf(block);
      if (!result.ok && result.reason === 'exhausted' && block > needed && needed > 0) {
        // Not room for a whole block: take just what this call needs (blocks shrink to 1 near the limit).
        reserved = needed;
        result = await reserveOf(needed);
      }
      lease.windowEndDate = new Date(result.windowEnd);
      lease.windowEnd = lease.windowEndDate.getTime();
      lease.storeClaimed = result.claimed;
      lease.usedSeen = Math.max(lease.usedSeen, result.used + (this.unrecorded.get(id)?.pending ?? 0));
      if (result.ok) {
        lease.available += reserved;
        lease.block = reserved;
        return null;
      }
      this.remember(request, result);
      return { allowed: false, reason: result.reason, used: lease.usedSeen, windowEnd: lease.windowEndDate };
    };
    return work().finally(() => {
      lease.acquiring = null;
      settle();
    });
  }

  /**
   * About a second of the counter's calls in this process, as paced since its last reservation (within `minLease`
   * and `maxLease`); the first block, or one asked for with no time passed, keeps the last size. Starts the next
   * measure (a reservation is asked for now).
   */
  private paceOf(lease: Lease, now: number): number {
    const elapsed = now - lease.reservedAt;
    const pace = lease.block === 0 || elapsed <= 0 ? Math.max(lease.block, this.minLease) : Math.ceil((lease.handedOut * 1000) / elapsed);
    lease.reservedAt = now;
    lease.handedOut = 0;
    return Math.min(this.maxLease, Math.max(this.minLease, pace));
  }

  private evictLeases(): void {
    while (this.leases.size > this.maxEntries) {
      const [id, oldest] = this.leases.entries().next().value!;
      void this.giveBack(id, oldest).catch(() => undefined);
    }
  }
}
