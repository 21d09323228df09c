import { toConnection, type Page } from '@marketplace/shared';
import type { OfferRecord } from '../data/offer.repository.ts';
import { offerStatus } from '../data/offer.repository.ts';
import type { SubscriptionRecord } from '../data/subscription.repository.ts';
import type { GstBreakdown } from '../money/gst.ts';
import { GST_RATE_BPS } from '../money/gst.ts';
import type { RevenueRowView } from '../services/revenue.service.ts';
import { priceOfCycle } from '../services/subscription-state.ts';
import type { CheckoutView, ChangePreview } from '../services/subscription.service.ts';
import type { TaxDocument } from '../services/tax-document.ts';
import { BillingProfile } from './billing-profile.entity.ts';
import { CheckoutSession } from './checkout.entity.ts';
import { EnterpriseOffer } from './enterprise-offer.entity.ts';
import { Invoice, InvoiceConnection } from './invoice.entity.ts';
import { money, TaxedPrice, taxedPrice } from './money.entity.ts';
import { PlanChangePreview } from './plan-change.entity.ts';
import { RevenueRow } from './revenue.entity.ts';
import { solutionStub } from './solution.entity.ts';
import { Subscription } from './subscription.entity.ts';
import { userStub } from './user.entity.ts';
import type { ProfileView } from '../services/profile.service.ts';

const date = (iso: string | null) => (iso === null ? null : new Date(iso));

/** The GraphQL view of a subscription; `offer` is resolved on demand. */
export function toSubscription(record: SubscriptionRecord): Subscription {
  const charging = record.nextChargeAt !== null && !record.cancelAtPeriodEnd;
  // What Razorpay takes at the next charge: a scheduled price from the cycle it starts with.
  const next = priceOfCycle(record, record.nextChargeAt);
  const nextCharge = charging
    ? Object.assign(new TaxedPrice(), {
        taxable: money(next.priceTaxablePaise),
        gst: money(next.monthlyTotalPaise - next.priceTaxablePaise),
        total: money(next.monthlyTotalPaise),
        gstRatePercent: GST_RATE_BPS / 100,
      })
    : null;
  const payable = record.status === 'created' || record.status === 'past_due' || record.status === 'halted';
  return Object.assign(new Subscription(), {
    id: record.id,
    userId: record.userId,
    solution: solutionStub(record.solutionId),
    tier: record.tier,
    status: record.status,
    currentPeriodStart: date(record.currentPeriodStart),
    currentPeriodEnd: date(record.currentPeriodEnd),
    nextChargeAt: charging ? date(record.nextChargeAt) : null,
    nextCharge,
    cancelAtPeriodEnd: record.cancelAtPeriodEnd,
    scheduledTier: record.scheduledTier,
    graceEndsAt: date(record.graceEndsAt),
    paymentUrl: payable ? record.shortUrl : null,
    razorpaySubscriptionId: record.razorpaySubscriptionId,
    offer: null,
    offerId: record.offerId,
    createdAt: new Date(record.createdAt),
  });
}

export function toCheckoutSession(view: CheckoutView): CheckoutSession {
  return Object.assign(new CheckoutSession(), {
    subscriptionId: view.subscription.id,
    razorpaySubscriptionId: view.subscription.razorpaySubscriptionId!,
    keyId: view.keyId,
    checkoutUrl: view.subscription.shortUrl!,
    amount: taxedPrice(view.amount),
    testMode: view.testMode,
  });
}

export function toPlanChangePreview(preview: ChangePreview): PlanChangePreview {
  const gst: GstBreakdown = preview.gst;
  return Object.assign(new PlanChangePreview(), {
    subscriptionId: preview.subscriptionId,
    toTier: preview.toTier,
    credit: money(preview.creditPaise),
    charge: money(preview.chargePaise),
    taxable: money(gst.taxablePaise),
    gst: money(gst.taxPaise),
    total: money(gst.totalPaise),
    effectiveAt: preview.effectiveAt,
  });
}

export function toInvoice(document: TaxDocument, solutionId: string | null, publicUrl: string): Invoice {
  const { tax } = document;
  const intra = tax.supply === 'intra-state';
  return Object.assign(new Invoice(), {
    id: document.id,
    number: document.number,
    kind: document.kind,
    issuedAt: new Date(document.issuedAt),
    solution: solutionId ? solutionStub(solutionId) : null,
    description: document.lines[0]?.description ?? null,
    taxable: money(tax.taxablePaise),
    cgst: intra ? money(tax.cgstPaise) : null,
    sgst: intra ? money(tax.sgstPaise) : null,
    igst: intra ? null : money(tax.igstPaise),
    total: money(tax.totalPaise),
    pdfUrl: `${publicUrl.replace(/\/$/, '')}/billing/invoices/${document.id}.pdf`,
  });
}

export async function toInvoiceConnection(
  page: Page<TaxDocument>,
  solutionOf: (document: TaxDocument) => Promise<string | null>,
  publicUrl: string,
): Promise<InvoiceConnection> {
  const solutions = await Promise.all(page.items.map(solutionOf));
  const byId = new Map(page.items.map((d, i) => [d.id, solutions[i] ?? null]));
  return Object.assign(new InvoiceConnection(), toConnection(page, (d) => toInvoice(d, byId.get(d.id) ?? null, publicUrl)));
}

export function toBillingProfile(view: ProfileView): BillingProfile {
  return Object.assign(new BillingProfile(), view);
}

export function toOffer(record: OfferRecord, now: Date): EnterpriseOffer {
  return Object.assign(new EnterpriseOffer(), {
    id: record.id,
    solution: solutionStub(record.solutionId),
    user: userStub(record.userId),
    price: money(record.pricePaise),
    callAllowance: record.callAllowance,
    ratePerSecond: record.ratePerSecond,
    status: offerStatus(record, now),
    expiresAt: new Date(record.expiresAt),
    createdAt: new Date(record.createdAt),
  });
}

export function toRevenueRow(row: RevenueRowView): RevenueRow {
  return Object.assign(new RevenueRow(), {
    month: row.month,
    solution: solutionStub(row.solutionId),
    partnerId: row.partnerId,
    gross: money(row.grossPaise),
    gst: money(row.gstPaise),
    platformFee: money(row.platformFeePaise),
    partnerNet: money(row.partnerNetPaise),
    payments: row.payments,
    subscribers: row.subscribers,
  });
}
