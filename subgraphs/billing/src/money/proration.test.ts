import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findState } from './indian-states.ts';
import { type PlanChangeInput, previewPlanChange } from './proration.ts';
import { expectInputError } from '../test/input-error.ts';

const KA = findState('29')!;
const MH = findState('27')!;
const START = new Date('2026-04-01T00:00:00Z');
const END = new Date('2026-05-01T00:00:00Z'); // 30 days
const PERIOD_S = 30 * 86_400;

function input(overrides: Partial<PlanChangeInput> = {}): PlanChangeInput {
  return {
    periodStart: START,
    periodEnd: END,
    changeAt: new Date('2026-04-16T00:00:00Z'),
    from: { plan: 'Pro', paidTaxablePaise: 99_900 },
    to: { plan: 'Enterprise', periodPriceTaxablePaise: 999_900 },
    seller: KA,
    buyer: KA,
    ...overrides,
  };
}

describe('an immediate Pro → Enterprise change mid-period', () => {
  it('credits the unused half of Pro, charges half of Enterprise, and adds GST on the difference', () => {
    const preview = previewPlanChange(input());
    expect(preview).toMatchObject({
      creditPaise: 49_950,
      chargePaise: 499_950,
      netTaxablePaise: 450_000,
      excessCreditPaise: 0,
      totalPaise: 531_000,
      remainingSeconds: 15 * 86_400,
      periodSeconds: PERIOD_S,
      changeAt: '2026-04-16T00:00:00.000Z',
      periodEnd: '2026-05-01T00:00:00.000Z',
    });
    expect(preview.gst).toMatchObject({ cgstPaise: 40_500, sgstPaise: 40_500, taxPaise: 81_000 });
    expect(preview.lines).toEqual([
      { kind: 'credit', plan: 'Pro', amountPaise: 49_950, from: '2026-04-16T00:00:00.000Z', to: '2026-05-01T00:00:00.000Z' },
      { kind: 'charge', plan: 'Enterprise', amountPaise: 499_950, from: '2026-04-16T00:00:00.000Z', to: '2026-05-01T00:00:00.000Z' },
    ]);
  });

  it('charges exactly the difference at the start of the period and nothing at its end', () => {
    expect(previewPlanChange(input({ changeAt: START }))).toMatchObject({ creditPaise: 99_900, chargePaise: 999_900, netTaxablePaise: 900_000 });
    expect(previewPlanChange(input({ changeAt: END }))).toMatchObject({ creditPaise: 0, chargePaise: 0, netTaxablePaise: 0, totalPaise: 0 });
  });

  it('applies IGST for a buyer in another state', () => {
    expect(previewPlanChange(input({ buyer: MH })).gst).toMatchObject({ supply: 'inter-state', igstPaise: 81_000 });
  });

  it('reports a credit larger than the charge as excess instead of a negative net', () => {
    const preview = previewPlanChange(input({ to: { plan: 'Pro Lite', periodPriceTaxablePaise: 50_000 } }));
    expect(preview).toMatchObject({ creditPaise: 49_950, chargePaise: 25_000, netTaxablePaise: 0, excessCreditPaise: 24_950, totalPaise: 0 });
  });

  const amount = fc.integer({ min: 0, max: 2_000_000_000 });
  const change = fc.record({
    periodSeconds: fc.integer({ min: 1, max: 366 * 86_400 }),
    elapsedFraction: fc.double({ min: 0, max: 1, noNaN: true }),
    paid: amount,
    extra: amount,
  });

  it('is never negative, adds up, and charges no more than the difference for the whole period', () => {
    fc.assert(
      fc.property(change, fc.boolean(), ({ periodSeconds, elapsedFraction, paid, extra }, sameState) => {
        const end = new Date(START.getTime() + periodSeconds * 1000);
        const at = new Date(START.getTime() + Math.floor(elapsedFraction * periodSeconds) * 1000);
        const p = previewPlanChange(input({
          periodEnd: end,
          changeAt: at,
          from: { plan: 'Pro', paidTaxablePaise: paid },
          to: { plan: 'Enterprise', periodPriceTaxablePaise: paid + extra },
          buyer: sameState ? KA : MH,
        }));
        for (const v of [p.creditPaise, p.chargePaise, p.netTaxablePaise, p.excessCreditPaise, p.gst.taxPaise, p.totalPaise]) {
          expect(Number.isSafeInteger(v) && v >= 0).toBe(true);
        }
        expect(p.excessCreditPaise).toBe(0);
        expect(p.chargePaise - p.creditPaise).toBe(p.netTaxablePaise);
        expect(p.gst.taxablePaise).toBe(p.netTaxablePaise);
        expect(p.netTaxablePaise + p.gst.taxPaise).toBe(p.totalPaise);
        expect(p.creditPaise).toBeLessThanOrEqual(paid);
        expect(p.netTaxablePaise).toBeLessThanOrEqual(extra + 1);
        // Proportional to the time left, to within rounding.
        const exact = ((paid + extra) * p.remainingSeconds) / periodSeconds;
        expect(Math.abs(p.chargePaise - exact)).toBeLessThanOrEqual(0.5 + 1e-6 * exact);
      }),
    );
  });

  it('charges less the later the change comes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: PERIOD_S }), fc.integer({ min: 0, max: PERIOD_S }), (a, b) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        const at = (s: number) => previewPlanChange(input({ changeAt: new Date(START.getTime() + s * 1000) })).totalPaise;
        expect(at(late)).toBeLessThanOrEqual(at(early));
      }),
      { examples: [[12, 13]], numRuns: 2_000 },
    );
  });

  it('charges less the later the change comes, for any two prices and period', () => {
    fc.assert(
      fc.property(change, fc.double({ min: 0, max: 1, noNaN: true }), ({ periodSeconds, elapsedFraction, paid, extra }, laterBy) => {
        const end = new Date(START.getTime() + periodSeconds * 1000);
        const early = Math.floor(elapsedFraction * periodSeconds);
        const late = early + Math.floor(laterBy * (periodSeconds - early));
        const at = (s: number) =>
          previewPlanChange(input({
            periodEnd: end,
            changeAt: new Date(START.getTime() + s * 1000),
            from: { plan: 'Pro', paidTaxablePaise: paid },
            to: { plan: 'Enterprise', periodPriceTaxablePaise: paid + extra },
          }));
        const [a, b] = [at(early), at(late)];
        expect(b.netTaxablePaise).toBeLessThanOrEqual(a.netTaxablePaise);
        expect(b.totalPaise).toBeLessThanOrEqual(a.totalPaise);
        expect(Math.abs(a.creditPaise - (paid * a.remainingSeconds) / periodSeconds)).toBeLessThan(1 + 1e-6 * paid);
      }),
      { numRuns: 2_000 },
    );
  });

  it('refuses bad input, naming the field', () => {
    expectInputError(() => previewPlanChange(input({ from: { plan: 'Pro', paidTaxablePaise: -1 } })), 'from.paidTaxablePaise', /negative/);
    expectInputError(() => previewPlanChange(input({ to: { plan: 'E', periodPriceTaxablePaise: 0.5 } })), 'to.periodPriceTaxablePaise', /whole paise/);
    expectInputError(() => previewPlanChange(input({ changeAt: new Date('2026-05-02T00:00:00Z') })), 'changeAt', /inside the current billing period/);
    expectInputError(() => previewPlanChange(input({ changeAt: new Date('nope') })), 'changeAt', /valid date/);
    expectInputError(() => previewPlanChange(input({ periodEnd: START })), 'periodEnd');
  });
});
