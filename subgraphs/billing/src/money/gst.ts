import type { IndianState } from './indian-states.ts';
import { checkPaise, mulDivHalfUp, BPS } from './paise.ts';

/**
 * GST on our supplies (API access, SAC 9983xx: 18 %). Tier prices are exclusive of GST; the tax is added on top.
 *
 * Place of supply (IGST Act s. 12(2), services to a person in India): the recipient's location when we know
 * it — the state of a registered buyer's GSTIN, or the state an unregistered buyer gave — and otherwise the
 * location of the supplier, i.e. our own state. A buyer without a state therefore pays CGST + SGST as if
 * local. Same state as ours → intra-state: CGST 9 % + SGST (UTGST in union territories without a
 * legislature) 9 %. Any other state → inter-state: IGST 18 %.
 *
 * Rounding: each levy is its own tax, so each is rounded half up to the paisa on its own
 * (CGST = SGST = round(9 % of taxable), IGST = round(18 % of taxable)). The total is taxable + the levies, so
 * the parts always add up exactly; intra- and inter-state tax on the same value differ by at most one paisa.
 */
export const GST_RATE_BPS = 1_800;
const HALF_RATE_BPS = GST_RATE_BPS / 2;

export type SupplyType = 'intra-state' | 'inter-state';

export interface GstBreakdown {
  taxablePaise: number;
  supply: SupplyType;
  /** The state whose GST applies (printed as "Place of supply"). */
  placeOfSupply: IndianState;
  /** Rate of each levy in basis points: 900 for CGST and SGST/UTGST, 1800 for IGST, 0 when not levied. */
  cgstRateBps: number;
  sgstRateBps: number;
  igstRateBps: number;
  cgstPaise: number;
  /** SGST, or UTGST when `localTax` says so. */
  sgstPaise: number;
  localTax: 'SGST' | 'UTGST';
  igstPaise: number;
  /** cgst + sgst + igst. */
  taxPaise: number;
  /** taxable + tax. */
  totalPaise: number;
}

/** Where the supply is taxed: the buyer's state when known, else the seller's (see the module comment). */
export function placeOfSupply(seller: IndianState, buyer: IndianState | null | undefined): IndianState {
  return buyer ?? seller;
}

/** The GST on `taxablePaise` (checked: integer, not negative; errors name `field`). */
export function computeGst(
  taxablePaise: number,
  parties: { seller: IndianState; buyer?: IndianState | null },
  field = 'taxablePaise',
): GstBreakdown {
  checkPaise(field, taxablePaise);
  const place = placeOfSupply(parties.seller, parties.buyer);
  if (place.code === parties.seller.code) {
    const half = mulDivHalfUp(taxablePaise, HALF_RATE_BPS, BPS);
    return breakdown(taxablePaise, place, 'intra-state', half, half, 0);
  }
  return breakdown(taxablePaise, place, 'inter-state', 0, 0, mulDivHalfUp(taxablePaise, GST_RATE_BPS, BPS));
}

/**
 * The GST inside an amount paid (a tax-inclusive consideration): the largest taxable value whose GST by the
 * rules above fits in `totalPaise`, so `totalPaise` of an amount `computeGst` priced gives back exactly that
 * breakdown. A total those rules step over (each levy's rounding can add a paisa to two) leaves a paisa or
 * two, which goes to the levies (CGST first), never the taxable value: the invoice then states exactly the
 * amount paid and never less tax than its taxable value owes. Errors name `field`.
 */
export function gstOfTotal(
  totalPaise: number,
  parties: { seller: IndianState; buyer?: IndianState | null },
  field = 'totalPaise',
): GstBreakdown {
  checkPaise(field, totalPaise);
  // Exact integer estimate, then settled by the rounding rules themselves (total is strictly increasing).
  let taxable = Number((BigInt(totalPaise) * BigInt(BPS)) / BigInt(BPS + GST_RATE_BPS));
  while (computeGst(taxable + 1, parties, field).totalPaise <= totalPaise) taxable += 1;
  while (taxable > 0 && computeGst(taxable, parties, field).totalPaise > totalPaise) taxable -= 1;
  const gst = computeGst(taxable, parties, field);
  const left = totalPaise - gst.totalPaise;
  if (left === 0) return gst;
  if (gst.supply === 'inter-state') return breakdown(taxable, gst.placeOfSupply, gst.supply, 0, 0, gst.igstPaise + left);
  return breakdown(taxable, gst.placeOfSupply, gst.supply, gst.cgstPaise + Math.ceil(left / 2), gst.sgstPaise + Math.floor(left / 2), 0);
}

/**
 * A breakdown with given levies (for a credit note that returns exactly what is left of its invoice's tax);
 * the rates come from the supply type.
 */
export function breakdown(
  taxablePaise: number,
  place: IndianState,
  supply: SupplyType,
  cgstPaise: number,
  sgstPaise: number,
  igstPaise: number,
): GstBreakdown {
  const intra = supply === 'intra-state';
  const taxPaise = cgstPaise + sgstPaise + igstPaise;
  return {
    taxablePaise,
    supply,
    placeOfSupply: place,
    cgstRateBps: intra ? HALF_RATE_BPS : 0,
    sgstRateBps: intra ? HALF_RATE_BPS : 0,
    igstRateBps: intra ? 0 : GST_RATE_BPS,
    cgstPaise,
    sgstPaise,
    localTax: place.localTax,
    igstPaise,
    taxPaise,
    totalPaise: taxablePaise + taxPaise,
  };
}

/** `9%`, `18%`, `12.5%` from basis points, as invoices print a rate. */
export const formatRate = (bps: number) => `${bps / 100}%`;
