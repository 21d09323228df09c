import { describe, expect, it } from 'vitest';
import { ManualClock, MINUTE, SECOND } from '@marketplace/shared';
import { createRestartBudget } from './restart-budget.ts';

describe('restart budget', () => {
  it('allows the limit within the window, refuses the next, and frees each restart as it leaves the window', () => {
    const clock = new ManualClock();
    const budget = createRestartBudget({ limit: 3, windowMs: 5 * MINUTE, clock });
    expect(budget.take()).toBe(true);
    clock.advance(MINUTE);
    expect(budget.take()).toBe(true);
    clock.advance(MINUTE);
    expect(budget.take()).toBe(true);
    expect(budget.used()).toBe(3);
    clock.advance(2 * MINUTE);
    expect(budget.take()).toBe(false); // four in 4 minutes
    expect(budget.used()).toBe(3); // a refusal spends nothing
    clock.advance(MINUTE); // the first restart is now exactly 5 minutes old
    expect(budget.used()).toBe(2);
    expect(budget.take()).toBe(true);
    expect(budget.take()).toBe(false);
  });

  it('with a limit of zero never restarts', () => {
    const budget = createRestartBudget({ limit: 0, windowMs: SECOND, clock: new ManualClock() });
    expect(budget.take()).toBe(false);
  });
});
