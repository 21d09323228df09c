import { type Clock, epochMs } from '@marketplace/shared';
import type { CounterKey, CounterStore } from './counter-store.ts';

interface SecondState {
  second: number;
  /** Tokens of this second reserved in the store and not yet handed out. */
  available: number;
  /** The store refused: nothing more this second. */
  exhausted: boolean;
  acquiring: Promise<void> | null;
}

/** A second's counter is of no use once the second is over; TTL drops it (within a day or two). */
const KEEP_SECOND_MS = 60_000;

/**
 * Per-second rate limits, exact across processes: each second of each caller is a counter item, and a
 * process reserves tokens from it in blocks (a quarter of the rate, shrinking to one) with one conditional
 * UpdateItem. Tokens left at the end of a second simply lapse.
 */
export class RateLimiter {
  private readonly seconds = new Map<string, SecondState>();

  constructor(
    private readonly store: CounterStore,
    private readonly clock: Clock,
    private readonly maxEntries = 50_000,
  ) {}

  /** Takes one token of `perSecond` for `key`'s current second; false when the second is used up. */
  async take(counterOf: (second: number) => CounterKey, id: string, perSecond: number): Promise<boolean> {
    for (;;) {
      const now = epochMs(this.clock);
      const second = Math.floor(now / 1000);
      let state = this.seconds.get(id);
      if (!state || state.second !== second) {
        state = { second, available: 0, exhausted: false, acquiring: null };
        this.seconds.delete(id);
        this.seconds.set(id, state);
        if (this.seconds.size > this.maxEntries) this.seconds.delete(this.seconds.keys().next().value!);
      }
      if (state.available > 0) {
        state.available--;
        return true;
      }
      if (state.exhausted) return false;
      if (state.acquiring) {
        await state.acquiring;
        continue;
      }
      state.acquiring = this.reserve(state, counterOf(second), perSecond, now).finally(() => {
        state.acquiring = null;
      });
      await state.acquiring;
    }
  }

  /** Whether `take` would succeed now, without taking: a token held here, or one left in the store. */
  async wouldAllow(counterOf: (second: number) => CounterKey, id: string, perSecond: number): Promise<boolean> {
    const second = Math.floor(epochMs(this.clock) / 1000);
    const state = this.seconds.get(id);
    if (state?.second === second) {
      if (state.available > 0) return true;
      if (state.exhausted) return false;
    }
    const stored = await this.store.read(counterOf(second));
    return (stored?.claimed ?? 0) < perSecond;
  }

  /** Returns a token taken for a call that was then refused for another reason. */
  giveBack(id: string): void {
    const state = this.seconds.get(id);
    if (state && state.second === Math.floor(epochMs(this.clock) / 1000)) state.available++;
  }

  private async reserve(state: SecondState, counter: CounterKey, perSecond: number, now: number): Promise<void> {
    const end = new Date((state.second + 1) * 1000);
    const block = Math.max(1, Math.ceil(perSecond / 4));
    let result = await this.store.reserve(counter, block, perSecond, end, new Date(now), KEEP_SECOND_MS);
    let reserved = block;
    if (!result.ok && block > 1) {
      reserved = 1;
      result = await this.store.reserve(counter, 1, perSecond, end, new Date(now), KEEP_SECOND_MS);
    }
    if (result.ok) state.available += reserved;
    else state.exhausted = true;
  }
}
