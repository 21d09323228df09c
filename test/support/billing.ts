import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import type { CheckoutPayer } from '@marketplace/billing/testing';
import { tableName } from '@marketplace/shared';
import { testDb } from './dynamo.ts';
import type { TestPlatform } from './platform.ts';
import type { TierInput } from './seed.ts';

/** A solution's tiers with Pro at ₹999 and Enterprise at ₹9,999 a month (no per-second limits). */
export const BILLING_TIERS: TierInput[] = [
  { tier: 'ANONYMOUS', callAllowance: 10, trialDays: 15, ratePerSecond: null },
  { tier: 'REGISTERED', callAllowance: 100, trialDays: 30, ratePerSecond: null },
  { tier: 'PRO', callAllowance: 10_000, ratePerSecond: null, monthlyPricePaise: 99_900 },
  { tier: 'ENTERPRISE', callAllowance: 1_000_000, ratePerSecond: null, monthlyPricePaise: 999_900 },
];

const MONEY = 'paise currency';
const TAXED = `taxable { ${MONEY} } gst { ${MONEY} } total { ${MONEY} } gstRatePercent`;
export const SUBSCRIPTION_FIELDS = `id userId solution { id } tier status currentPeriodStart currentPeriodEnd nextChargeAt nextCharge { ${TAXED} }
  cancelAtPeriodEnd scheduledTier graceEndsAt paymentUrl createdAt`;
const SESSION_FIELDS = `subscriptionId razorpaySubscriptionId keyId checkoutUrl amount { ${TAXED} } testMode`;

export const CHECKOUT = `mutation($solutionId: ID!, $tier: Tier!, $offerId: ID) {
  startCheckout(solutionId: $solutionId, tier: $tier, offerId: $offerId) { ${SESSION_FIELDS} } }`;
export const CONFIRM = `mutation($input: CheckoutConfirmation!) { confirmCheckout(input: $input) { ${SUBSCRIPTION_FIELDS} } }`;
export const SUBSCRIPTION = `query($id: ID!) { subscription(id: $id) { ${SUBSCRIPTION_FIELDS} } }`;
export const MY_SUBSCRIPTIONS = `{ mySubscriptions { ${SUBSCRIPTION_FIELDS} } }`;
export const MY_INVOICES = `query($first: Int, $after: String) { myInvoices(first: $first, after: $after) {
  nodes { id number kind issuedAt solution { id } description taxable { ${MONEY} } cgst { ${MONEY} } sgst { ${MONEY} } igst { ${MONEY} } total { ${MONEY} } pdfUrl }
  pageInfo { endCursor hasNextPage } } }`;
export const PREVIEW = `query($id: ID!, $toTier: Tier!) { planChangePreview(subscriptionId: $id, toTier: $toTier) {
  subscriptionId toTier credit { paise } charge { paise } taxable { paise } gst { paise } total { paise } effectiveAt } }`;
export const CHANGE_PLAN = `mutation($id: ID!, $toTier: Tier!, $expected: SafeInt!) { changePlan(subscriptionId: $id, toTier: $toTier, expectedTotalPaise: $expected) {
  subscription { ${SUBSCRIPTION_FIELDS} } checkout { ${SESSION_FIELDS} } } }`;
export const CANCEL = `mutation($id: ID!) { cancelSubscription(subscriptionId: $id) { ${SUBSCRIPTION_FIELDS} } }`;
export const RESUME = `mutation($id: ID!) { resumeSubscription(subscriptionId: $id) { ${SUBSCRIPTION_FIELDS} } }`;

export interface Paid {
  subscriptionId: string;
  razorpaySubscriptionId: string;
  confirmation: { razorpayPaymentId: string; razorpaySubscriptionId: string; razorpaySignature: string };
}

/** Starts (or resumes) a checkout and pays it at the simulator's checkout with a succeeding test card. */
export async function payAtCheckout(platform: TestPlatform, customer: { accessToken: string }, solutionId: string, tier: 'PRO' | 'ENTERPRISE', offerId?: string, payer?: CheckoutPayer): Promise<Paid> {
  const res = await platform.graphql(CHECKOUT, { solutionId, tier, offerId }, customer.accessToken);
  if (res.errors) throw new Error(`startCheckout: ${JSON.stringify(res.errors)}`);
  const session = res.data!.startCheckout;
  return { subscriptionId: session.subscriptionId, razorpaySubscriptionId: session.razorpaySubscriptionId, confirmation: pay(platform, session.razorpaySubscriptionId, payer) };
}

/** Pays a Razorpay subscription at the simulator's checkout; what Checkout hands back to the browser. */
export function pay(platform: TestPlatform, razorpaySubscriptionId: string, payer?: CheckoutPayer) {
  const result = platform.simulator.checkout(razorpaySubscriptionId, payer);
  if (!result.ok) throw new Error(`checkout failed: ${JSON.stringify(result)}`);
  return {
    razorpayPaymentId: result.response.razorpay_payment_id,
    razorpaySubscriptionId: result.response.razorpay_subscription_id,
    razorpaySignature: result.response.razorpay_signature,
  };
}

/** Moves the platform's (and so the simulator's) clock, then lets Razorpay do what came due and its webhooks land. */
export async function passTime(platform: TestPlatform, ms: number): Promise<void> {
  platform.clock.advance(ms);
  platform.simulator.runDue();
  await platform.simulator.webhooks.settled();
}

/** Every item of the platform's billing table with a key starting `prefix` (tests look for what must or must not exist). */
export async function billingItems(platform: TestPlatform, prefix: string): Promise<Record<string, any>[]> {
  const db = testDb();
  const items: Record<string, any>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const out = await db.send(
      new ScanCommand({
        TableName: tableName(platform.tablePrefix, 'billing'),
        FilterExpression: 'begins_with(pk, :p)',
        ExpressionAttributeValues: { ':p': prefix },
        ExclusiveStartKey: start,
        ConsistentRead: true,
      }),
    );
    items.push(...(out.Items ?? []));
    start = out.LastEvaluatedKey;
  } while (start);
  return items;
}

/** Billing's audit events (admins' view through the gateway), oldest first, optionally of one target. */
export async function billingAudit(platform: TestPlatform, adminToken: string, targetId?: string): Promise<{ action: string; targetId: string; actorId: string | null; reason: string | null }[]> {
  const res = await platform.graphql(
    `query($filter: AuditEventFilter) { auditTrail { billing(filter: $filter, first: 100) { nodes { action targetId actorId reason } } } }`,
    { filter: targetId ? { targetId } : null },
    adminToken,
  );
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return [...res.data!.auditTrail.billing.nodes].reverse();
}

/** Subscribes a customer to a tier: pays at checkout and confirms, as the web app does. */
export async function subscribe(platform: TestPlatform, customer: { accessToken: string }, solutionId: string, tier: 'PRO' | 'ENTERPRISE' = 'PRO', payer?: CheckoutPayer) {
  const paid = await payAtCheckout(platform, customer, solutionId, tier, undefined, payer);
  const res = await platform.graphql(CONFIRM, { input: paid.confirmation }, customer.accessToken);
  if (res.errors) throw new Error(`confirmCheckout: ${JSON.stringify(res.errors)}`);
  await platform.simulator.webhooks.settled();
  return { ...paid, subscription: res.data!.confirmCheckout };
}
