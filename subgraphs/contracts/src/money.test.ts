import { describe, expect, it } from 'vitest';
import { isWholePaise, money, moneyProblem } from './money.ts';

describe('Money', () => {
  it('is whole, non-negative paise in a platform currency', () => {
    expect(money(99_900)).toEqual({ amountPaise: 99_900, currency: 'INR' });
    expect(moneyProblem({ amountPaise: 0, currency: 'INR' })).toBeNull();
    expect(isWholePaise(Number.MAX_SAFE_INTEGER)).toBe(true);
  });

  it('refuses fractions, negatives, unsafe integers and non-numbers, naming amountPaise', () => {
    for (const amountPaise of [999.5, -1, Number.MAX_SAFE_INTEGER + 1, Number.NaN, '100', null]) {
      expect(moneyProblem({ amountPaise, currency: 'INR' })?.field, String(amountPaise)).toBe('amountPaise');
    }
    expect(() => money(10.5)).toThrow(/^amountPaise: /);
  });

  it('refuses a currency the platform does not price in, naming currency', () => {
    expect(moneyProblem({ amountPaise: 100, currency: 'USD' })).toEqual({ field: 'currency', message: expect.stringContaining('INR') });
    expect(moneyProblem({ amountPaise: 100, currency: 'inr' })?.field).toBe('currency');
    expect(moneyProblem(undefined)?.field).toBe('amountPaise');
  });
});
