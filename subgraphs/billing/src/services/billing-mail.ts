import { type MailMessage, renderEmail } from '@marketplace/shared';
import { formatIstDate } from '../money/financial-year.ts';
import { formatInr } from '../money/paise.ts';
import type { SubscriptionRecord } from '../data/subscription.repository.ts';
import type { TaxDocument } from './tax-document.ts';

const FOOTER = 'You receive this because of a paid subscription on Marketplace.';
const plan = (sub: Pick<SubscriptionRecord, 'tier' | 'solutionName'>) => `${sub.solutionName} ${sub.tier === 'pro' ? 'Pro' : 'Enterprise'}`;
const day = (iso: string | null) => (iso ? formatIstDate(new Date(iso)) : 'the period end');

/** Who a billing mail goes to. */
export interface Recipient {
  email: string;
  name: string;
}

function mail(to: Recipient, subject: string, paragraphs: string[], action?: { label: string; url: string }): MailMessage {
  return {
    to: to.email,
    subject,
    links: action ? [action.url] : undefined,
    ...renderEmail({ greeting: `Hi ${to.name || 'there'},`, paragraphs, action, footer: FOOTER }),
  };
}

export const billingPage = (publicUrl: string) => `${publicUrl}/billing`;

/** The receipt of a payment, with its tax invoice attached. */
export function receiptMail(to: Recipient, sub: SubscriptionRecord, invoice: TaxDocument, pdf: Uint8Array, publicUrl: string, first: boolean): MailMessage {
  const message = mail(
    to,
    first ? `Welcome to ${plan(sub)}: receipt ${invoice.number}` : `Receipt for ${plan(sub)}: ${invoice.number}`,
    [
      first
        ? `Thank you: your ${plan(sub)} subscription is active, and your API calls get the ${sub.tier === 'pro' ? 'Pro' : 'Enterprise'} limits now.`
        : `Thank you: we received your payment for ${plan(sub)}.`,
      `Paid: ${formatInr(invoice.tax.totalPaise)} (of which GST ${formatInr(invoice.tax.taxPaise)}). Tax invoice ${invoice.number} is attached.`,
    ],
    { label: 'Your billing', url: billingPage(publicUrl) },
  );
  return { ...message, attachments: [{ filename: `${invoice.number.replace(/\//g, '-')}.pdf`, content: pdf, contentType: 'application/pdf' }] };
}

/** A refund's credit note. */
export function creditNoteMail(to: Recipient, note: TaxDocument, pdf: Uint8Array, publicUrl: string): MailMessage {
  const message = mail(to, `Credit note ${note.number}`, [
    `We refunded ${formatInr(note.tax.totalPaise)} against invoice ${note.creditNote?.invoiceNumber ?? ''}. Credit note ${note.number} is attached.`,
  ], { label: 'Your billing', url: billingPage(publicUrl) });
  return { ...message, attachments: [{ filename: `${note.number.replace(/\//g, '-')}.pdf`, content: pdf, contentType: 'application/pdf' }] };
}

/** The pre-debit notice before a renewal. */
/** `totalPaise`: what this renewal charges (a scheduled price from its first cycle on). */
export function preDebitMail(to: Recipient, sub: SubscriptionRecord, totalPaise: number, publicUrl: string): MailMessage {
  return mail(
    to,
    `${plan(sub)} renews on ${day(sub.nextChargeAt)}`,
    [
      `Your ${plan(sub)} subscription renews on ${day(sub.nextChargeAt)}: ${formatInr(totalPaise)} (GST included) will be charged to the card you authorised.`,
      'To stop it, cancel before then in your billing page; you keep the tier until the end of the paid period.',
    ],
    { label: 'Manage your subscription', url: billingPage(publicUrl) },
  );
}

/** The state changes a customer hears about, each with what it means for their tier. */
export type StatusMail = 'past-due' | 'halted' | 'grace-over' | 'restored' | 'cancel-scheduled' | 'cancel-undone' | 'ended' | 'plan-changed' | 'downgrade-scheduled';

export function statusMail(kind: StatusMail, to: Recipient, sub: SubscriptionRecord, publicUrl: string, graceDays: number): MailMessage {
  const pay = sub.shortUrl ? { label: 'Pay now', url: sub.shortUrl } : { label: 'Your billing', url: billingPage(publicUrl) };
  const manage = { label: 'Your billing', url: billingPage(publicUrl) };
  switch (kind) {
    case 'past-due':
      return mail(to, `Payment failed for ${plan(sub)}`, [
        `We could not charge your card for ${plan(sub)}. Razorpay will try again over the next days.`,
        `You keep the tier until ${day(sub.graceEndsAt)} (${graceDays} days of grace). Pay now, or update your card, to keep it after that.`,
      ], pay);
    case 'halted':
      return mail(to, `${plan(sub)} is on hold`, [
        `Every attempt to charge your card for ${plan(sub)} failed, so the subscription is on hold and your API calls have the free registered limits again.`,
        'Pay the outstanding amount to get the tier back at once.',
      ], pay);
    case 'grace-over':
      return mail(to, `${plan(sub)}: grace period over`, [
        `The payment for ${plan(sub)} is still outstanding and the grace period has ended, so your API calls have the free registered limits again.`,
        'Pay the outstanding amount to get the tier back at once.',
      ], pay);
    case 'restored':
      return mail(to, `${plan(sub)} is active again`, [`We received your payment: ${plan(sub)} is active again, with its limits, until ${day(sub.currentPeriodEnd)}.`], manage);
    case 'cancel-scheduled':
      return mail(to, `${plan(sub)} ends on ${day(sub.currentPeriodEnd)}`, [
        `As you asked, ${plan(sub)} ends on ${day(sub.currentPeriodEnd)} and will not renew. You keep the tier until then.`,
        'Changed your mind? Resume the subscription in your billing page before then.',
      ], manage);
    case 'cancel-undone':
      return mail(to, `${plan(sub)} continues`, [`${plan(sub)} will renew as usual on ${day(sub.nextChargeAt)}.`], manage);
    case 'downgrade-scheduled':
      return mail(to, `${plan(sub)} becomes Pro on ${day(sub.currentPeriodEnd)}`, [
        `As you asked, your plan changes to ${sub.solutionName} Pro on ${day(sub.currentPeriodEnd)}; you keep Enterprise until then.`,
      ], manage);
    case 'plan-changed':
      return mail(to, `You are on ${plan(sub)} now`, [`Your plan changed to ${plan(sub)} with immediate effect; it renews on ${day(sub.currentPeriodEnd)}.`], manage);
    case 'ended':
      return mail(to, `${plan(sub)} has ended`, [`${plan(sub)} has ended; your API calls have the free registered limits from now on.`], manage);
  }
}

/** An admin made an Enterprise offer. */
export function offerMail(to: Recipient, solutionName: string, pricePaise: number, expiresAt: string, publicUrl: string): MailMessage {
  return mail(to, `An Enterprise offer for ${solutionName}`, [
    `We have made you an Enterprise offer for ${solutionName} at ${formatInr(pricePaise)} a month plus GST.`,
    `Accept it in your billing page by ${formatIstDate(new Date(expiresAt))}.`,
  ], { label: 'See the offer', url: billingPage(publicUrl) });
}

/** A tier's price changes for an existing subscriber, with 30 days' notice. */
/** `notice.effectiveAt`: the first renewal at the new price (or the change's date when no renewal is known). */
export function priceChangeMail(to: Recipient, sub: SubscriptionRecord, notice: { oldPricePaise: number; newPricePaise: number; effectiveAt: string; replacesPricePaise?: number | null }, publicUrl: string): MailMessage {
  const replaces = notice.replacesPricePaise == null ? [] : [`This replaces the change to ${formatInr(notice.replacesPricePaise)} a month we announced earlier: that price will not be charged.`];
  return mail(to, `${plan(sub)}: new price from ${day(notice.effectiveAt)}`, [
    `The price of ${plan(sub)} changes from ${formatInr(notice.oldPricePaise)} to ${formatInr(notice.newPricePaise)} a month plus GST.`,
    ...replaces,
    `You keep paying ${formatInr(notice.oldPricePaise)} for renewals before ${day(notice.effectiveAt)}; renewals from then on are at the new price.`,
    'To stop it, cancel before then in your billing page; you keep the tier until the end of the paid period.',
  ], { label: 'Manage your subscription', url: billingPage(publicUrl) });
}

/** An announced price increase withdrawn before it was charged (the tier's price went back, or not above what they pay). */
export function priceChangeWithdrawnMail(to: Recipient, sub: SubscriptionRecord, notice: { oldPricePaise: number; replacesPricePaise: number }, publicUrl: string): MailMessage {
  return mail(to, `${plan(sub)}: the announced price change will not happen`, [
    `The change of ${plan(sub)} to ${formatInr(notice.replacesPricePaise)} a month we announced will not happen.`,
    `You keep paying ${formatInr(notice.oldPricePaise)} a month plus GST; nothing else changes.`,
  ], { label: 'Manage your subscription', url: billingPage(publicUrl) });
}
