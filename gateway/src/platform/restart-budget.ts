import { type Clock, epochMs } from '@marketplace/shared';

/** How often a supervised process may be restarted: at most `limit` restarts in any `windowMs`. */
export interface RestartBudget {
  /** Spends one restart if the window has one left; false once `limit` restarts happened within `windowMs`. */
  take(): boolean;
  /** Restarts spent within the window now. */
  used(): number;
}

export function createRestartBudget(options: { limit: number; windowMs: number; clock: Clock }): RestartBudget {
  const restarts: number[] = [];
  const prune = () => {
    const since = epochMs(options.clock) - options.windowMs;
    while (restarts.length && restarts[0]! <= since) restarts.shift();
  };
  return {
    take() {
      prune();
      if (restarts.length >= options.limit) return false;
      restarts.push(epochMs(options.clock));
      return true;
    },
    used() {
      prune();
      return restarts.length;
    },
  };
}
