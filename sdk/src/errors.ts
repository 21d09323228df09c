import type { ShimProblem } from './contract.ts';

/** A client or middleware built with options that cannot work; lists every problem at once. */
export class QuotaConfigError extends Error {
  override readonly name = 'QuotaConfigError';
  constructor(readonly problems: readonly string[]) {
    super(`Invalid marketplace SDK options:\n- ${problems.join('\n- ')}`);
  }
}

/**
 * The shim refused the request itself (400, 401, 404, 405, 413, 415): the integration is wrong (a revoked or
 * mistyped solution secret, an unregistered endpoint) and only the partner can fix it. It never triggers the
 * fail mode: admitting callers on a refused secret would turn a revoked secret into an open door.
 */
export class QuotaIntegrationError extends Error {
  override readonly name = 'QuotaIntegrationError';
  readonly status: number;
  /** The request field at fault, e.g. `endpoint` or `client.ip`, when the shim named one. */
  readonly field: string | undefined;
  constructor(readonly problem: ShimProblem) {
    super(`The quota service refused the request (${problem.status} ${problem.title}): ${problem.detail}${problem.requestId ? ` [request ${problem.requestId}]` : ''}`);
    this.status = problem.status;
    this.field = problem.field;
  }
}

/** Collects option problems so a constructor reports them all in one error. */
export function optionChecker() {
  const problems: string[] = [];
  return {
    problems,
    /** An integer in [min, max] or undefined; returns the value or the default. */
    int(name: string, value: unknown, min: number, max: number, fallback: number): number {
      if (value === undefined) return fallback;
      if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
        problems.push(`${name} must be a whole number from ${min} to ${max} (got ${shapeOf(value)}).`);
        return fallback;
      }
      return value;
    },
    fail(message: string): void {
      problems.push(message);
    },
    throwIfAny(): void {
      if (problems.length) throw new QuotaConfigError(problems);
    },
  };
}

/** A value as an error message may show it: never the content of a string (it may be a secret). */
export function shapeOf(value: unknown): string {
  if (typeof value === 'string') return `a string of ${value.length} characters`;
  if (value === null) return 'null';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return typeof value;
}
