import { InputError } from '@marketplace/shared';
import { BPS, checkPaise, mulDivHalfUp } from './paise.ts';

/**
 * How one customer payment divides between the platform and the partner whose solution was paid for.
 * The GST in the payment is the platform's (it supplies the customer and remits the tax), so the split is of
 * the taxable value: platform fee = round(taxable × fee bps), half up; partner net = taxable − fee.
 * (GST on the platform's fee charged to the partner is a separate supply, invoiced to the partner.)
 */

/** The platform's fee unless an admin changes the setting: 20 %. */
export const DEFAULT_PLATFORM_FEE_BPS = 2_000;

/** `value` as a fee in basis points (0-10 000, whole), or an InputError naming `field`. */
export function checkFeeBps(field: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > BPS) {
    throw new InputError(field, `${field} must be whole basis points from 0 to 10000 (20 % is 2000).`);
  }
  return value;
}

/** The fee for a solution: its own override when an admin set one, else the platform default. */
export function effectiveFeeBps(platformDefaultBps: number, solutionOverrideBps?: number | null): number {
  return solutionOverrideBps ?? platformDefaultBps;
}

export interface CommissionSplit {
  /** What the customer paid, GST included. */
  grossPaise: number;
  gstPaise: number;
  /** gross − GST. */
  taxablePaise: number;
  feeBps: number;
  platformFeePaise: number;
  /** taxable − platform fee: what the partner is owed. */
  partnerNetPaise: number;
}

/** Splits a payment of `grossPaise` that holds `gstPaise` of GST (both from its invoice). */
export function splitCommission(input: { grossPaise: number; gstPaise: number; feeBps: number }): CommissionSplit {
  const grossPaise = checkPaise('grossPaise', input.grossPaise);
  const gstPaise = checkPaise('gstPaise', input.gstPaise);
  const feeBps = checkFeeBps('feeBps', input.feeBps);
  if (gstPaise > grossPaise) throw new InputError('gstPaise', 'gstPaise cannot exceed grossPaise.');
  const taxablePaise = grossPaise - gstPaise;
  const platformFeePaise = mulDivHalfUp(taxablePaise, feeBps, BPS);
  return {
    grossPaise,
    gstPaise,
    taxablePaise,
    feeBps,
    platformFeePaise,
    partnerNetPaise: taxablePaise - platformFeePaise,
  };
}
