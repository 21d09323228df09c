import { InputError } from '@marketplace/shared';
import { computeGst, type GstBreakdown } from './gst.ts';
import type { IndianState } from './indian-states.ts';
import { checkPaise, mulDivHalfUp } from './paise.ts';

/**
 * Proration of an immediate plan change (Pro → Enterprise) in the middle of a billing period. The new plan
 * starts now and ends with the current period, so:
 *   charge = new plan's price for a whole period × remaining seconds / period seconds
 *   net taxable = (new price − paid for the current period) × remaining seconds / period seconds (never below zero)
 *   credit = charge − net (the unused part of what was paid), GST on the net, total = net + GST.
 * The charge and the net are each rounded half-up once (the credit is their difference), so a pricier plan never
 * yields a negative net, a later change never costs more, a change at the very start charges exactly the
 * difference and a change at the end charges nothing. Amounts are exclusive
 * of GST (the paid amount is the taxable value of the current period's invoice). When the credit is larger
 * than the charge (a cheaper plan, or a discounted current period) the net is zero and the rest is reported as
 * `excessCreditPaise`: this change does not refund it — the caller decides (a credit note against the paid
 * invoice, or a refusal).
 */
export interface PlanChangeInput {
  /** The current billing period, [start, end). */
  periodStart: Date;
  periodEnd: Date;
  /** When the change takes effect (now, from the caller's clock). */
  changeAt: Date;
  from: { plan: string; paidTaxablePaise: number };
  to: { plan: string; periodPriceTaxablePaise: number };
  seller: IndianState;
  buyer?: IndianState | null;
}

export interface PlanChangeLine {
  kind: 'credit' | 'charge';
  plan: string;
  /** Always ≥ 0; a credit subtracts. */
  amountPaise: number;
  from: string;
  to: string;
}

/** What the customer sees and confirms before an immediate plan change. */
export interface PlanChangePreview {
  lines: [PlanChangeLine, PlanChangeLine];
  creditPaise: number;
  chargePaise: number;
  netTaxablePaise: number;
  excessCreditPaise: number;
  gst: GstBreakdown;
  totalPaise: number;
  changeAt: string;
  periodEnd: string;
  remainingSeconds: number;
  periodSeconds: number;
}

export function previewPlanChange(input: PlanChangeInput): PlanChangePreview {
  const paid = checkPaise('from.paidTaxablePaise', input.from.paidTaxablePaise);
  const price = checkPaise('to.periodPriceTaxablePaise', input.to.periodPriceTaxablePaise);
  const start = checkDate('periodStart', input.periodStart);
  const end = checkDate('periodEnd', input.periodEnd);
  const at = checkDate('changeAt', input.changeAt);
  const periodSeconds = Math.floor((end - start) / 1000);
  if (periodSeconds <= 0) throw new InputError('periodEnd', 'periodEnd must be at least a second after periodStart.');
  if (at < start || at > end) throw new InputError('changeAt', 'changeAt must fall inside the current billing period.');
  const remainingSeconds = Math.min(periodSeconds, Math.floor((end - at) / 1000));

  const chargePaise = mulDivHalfUp(price, remainingSeconds, periodSeconds);
  // A pricier plan: the net is the difference pro rata, rounded once, so a later change never costs a paisa more
  // (two separately rounded lines can); the credit line is what makes the lines add up, within a paisa of pro rata.
  // A cheaper plan: both lines pro rata, the net is zero and the rest is excess credit.
  const netTaxablePaise = price >= paid ? mulDivHalfUp(price - paid, remainingSeconds, periodSeconds) : 0;
  const creditPaise = price >= paid ? chargePaise - netTaxablePaise : mulDivHalfUp(paid, remainingSeconds, periodSeconds);
  const gst = computeGst(netTaxablePaise, { seller: input.seller, buyer: input.buyer });
  const from = new Date(at).toISOString();
  const to = new Date(end).toISOString();
  return {
    lines: [
      { kind: 'credit', plan: input.from.plan, amountPaise: creditPaise, from, to },
      { kind: 'charge', plan: input.to.plan, amountPaise: chargePaise, from, to },
    ],
    creditPaise,
    chargePaise,
    netTaxablePaise,
    excessCreditPaise: Math.max(0, creditPaise - chargePaise),
    gst,
    totalPaise: gst.totalPaise,
    changeAt: from,
    periodEnd: to,
    remainingSeconds,
    periodSeconds,
  };
}

function checkDate(field: string, value: unknown): number {
  const ms = value instanceof Date ? value.getTime() : Number.NaN;
  if (Number.isNaN(ms)) throw new InputError(field, `${field} must be a valid date.`);
  return ms;
}
