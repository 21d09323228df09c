import { checkFields, InputError } from '@marketplace/shared';
import { amountInWords } from '../money/amount-in-words.ts';
import { financialYearOf, formatIstDate, istDateString } from '../money/financial-year.ts';
import { breakdown, computeGst, type GstBreakdown, gstOfTotal } from '../money/gst.ts';
import { checkGstin } from '../money/gstin.ts';
import { type IndianState, requireState } from '../money/indian-states.ts';
import { BPS, checkPaise, mulDivHalfUp } from '../money/paise.ts';
import type { PlanChangeLine, PlanChangePreview } from '../money/proration.ts';
import { formatDocumentNumber, type TaxDocumentKind } from './document-number.ts';
import { checkText, type Seller } from './seller.ts';

/**
 * The tax invoice and the credit note as data: everything rule 46 (invoice) and rule 53 (credit note) of the
 * CGST Rules ask a document to show, frozen at issue. The PDF is rendered from this and nothing else, so a
 * stored document can always be rendered again, byte for byte.
 */

export interface Buyer {
  name: string;
  email: string;
  /** Registered buyers only; its state is the buyer's state. */
  gstin: string | null;
  /** Null when the buyer gave none (then the place of supply is the seller's state). */
  state: IndianState | null;
  addressLines: string[];
}

export interface DocumentLine {
  /** A credit line (unused time of the previous plan) subtracts from the charges. */
  kind: 'charge' | 'credit';
  description: string;
  sac: string;
  /** Service period, [start, end) ISO; null on credit-note lines. */
  periodStart: string | null;
  periodEnd: string | null;
  /** ≥ 0; the sign comes from `kind`. */
  taxablePaise: number;
}

export interface CreditNoteReference {
  invoiceId: string;
  invoiceNumber: string;
  /** The invoice's date in India, `YYYY-MM-DD`. */
  invoiceDate: string;
  reason: string;
}

export interface TaxDocument {
  kind: TaxDocumentKind;
  id: string;
  /** e.g. `MP/26-27/0000042`. */
  number: string;
  /** `2026-27`. */
  financialYear: string;
  /** Position in its series of the year, from 1, without gaps. */
  sequence: number;
  issuedAt: string;
  /** The date in India, `YYYY-MM-DD`. */
  issueDate: string;
  seller: Seller;
  buyer: Buyer;
  customerId: string;
  /** Invoices: the payment it is for. Credit notes: the caller's reference (e.g. the refund id). */
  reference: string;
  lines: DocumentLine[];
  tax: GstBreakdown;
  totalInWords: string;
  /** Tax payable on reverse charge: never for our supplies, printed because rule 46 asks. */
  reverseCharge: false;
  creditNote: CreditNoteReference | null;
}

export interface BuyerInput {
  name: string;
  email: string;
  gstin?: string | null;
  /** GST state code or name; required neither with nor without a GSTIN, checked against it when both. */
  stateCode?: string | null;
  addressLines?: string[] | null;
}

export interface InvoiceLineInput {
  kind?: 'charge' | 'credit';
  solutionName: string;
  /** e.g. `pro`, `enterprise`. */
  tier: string;
  periodStart: Date;
  periodEnd: Date;
  taxablePaise: number;
}

export interface InvoiceRequest {
  /** The payment the invoice is for (Razorpay `pay_…`): the idempotency key and the printed payment reference. */
  paymentId: string;
  customerId: string;
  buyer: BuyerInput;
  lines: InvoiceLineInput[];
  /**
   * The amount actually captured: when given, the invoice's tax is the GST inside it (`gstOfTotal`) and the
   * lines must come to its taxable value, so the invoice total equals it to the paisa.
   */
  amountPaidPaise?: number | null;
}

export interface CheckedInvoice {
  paymentId: string;
  customerId: string;
  buyer: Buyer;
  lines: DocumentLine[];
  tax: GstBreakdown;
}

export const MAX_LINES = 20;
const REFERENCE = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * The invoice lines of a confirmed plan change: the new plan for the rest of the period, less the unused
 * time of the old one (capped at the charge; any excess is the preview's `excessCreditPaise`), so the invoice
 * comes to exactly the total the customer saw.
 */
export function planChangeLines(preview: PlanChangePreview, solutionName: string): InvoiceLineInput[] {
  const [credit, charge] = preview.lines;
  const line = (l: PlanChangeLine, taxablePaise: number): InvoiceLineInput => ({
    kind: l.kind,
    solutionName,
    tier: l.plan,
    periodStart: new Date(l.from),
    periodEnd: new Date(l.to),
    taxablePaise,
  });
  return [line(charge, charge.amountPaise), line(credit, credit.amountPaise - preview.excessCreditPaise)];
}

/** Checks everything an invoice needs before any number is taken; an InputError names the field at fault. */
export function checkInvoiceRequest(request: InvoiceRequest, seller: Seller): CheckedInvoice {
  const paymentId = checkReference('paymentId', request.paymentId);
  const customerId = checkReference('customerId', request.customerId);
  const buyer = checkBuyer('buyer', request.buyer);
  if (!Array.isArray(request.lines) || request.lines.length === 0 || request.lines.length > MAX_LINES) {
    throw new InputError('lines', `An invoice has 1 to ${MAX_LINES} lines.`);
  }
  const lines = request.lines.map((line, i) => checkLine(`lines[${i}]`, line, seller.sac));
  const taxable = lines.reduce((sum, l) => sum + (l.kind === 'charge' ? l.taxablePaise : -l.taxablePaise), 0);
  if (taxable < 0) throw new InputError('lines', 'The credits on an invoice cannot exceed its charges.');
  const parties = { seller: seller.state, buyer: buyer.state };
  if (request.amountPaidPaise == null) return { paymentId, customerId, buyer, lines, tax: computeGst(taxable, parties, 'lines') };
  // The invoice states the consideration received: its tax is the GST inside the amount paid.
  const tax = gstOfTotal(checkPaise('amountPaidPaise', request.amountPaidPaise), parties, 'amountPaidPaise');
  if (tax.taxablePaise !== taxable) {
    throw new InputError('amountPaidPaise', `The payment (${tax.totalPaise} paise) does not match the invoice total (${computeGst(taxable, parties).totalPaise} paise).`);
  }
  return { paymentId, customerId, buyer, lines, tax };
}

/** The invoice numbered `sequence` of its series, issued at `issuedAt`. */
export function buildInvoice(checked: CheckedInvoice, seller: Seller, id: string, sequence: number, issuedAt: Date): TaxDocument {
  const year = financialYearOf(issuedAt);
  return {
    kind: 'invoice',
    id,
    number: formatDocumentNumber(seller.invoicePrefix, year, sequence),
    financialYear: year.label,
    sequence,
    issuedAt: issuedAt.toISOString(),
    issueDate: istDateString(issuedAt),
    seller,
    buyer: checked.buyer,
    customerId: checked.customerId,
    reference: checked.paymentId,
    lines: checked.lines,
    tax: checked.tax,
    totalInWords: amountInWords(checked.tax.totalPaise),
    reverseCharge: false,
    creditNote: null,
  };
}

/** What earlier credit notes already took back from an invoice. */
export interface Credited {
  taxablePaise: number;
  cgstPaise: number;
  sgstPaise: number;
  igstPaise: number;
}

export const NOTHING_CREDITED: Credited = Object.freeze({ taxablePaise: 0, cgstPaise: 0, sgstPaise: 0, igstPaise: 0 });

export interface CreditNoteRequest {
  invoiceId: string;
  /** Idempotency key, e.g. the refund id: the same reference never yields a second credit note. */
  reference: string;
  /** Taxable value to credit; absent: everything not yet credited. */
  taxablePaise?: number | null;
  /** Instead: the amount returned, tax included (a refund): the note's total is exactly this. */
  totalPaise?: number | null;
  reason: string;
}

/**
 * The tax of a credit note of `taxablePaise` against `invoice`: the invoice's own rates and place of supply,
 * each levy capped at what is left of it, and exactly what is left when the note credits the rest, so the
 * notes of an invoice never return more tax than it charged. Errors name `taxablePaise`.
 */
export function creditNoteTax(invoice: TaxDocument, credited: Credited, taxablePaise: number): GstBreakdown {
  const left = invoice.tax.taxablePaise - credited.taxablePaise;
  checkPaise('taxablePaise', taxablePaise, { positive: true });
  if (taxablePaise > left) {
    throw new InputError('taxablePaise', `Only ${left} paise of invoice ${invoice.number} are left to credit.`);
  }
  const rest = {
    cgst: invoice.tax.cgstPaise - credited.cgstPaise,
    sgst: invoice.tax.sgstPaise - credited.sgstPaise,
    igst: invoice.tax.igstPaise - credited.igstPaise,
  };
  const { supply, placeOfSupply } = invoice.tax;
  if (taxablePaise === left) return breakdown(taxablePaise, placeOfSupply, supply, rest.cgst, rest.sgst, rest.igst);
  const levy = (rateBps: number, cap: number) => Math.min(cap, mulDivHalfUp(taxablePaise, rateBps, BPS));
  return breakdown(
    taxablePaise,
    placeOfSupply,
    supply,
    levy(invoice.tax.cgstRateBps, rest.cgst),
    levy(invoice.tax.sgstRateBps, rest.sgst),
    levy(invoice.tax.igstRateBps, rest.igst),
  );
}

/**
 * The tax of a credit note returning `totalPaise` (a refund: tax included) against `invoice`, so that the note
 * states exactly the amount returned: everything left of the invoice when that is what it returns (or more: an
 * earlier note rounded up); else the largest taxable value whose levies at the invoice's rates fit, the paisa or
 * two the rounding steps over going to the levies (CGST first), each levy capped at what is left of it.
 */
export function creditNoteTaxOfTotal(invoice: TaxDocument, credited: Credited, totalPaise: number): GstBreakdown {
  checkPaise('totalPaise', totalPaise, { positive: true });
  const left = invoice.tax.taxablePaise - credited.taxablePaise;
  const rest = [invoice.tax.cgstPaise - credited.cgstPaise, invoice.tax.sgstPaise - credited.sgstPaise, invoice.tax.igstPaise - credited.igstPaise];
  const rates = [invoice.tax.cgstRateBps, invoice.tax.sgstRateBps, invoice.tax.igstRateBps];
  if (totalPaise >= left + rest[0]! + rest[1]! + rest[2]!) {
    // All that is left (tax only, when rounding returned the whole taxable value first).
    return left > 0 ? creditNoteTax(invoice, credited, left) : breakdown(0, invoice.tax.placeOfSupply, invoice.tax.supply, rest[0]!, rest[1]!, rest[2]!);
  }
  const levies = (taxable: number) => rates.map((rate, i) => Math.min(rest[i]!, mulDivHalfUp(taxable, rate, BPS)));
  const totalOf = (taxable: number) => taxable + levies(taxable).reduce((a, b) => a + b, 0);
  // An exact estimate, then settled by the rounding rules themselves (the total never falls as the taxable rises).
  let taxable = Math.min(left, Number((BigInt(totalPaise) * BigInt(BPS)) / BigInt(BPS + rates[0]! + rates[1]! + rates[2]!)));
  while (taxable < left && totalOf(taxable + 1) <= totalPaise) taxable += 1;
  while (taxable > 0 && totalOf(taxable) > totalPaise) taxable -= 1;
  const tax = levies(taxable);
  let over = totalPaise - totalOf(taxable);
  for (let i = 0; i < tax.length && over > 0; i++) {
    const room = Math.min(over, rest[i]! - tax[i]!);
    if (rates[i]! === 0 || room <= 0) continue;
    tax[i]! += room;
    over -= room;
  }
  // Unreachable: with every levy at its cap, one more paisa of taxable value would still have fitted.
  if (over > 0) throw new Error(`a credit note of ${totalPaise} paise against ${invoice.number} does not add up`);
  const { supply, placeOfSupply } = invoice.tax;
  return breakdown(taxable, placeOfSupply, supply, tax[0]!, tax[1]!, tax[2]!);
}

/** The credit note numbered `sequence` against `invoice`; seller and buyer as on the invoice. */
export function buildCreditNote(
  invoice: TaxDocument,
  tax: GstBreakdown,
  request: { reference: string; reason: string },
  numbering: { id: string; prefix: string; sequence: number; issuedAt: Date },
): TaxDocument {
  const year = financialYearOf(numbering.issuedAt);
  return {
    kind: 'credit-note',
    id: numbering.id,
    number: formatDocumentNumber(numbering.prefix, year, numbering.sequence),
    financialYear: year.label,
    sequence: numbering.sequence,
    issuedAt: numbering.issuedAt.toISOString(),
    issueDate: istDateString(numbering.issuedAt),
    seller: invoice.seller,
    buyer: invoice.buyer,
    customerId: invoice.customerId,
    reference: request.reference,
    lines: [
      {
        kind: 'charge',
        description: `Credit against invoice ${invoice.number} dated ${formatIstDate(new Date(invoice.issuedAt))}: ${request.reason}`,
        sac: invoice.seller.sac,
        periodStart: null,
        periodEnd: null,
        taxablePaise: tax.taxablePaise,
      },
    ],
    tax,
    totalInWords: amountInWords(tax.totalPaise),
    reverseCharge: false,
    creditNote: {
      invoiceId: invoice.id,
      invoiceNumber: invoice.number,
      invoiceDate: invoice.issueDate,
      reason: request.reason,
    },
  };
}

/** Checks the shape of a credit-note request (the amount is checked against the invoice later). */
export function checkCreditNoteRequest(request: CreditNoteRequest): CreditNoteRequest {
  const reference = checkReference('reference', request.reference);
  const invoiceId = checkReference('invoiceId', request.invoiceId);
  const reason = checkText('reason', request.reason);
  if (request.taxablePaise != null) checkPaise('taxablePaise', request.taxablePaise, { positive: true });
  if (request.totalPaise != null) {
    checkPaise('totalPaise', request.totalPaise, { positive: true });
    if (request.taxablePaise != null) throw new InputError('totalPaise', 'Give the taxable value or the total of a credit note, not both.');
  }
  return { invoiceId, reference, reason, taxablePaise: request.taxablePaise ?? null, totalPaise: request.totalPaise ?? null };
}

/** A buyer as invoices carry it; fields named under `field` (e.g. `buyer.gstin`). */
export function checkBuyer(field: string, input: BuyerInput): Buyer {
  if (!input || typeof input !== 'object') throw new InputError(field, `${field} is required.`);
  const statedState = () => (input.stateCode == null || input.stateCode === '' ? null : requireState(`${field}.stateCode`, input.stateCode));
  // Every part is checked and all problems are refused at once; the GSTIN is held to the stated state when that one is valid.
  const checked = checkFields({
    name: () => checkText(`${field}.name`, input.name),
    email: () => checkText(`${field}.email`, input.email, 254),
    gstin: () => {
      if (input.gstin == null || input.gstin === '') return null;
      let stated: IndianState | null = null;
      try {
        stated = statedState();
      } catch {
        stated = null; // refused below, on its own field
      }
      return checkGstin(`${field}.gstin`, input.gstin, stated ? { field: `${field}.stateCode`, state: stated } : undefined);
    },
    stated: statedState,
    addressLines: () => {
      const lines = input.addressLines ?? [];
      if (!Array.isArray(lines) || lines.length > 4) throw new InputError(`${field}.addressLines`, 'At most 4 address lines.');
      return checkFields(Object.fromEntries(lines.map((line, i) => [i, () => checkText(`${field}.addressLines[${i}]`, line)])));
    },
  });
  return {
    name: checked.name,
    email: checked.email,
    gstin: checked.gstin?.value ?? null,
    state: checked.gstin?.state ?? checked.stated,
    addressLines: Object.values(checked.addressLines),
  };
}

function checkLine(field: string, line: InvoiceLineInput, sac: string): DocumentLine {
  const kind = line.kind ?? 'charge';
  if (kind !== 'charge' && kind !== 'credit') throw new InputError(`${field}.kind`, `${field}.kind must be charge or credit.`);
  const solution = checkText(`${field}.solutionName`, line.solutionName);
  const tier = checkText(`${field}.tier`, line.tier, 40);
  const start = line.periodStart instanceof Date ? line.periodStart.getTime() : Number.NaN;
  const end = line.periodEnd instanceof Date ? line.periodEnd.getTime() : Number.NaN;
  if (Number.isNaN(start)) throw new InputError(`${field}.periodStart`, `${field}.periodStart must be a valid date.`);
  if (Number.isNaN(end) || end <= start) throw new InputError(`${field}.periodEnd`, `${field}.periodEnd must be after periodStart.`);
  const taxablePaise = checkPaise(`${field}.taxablePaise`, line.taxablePaise);
  const plan = `${tier.charAt(0).toUpperCase()}${tier.slice(1)} plan`;
  const period = `${formatIstDate(new Date(start))} – ${formatIstDate(new Date(end - 1))}`;
  return {
    kind,
    description: kind === 'charge' ? `${solution} — ${plan}, ${period}` : `Less: unused ${solution} — ${plan}, ${period}`,
    sac,
    periodStart: new Date(start).toISOString(),
    periodEnd: new Date(end).toISOString(),
    taxablePaise,
  };
}

function checkReference(field: string, value: unknown): string {
  if (typeof value !== 'string' || !REFERENCE.test(value)) {
    throw new InputError(field, `${field} must be 1 to 64 letters, digits, "_" or "-".`);
  }
  return value;
}
