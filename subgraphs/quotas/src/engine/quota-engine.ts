import { type Clock, epochMs } from '@marketplace/shared';
import type { CounterKey, CounterStore } from './counter-store.ts';

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

export type QuotaDecision =
  | { allowed: true; used: number; windowEnd: Date }
  | { allowed: false; reason: 'exhausted' | 'expired'; used: number; windowEnd: Date };

export interface QuotaEngineOptions {
  clock: Clock;
  /** Hard limits up to this are served by one conditional write per call, so exactly the limit is allowed. */
  exactUpTo?: number;
  /** Largest block of units one process reserves at a time. */
  maxLease?: number;
  /** Unused reserved units go back to the counter after this long without a call. */
  idleReturnMs?: number;
  /** Bound on remembered counters (leases and denials); beyond it the oldest are returned or forgotten. */
  maxEntries?: number;
}

interface Lease {
  /** Units reserved in the store and not yet handed out. */
  available: number;
  /** The counter's value after our last store operation (includes every process's reservations). */
  storeUsed: number;
  windowEnd: number;
  windowEndDate: Date;
  lastUse: number;
  acquiring: Promise<void> | null;
  counter: CounterKey;
}

interface Denial {
  limit: number;
  used: number;
  windowEnd: number;
  expired: boolean;
}

const idOf = (key: CounterKey) => `${key.pk}\u0000${key.sk}`;

/**
 * Decides and records quota consumption. Two paths, both never admitting past a hard limit however many
 * processes share the counter:
 *  - exact: one conditional UpdateItem per call (small hard limits, so exactly the limit is allowed);
 *  - leased: a process reserves a block of units with one conditional UpdateItem and hands them out from
 *    memory; blocks shrink as the counter nears its limit, idle blocks are given back, and a process that
 *    dies strands at most its current block (under-admission, never over-admission).
 * Denials are remembered until the window ends (exact) so an exhausted caller costs no store call.
 */
export class QuotaEngine {
  private readonly leases = new Map<string, Lease>();
  private readonly denials = new Map<string, Denial>();
  private readonly exactUpTo: number;
  private readonly maxLease: number;
  private readonly idleReturnMs: number;
  private readonly maxEntries: number;

  constructor(
    private readonly store: CounterStore,
    private readonly options: QuotaEngineOptions,
  ) {
    this.exactUpTo = options.exactUpTo ?? 100;
    this.maxLease = options.maxLease ?? 1000;
    this.idleReturnMs = options.idleReturnMs ?? 2000;
    this.maxEntries = options.maxEntries ?? 50_000;
  }

  /** Consumes `units` if the quota allows; a refusal consumes nothing. */
  consume(request: QuotaRequest): Promise<QuotaDecision> {
    const now = epochMs(this.options.clock);
    const id = idOf(request.counter);
    const remembered = this.rememberedDenial(request, id, now);
    if (remembered) return Promise.resolve(remembered);
    if (request.units > request.limit && request.hard) {
      return Promise.resolve({ allowed: false, reason: 'exhausted', used: 0, windowEnd: request.windowEndIfNew });
    }
    if (request.hard && request.limit <= this.exactUpTo) return this.consumeExact(request, new Date(now));
    // The hot path: units already reserved by this process are handed out without a store call.
    const lease = this.leases.get(id);
    if (lease && !lease.acquiring && lease.available >= request.units && lease.windowEnd > now) {
      lease.available -= request.units;
      lease.lastUse = now;
      return Promise.resolve({ allowed: true, used: lease.storeUsed - lease.available, windowEnd: lease.windowEndDate });
    }
    return this.consumeLeased(request, id);
  }

  /** What `consume` would answer, without consuming. */
  async peek(request: QuotaRequest): Promise<QuotaDecision> {
    const now = this.options.clock.now();
    const remembered = this.rememberedDenial(request, idOf(request.counter), now.getTime());
    if (remembered) return remembered;
    const lease = this.leases.get(idOf(request.counter));
    const stored = await this.store.read(request.counter);
    const windowEnd = stored ? new Date(stored.windowEnd) : request.windowEndIfNew;
    const used = (stored?.used ?? 0) - (lease?.available ?? 0);
    if (windowEnd.getTime() <= now.getTime()) return { allowed: false, reason: 'expired', used, windowEnd };
    const room = request.hard ? (lease?.available ?? 0) + request.limit - (stored?.used ?? 0) : Infinity;
    if (request.units > room) return { allowed: false, reason: 'exhausted', used, windowEnd };
    return { allowed: true, used: used + request.units, windowEnd };
  }

  /** Gives back reservations idle for longer than `idleReturnMs`; call it periodically. */
  async returnIdle(): Promise<void> {
    const now = epochMs(this.options.clock);
    const idle = [...this.leases.entries()].filter(([, l]) => !l.acquiring && now - l.lastUse >= this.idleReturnMs);
    await Promise.all(idle.map(([id, lease]) => this.giveBack(id, lease)));
  }

  /** Gives back every reservation (on shutdown). */
  async close(): Promise<void> {
    await Promise.all([...this.leases.entries()].map(([id, lease]) => this.giveBack(id, lease)));
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
    if (units > 0 && lease.windowEnd > epochMs(this.options.clock)) await this.store.release(lease.counter, units);
  }

  private rememberedDenial(request: QuotaRequest, id: string, now: number): QuotaDecision | null {
    if (this.denials.size === 0) return null;
    const denial = this.denials.get(id);
    if (!denial) return null;
    if (now >= denial.windowEnd && !denial.expired) {
      this.denials.delete(id);
      return null;
    }
    if (denial.expired) return { allowed: false, reason: 'expired', used: denial.used, windowEnd: new Date(denial.windowEnd) };
    // The counter only grows within a window on the exact path, so "used + units > limit" stays true.
    if (request.hard && denial.limit === request.limit && denial.used + request.units > request.limit) {
      return { allowed: false, reason: 'exhausted', used: denial.used, windowEnd: new Date(denial.windowEnd) };
    }
    return null;
  }

  private remember(request: QuotaRequest, used: number, windowEnd: Date, expired: boolean): void {
    // Leased counters can shrink (reservations given back), so only exact-path exhaustion is remembered.
    if (!expired && !(request.hard && request.limit <= this.exactUpTo)) return;
    const id = idOf(request.counter);
    this.denials.delete(id);
    this.denials.set(id, { limit: request.limit, used, windowEnd: windowEnd.getTime(), expired });
    if (this.denials.size > this.maxEntries) this.denials.delete(this.denials.keys().next().value!);
  }

  private async consumeExact(request: QuotaRequest, now: Date): Promise<QuotaDecision> {
    const result = await this.store.consume(request.counter, request.units, request.limit, request.windowEndIfNew, now);
    const windowEnd = new Date(result.windowEnd);
    if (result.ok) return { allowed: true, used: result.used, windowEnd };
    this.remember(request, result.used, windowEnd, result.reason === 'expired');
    return { allowed: false, reason: result.reason, used: result.used, windowEnd };
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
      if (lease && lease.available >= request.units) {
        lease.available -= request.units;
        lease.lastUse = now.getTime();
        return { allowed: true, used: lease.storeUsed - lease.available, windowEnd: lease.windowEndDate };
      }
      if (lease?.acquiring) {
        await lease.acquiring;
        continue;
      }
      if (!lease) {
        lease = { available: 0, storeUsed: 0, windowEnd: Infinity, windowEndDate: request.windowEndIfNew, lastUse: now.getTime(), acquiring: null, counter: request.counter };
        this.leases.set(id, lease);
        this.evictLeases();
      }
      const outcome = await this.reserve(lease, request, now);
      if (outcome) return outcome;
    }
  }

  /** Reserves a block for `lease`; returns a refusal, or null once units are available to retry with. */
  private reserve(lease: Lease, request: QuotaRequest, now: Date): Promise<QuotaDecision | null> {
    let settle!: () => void;
    lease.acquiring = new Promise<void>((resolve) => (settle = resolve));
    const work = async (): Promise<QuotaDecision | null> => {
      const needed = request.units - lease.available;
      const limit = request.hard ? request.limit : null;
      // Soft limits have no ceiling to stay under; their blocks are sized like a fresh hard counter's.
      const headroom = request.hard ? request.limit - lease.storeUsed : request.limit;
      const block = Math.max(needed, Math.min(this.maxLease, Math.floor(headroom / 8)));
      let reserved = block;
      let result = await this.store.consume(request.counter, block, limit, request.windowEndIfNew, now);
      if (!result.ok && result.reason === 'exhausted' && block > needed) {
        // Not room for a whole block: take just what this call needs (blocks shrink to 1 near the limit).
        reserved = needed;
        result = await this.store.consume(request.counter, needed, limit, request.windowEndIfNew, now);
      }
      lease.windowEndDate = new Date(result.windowEnd);
      lease.windowEnd = lease.windowEndDate.getTime();
      if (result.ok) {
        lease.available += reserved;
        lease.storeUsed = result.used;
        return null;
      }
      lease.storeUsed = Math.max(lease.storeUsed, result.used);
      this.remember(request, result.used, new Date(result.windowEnd), result.reason === 'expired');
      return {
        allowed: false,
        reason: result.reason,
        used: result.used - lease.available,
        windowEnd: new Date(result.windowEnd),
      };
    };
    return work().finally(() => {
      lease.acquiring = null;
      settle();
    });
  }

  private evictLeases(): void {
    while (this.leases.size > this.maxEntries) {
      const [id, oldest] = this.leases.entries().next().value!;
      void this.giveBack(id, oldest).catch(() => undefined);
    }
  }
}
