import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeGst, gstOfTotal, placeOfSupply } from './gst.ts';
import { findState, INDIAN_STATES } from './indian-states.ts';
import { MAX_PAISE } from './paise.ts';
import { expectInputError } from '../test/input-error.ts';

const KA = findState('29')!;
const MH = findState('27')!;
const CH = findState('Chandigarh')!;
const paise = fc.bigInt({ min: 0n, max: BigInt(MAX_PAISE) }).map(Number);
const anyState = fc.constantFrom(...INDIAN_STATES);

describe('GST on a taxable value', () => {
  it('charges CGST 9 % + SGST 9 % when buyer and seller are in the same state', () => {
    const gst = computeGst(99_900, { seller: KA, buyer: KA });
    expect(gst).toMatchObject({ supply: 'intra-state', cgstPaise: 8_991, sgstPaise: 8_991, igstPaise: 0, taxPaise: 17_982, totalPaise: 117_882, localTax: 'SGST' });
    expect([gst.cgstRateBps, gst.sgstRateBps, gst.igstRateBps]).toEqual([900, 900, 0]);
  });

  it('charges IGST 18 % across states', () => {
    const gst = computeGst(99_900, { seller: KA, buyer: MH });
    expect(gst).toMatchObject({ supply: 'inter-state', cgstPaise: 0, sgstPaise: 0, igstPaise: 17_982, totalPaise: 117_882 });
    expect(gst.placeOfSupply.name).toBe('Maharashtra');
  });

  it("treats a buyer without a state as supplied in the seller's state (IGST Act s. 12(2)(b)(ii))", () => {
    expect(placeOfSupply(KA, null)).toBe(KA);
    expect(computeGst(1_000, { seller: KA })).toMatchObject({ supply: 'intra-state', cgstPaise: 90, sgstPaise: 90 });
  });

  it('rounds each levy half up on its own, so CGST and SGST are always equal', () => {
    expect(computeGst(50, { seller: KA, buyer: KA })).toMatchObject({ cgstPaise: 5, sgstPaise: 5, taxPaise: 10 });
    expect(computeGst(50, { seller: KA, buyer: MH })).toMatchObject({ igstPaise: 9, taxPaise: 9 });
    expect(computeGst(0, { seller: KA, buyer: MH }).totalPaise).toBe(0);
  });

  it('calls the local half UTGST in a union territory without a legislature', () => {
    expect(computeGst(10_000, { seller: CH, buyer: CH }).localTax).toBe('UTGST');
    expect(computeGst(10_000, { seller: findState('Delhi')!, buyer: null }).localTax).toBe('SGST');
  });

  it('always adds up exactly, is never negative, and is 18 % to within a paisa', () => {
    fc.assert(
      fc.property(paise, anyState, fc.option(anyState), (taxable, seller, buyer) => {
        const gst = computeGst(taxable, { seller, buyer });
        const parts = [gst.cgstPaise, gst.sgstPaise, gst.igstPaise, gst.taxPaise, gst.totalPaise];
        expect(parts.every((p) => Number.isSafeInteger(p) && p >= 0)).toBe(true);
        expect(gst.cgstPaise + gst.sgstPaise + gst.igstPaise).toBe(gst.taxPaise);
        expect(gst.taxablePaise + gst.taxPaise).toBe(gst.totalPaise);
        expect(gst.supply === 'intra-state').toBe((buyer ?? seller).code === seller.code);
        if (gst.supply === 'intra-state') expect(gst.cgstPaise).toBe(gst.sgstPaise);
        else expect(gst.cgstPaise + gst.sgstPaise).toBe(0);
        expect(Math.abs(gst.taxPaise * 100 - taxable * 18)).toBeLessThanOrEqual(100);
      }),
    );
  });

  it('never taxes a larger value less, and intra- and inter-state tax differ by at most a paisa', () => {
    fc.assert(
      fc.property(paise, paise, (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        for (const buyer of [KA, MH]) {
          expect(computeGst(lo, { seller: KA, buyer }).taxPaise).toBeLessThanOrEqual(computeGst(hi, { seller: KA, buyer }).taxPaise);
        }
        expect(Math.abs(computeGst(a, { seller: KA, buyer: KA }).taxPaise - computeGst(a, { seller: KA, buyer: MH }).taxPaise)).toBeLessThanOrEqual(1);
      }),
    );
  });

  it.each([
    ['negative', -1, /must not be negative/],
    ['a fraction of a paisa', 10.5, /whole paise/],
    ['not a number', Number.NaN, /amount in paise/],
    ['a string', '100' as unknown as number, /amount in paise/],
    ['too large', MAX_PAISE + 1, /largest amount/],
  ])('refuses a taxable value that is %s, naming the field', (_, value, message) => {
    expectInputError(() => computeGst(value, { seller: KA, buyer: KA }, 'lines[0].taxablePaise'), 'lines[0].taxablePaise', message);
  });
});

describe('the GST inside an amount paid', () => {
  it('gives back exactly the breakdown computeGst priced', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), anyState, anyState, (taxable, seller, buyer) => {
        const priced = computeGst(taxable, { seller, buyer });
        expect(gstOfTotal(priced.totalPaise, { seller, buyer })).toEqual(priced);
      }),
    );
  });

  it('comes to any amount exactly, the levies within a paisa of their rate, never less', () => {
    fc.assert(
      fc.property(paise, anyState, anyState, (total, seller, buyer) => {
        const gst = gstOfTotal(total, { seller, buyer });
        expect(gst.taxablePaise + gst.cgstPaise + gst.sgstPaise + gst.igstPaise).toBe(total);
        const priced = computeGst(gst.taxablePaise, { seller, buyer });
        for (const levy of ['cgstPaise', 'sgstPaise', 'igstPaise'] as const) expect([0, 1]).toContain(gst[levy] - priced[levy]);
      }),
    );
    // ₹1.18 is 100 paise + 18 IGST; intra-state 2 paise are stepped over and go to the levies, CGST first.
    expect(gstOfTotal(118, { seller: KA, buyer: MH })).toMatchObject({ taxablePaise: 100, igstPaise: 18 });
    expect(gstOfTotal(125, { seller: KA, buyer: KA })).toMatchObject({ taxablePaise: 105, cgstPaise: 10, sgstPaise: 10, totalPaise: 125 });
    expect(gstOfTotal(124, { seller: KA, buyer: KA })).toMatchObject({ taxablePaise: 105, cgstPaise: 10, sgstPaise: 9, totalPaise: 124 });
  });

  it('refuses a fraction or a negative amount, naming the field', () => {
    expectInputError(() => gstOfTotal(-1, { seller: KA }, 'amount'), 'amount');
    expectInputError(() => gstOfTotal(1.5, { seller: KA }, 'amount'), 'amount');
  });
});
