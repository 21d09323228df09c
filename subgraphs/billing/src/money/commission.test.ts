import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkFeeBps, DEFAULT_PLATFORM_FEE_BPS, effectiveFeeBps, splitCommission } from './commission.ts';
import { computeGst } from './gst.ts';
import { findState } from './indian-states.ts';
import { expectInputError } from '../test/input-error.ts';

describe('the commission split of a payment', () => {
  it('takes the default 20 % of the taxable value and gives the partner the rest', () => {
    expect(DEFAULT_PLATFORM_FEE_BPS).toBe(2_000);
    expect(splitCommission({ grossPaise: 117_882, gstPaise: 17_982, feeBps: DEFAULT_PLATFORM_FEE_BPS })).toEqual({
      grossPaise: 117_882,
      gstPaise: 17_982,
      taxablePaise: 99_900,
      feeBps: 2_000,
      platformFeePaise: 19_980,
      partnerNetPaise: 79_920,
    });
  });

  it("uses a solution's own fee when an admin set one", () => {
    expect(effectiveFeeBps(2_000, null)).toBe(2_000);
    expect(effectiveFeeBps(2_000, undefined)).toBe(2_000);
    expect(effectiveFeeBps(2_000, 1_250)).toBe(1_250);
    expect(effectiveFeeBps(2_000, 0)).toBe(0);
    expect(splitCommission({ grossPaise: 1_180, gstPaise: 180, feeBps: 1_250 })).toMatchObject({ platformFeePaise: 125, partnerNetPaise: 875 });
  });

  it('rounds the fee half up to the paisa', () => {
    expect(splitCommission({ grossPaise: 5, gstPaise: 0, feeBps: 1_000 })).toMatchObject({ platformFeePaise: 1, partnerNetPaise: 4 });
    expect(splitCommission({ grossPaise: 4, gstPaise: 0, feeBps: 1_000 })).toMatchObject({ platformFeePaise: 0, partnerNetPaise: 4 });
  });

  it('adds up exactly and never goes negative for any invoice and fee', () => {
    const KA = findState('29')!;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2_000_000_000 }), fc.integer({ min: 0, max: 10_000 }), fc.boolean(), (taxable, feeBps, local) => {
        const gst = computeGst(taxable, { seller: KA, buyer: local ? KA : findState('07') });
        const split = splitCommission({ grossPaise: gst.totalPaise, gstPaise: gst.taxPaise, feeBps });
        expect(split.taxablePaise).toBe(taxable);
        expect(split.taxablePaise + split.gstPaise).toBe(split.grossPaise);
        expect(split.platformFeePaise + split.partnerNetPaise).toBe(split.taxablePaise);
        expect(split.platformFeePaise).toBeGreaterThanOrEqual(0);
        expect(split.partnerNetPaise).toBeGreaterThanOrEqual(0);
        expect(Math.abs(split.platformFeePaise * 10_000 - taxable * feeBps)).toBeLessThanOrEqual(5_000);
      }),
    );
  });

  it('refuses bad input, naming the field', () => {
    expectInputError(() => splitCommission({ grossPaise: -100, gstPaise: 0, feeBps: 2_000 }), 'grossPaise', /negative/);
    expectInputError(() => splitCommission({ grossPaise: 100.25, gstPaise: 0, feeBps: 2_000 }), 'grossPaise', /whole paise/);
    expectInputError(() => splitCommission({ grossPaise: 100, gstPaise: 101, feeBps: 2_000 }), 'gstPaise', /exceed/);
    expectInputError(() => splitCommission({ grossPaise: 100, gstPaise: 0, feeBps: 10_001 }), 'feeBps');
    expectInputError(() => splitCommission({ grossPaise: 100, gstPaise: 0, feeBps: 12.5 }), 'feeBps');
    expectInputError(() => checkFeeBps('input.feeBps', -1), 'input.feeBps', /basis points/);
  });
});
