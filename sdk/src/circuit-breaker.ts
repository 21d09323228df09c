export type CircuitState = 'closed' | 'open' | 'half-open';

export interface CircuitBreakerOptions {
  /** Consecutive calls the marketplace could not answer before the circuit opens. */
  failureThreshold: number;
  /** How long an open circuit answers locally before one probe call may go out. */
  openMs: number;
  now: () => number;
}

/**
 * Stops calling a marketplace that is not answering: after `failureThreshold` consecutive failed calls the
 * circuit opens and calls are answered by the fail mode without a network round trip; after `openMs` exactly
 * one probe goes out (half-open) — its success closes the circuit, its failure opens it again.
 */
export class CircuitBreaker {
  private failures = 0;
  private openedAt = 0;
  private current: CircuitState = 'closed';
  private probing = false;

  constructor(private readonly options: CircuitBreakerOptions) {}

  get state(): CircuitState {
    if (this.current === 'open' && this.options.now() - this.openedAt >= this.options.openMs) return 'half-open';
    return this.current;
  }

  /** Whether this call may go to the network; in half-open, only the one probe may. */
  tryAcquire(): boolean {
    const state = this.state;
    if (state === 'closed') return true;
    if (state === 'open' || this.probing) return false;
    this.current = 'half-open';
    this.probing = true;
    return true;
  }

  /** The marketplace answered (any verdict, or a problem it meant). */
  success(): void {
    this.failures = 0;
    this.probing = false;
    this.current = 'closed';
  }

  /** The marketplace could not answer this call (network, timeout, 5xx), after its retries. */
  failure(): void {
    this.failures += 1;
    if (this.current === 'half-open' || this.failures >= this.options.failureThreshold) {
      this.current = 'open';
      this.openedAt = this.options.now();
    }
    this.probing = false;
  }

  /** Milliseconds until the next probe may go out; 0 unless open. */
  msUntilProbe(): number {
    if (this.current !== 'open') return 0;
    return Math.max(0, this.openedAt + this.options.openMs - this.options.now());
  }
}
