import { type DynamoDBDocumentClient, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { batchGetItems, GSI1, GSI2, isConditionFailure, queryAll, type TransactItem } from '@marketplace/shared';
import type { PaidTier, SubscriptionStatus } from '../services/billing-types.ts';
import type { PlanChangePreview } from '../money/proration.ts';
import type { BuyerInput } from '../services/tax-document.ts';
import { keys } from './keys.ts';
import { createOnly, present, versionedPut } from './versioned.ts';

/** What an immediate plan change charged: kept on the new subscription so its invoice shows what was previewed. */
export interface Proration {
  fromTier: PaidTier;
  preview: PlanChangePreview;
}

/**
 * A new price Razorpay charges from a later cycle: its plan is scheduled at Razorpay (`schedule_change_at:
 * cycle_end`), so the cycle running keeps the current price and the cycle starting at `from` is the first at this one.
 */
export interface ScheduledPrice {
  priceTaxablePaise: number;
  monthlyTotalPaise: number;
  razorpayPlanId: string;
  /** The start of the first cycle Razorpay charges at this price (its `change_scheduled_at`). */
  from: string;
}

/** The price of the cycles before `until` (the price before the current one): late charges of them book at it. */
export interface EarlierPrice {
  priceTaxablePaise: number;
  monthlyTotalPaise: number;
  until: string;
}

/**
 * Our subscription: the checkout intent first (`created`, its id in the Razorpay subscription's notes), then the
 * paid tier as Razorpay's subscription goes through its life cycle. Razorpay is the truth for status and
 * period; this record keeps what billing decided (tier, price, offer terms, scheduled changes, grace).
 */
export interface SubscriptionRecord {
  id: string;
  userId: string;
  solutionId: string;
  /** The partner who lists the solution (for the ledger). */
  partnerId: string;
  solutionName: string;
  tier: PaidTier;
  status: SubscriptionStatus;
  /** The monthly price, exclusive of GST. */
  priceTaxablePaise: number;
  /** What Razorpay charges a month: the price plus GST for this buyer (the plan's amount). */
  monthlyTotalPaise: number;
  /** A price change scheduled at Razorpay for a later cycle; the two fields above stay until that cycle begins. */
  scheduledPrice: ScheduledPrice | null;
  /** The price before the current one, while a charge of a cycle before the change may still be booked. */
  earlierPrice: EarlierPrice | null;
  /** The buyer as at checkout; invoices use the current profile when it yields the same total. */
  buyer: BuyerInput;
  offerId: string | null;
  callAllowance: number | null;
  ratePerSecond: number | null;
  razorpayPlanId: string;
  razorpaySubscriptionId: string | null;
  /** Razorpay's hosted page for this subscription (checkout, or paying a pending one). */
  shortUrl: string | null;
  /** Who is creating the Razorpay subscription, and until when (a crashed creator's lease runs out). */
  leaseUntil: string | null;
  razorpayStatus: string | null;
  /** Cycles Razorpay had charged in the newest snapshot seen: an older snapshot never moves the record back. */
  razorpayPaidCount: number;
  currentPeriodStart: string | null;
  currentPeriodEnd: string | null;
  nextChargeAt: string | null;
  graceEndsAt: string | null;
  /** When the tier ended (halted, cancelled, completed, paused); null while it applies. */
  endedAt: string | null;
  cancelAtPeriodEnd: boolean;
  /** Razorpay was told to cancel at the cycle end; from then on the cancellation cannot be undone. */
  cancelSentAt: string | null;
  scheduledTier: PaidTier | null;
  /** A plan change: the subscription this one replaces, and the one replacing it. */
  predecessorId: string | null;
  successorId: string | null;
  proration: Proration | null;
  /** Start date (the period end of the predecessor) of a downgrade's successor. */
  startAt: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

const NULLABLE = [
  'offerId', 'callAllowance', 'ratePerSecond', 'razorpaySubscriptionId', 'shortUrl', 'leaseUntil', 'razorpayStatus',
  'currentPeriodStart', 'currentPeriodEnd', 'nextChargeAt', 'graceEndsAt', 'endedAt', 'cancelSentAt', 'scheduledTier',
  'predecessorId', 'successorId', 'proration', 'startAt', 'scheduledPrice', 'earlierPrice',
] as const;

export function toSubscription(item: Record<string, unknown>): SubscriptionRecord {
  const record = {
    ...item,
    cancelAtPeriodEnd: item.cancelAtPeriodEnd === true,
    razorpayPaidCount: Number(item.razorpayPaidCount ?? 0),
    version: Number(item.version ?? 0),
  } as Record<string, unknown>;
  for (const field of NULLABLE) record[field] = item[field] ?? null;
  for (const internal of ['pk', 'sk', 'gsi1pk', 'gsi1sk', 'gsi2pk', 'gsi2sk', 'type']) delete record[internal];
  return record as unknown as SubscriptionRecord;
}

/** The current subscription (or open checkout) of a customer on a solution. */
export interface Member {
  subscriptionId: string | null;
  version: number;
}

/**
 * Owns subscription items, the Razorpay-id pointers, the customer-per-solution member items and the Razorpay
 * plan cache. Writes come back as transaction items so a service commits them with their audit event.
 */
export class SubscriptionRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async get(id: string): Promise<SubscriptionRecord | null> {
    const out = await this.db.send(new GetCommand({ TableName: this.table, Key: keys.subscription(id), ConsistentRead: true }));
    return out.Item ? toSubscription(out.Item) : null;
  }

  async getMany(ids: readonly string[]): Promise<(SubscriptionRecord | null)[]> {
    const items = await batchGetItems(this.db, this.table, ids.map(keys.subscription));
    return items.map((item) => (item ? toSubscription(item) : null));
  }

  /** Ours for Razorpay's subscription id, or null. */
  async byRazorpayId(razorpayId: string): Promise<SubscriptionRecord | null> {
    const out = await this.db.send(new GetCommand({ TableName: this.table, Key: keys.razorpaySubscription(razorpayId), ConsistentRead: true }));
    const id = out.Item?.subscriptionId;
    return typeof id === 'string' ? this.get(id) : null;
  }

  /** A customer's subscriptions, newest first (a handful per customer). */
  async listOfUser(userId: string): Promise<SubscriptionRecord[]> {
    const items = await queryAll(this.db, {
      TableName: this.table,
      IndexName: GSI1,
      KeyConditionExpression: 'gsi1pk = :p',
      ExpressionAttributeValues: { ':p': keys.subscriptionOfUser(userId, '', '').gsi1pk },
      ScanIndexForward: false,
    });
    return items.map(toSubscription);
  }

  /** The subscriptions on one tier of a solution, oldest first (any status; callers filter). */
  async listOfSolutionTier(solutionId: string, tier: PaidTier): Promise<SubscriptionRecord[]> {
    const items = await queryAll(this.db, {
      TableName: this.table,
      IndexName: GSI2,
      KeyConditionExpression: 'gsi2pk = :p',
      ExpressionAttributeValues: { ':p': keys.subscriptionOfSolution(solutionId, tier, '', '').gsi2pk },
    });
    return items.map(toSubscription);
  }

  /** Writes `next` over the version it was read at (`next.version`); the stored version becomes one more. */
  put(next: SubscriptionRecord): TransactItem {
    const { version, ...record } = next;
    return versionedPut(
      this.table,
      keys.subscription(next.id),
      { ...keys.subscriptionOfUser(next.userId, next.createdAt, next.id), ...keys.subscriptionOfSolution(next.solutionId, next.tier, next.createdAt, next.id), type: 'Subscription', ...present(record), cancelAtPeriodEnd: next.cancelAtPeriodEnd },
      version,
    );
  }

  /** The pointer from Razorpay's subscription id to ours; written once. */
  pointRazorpayId(razorpayId: string, subscriptionId: string): TransactItem {
    return createOnly(this.table, { ...keys.razorpaySubscription(razorpayId), type: 'RazorpaySubscription', subscriptionId });
  }

  /**
   * Takes the lease to create the Razorpay subscription of an intent: only while it has none and nobody else
   * holds an unexpired lease. False when someone else holds it (or the id is there).
   */
  async takeLease(id: string, now: Date, until: Date): Promise<boolean> {
    try {
      await this.db.send(
        new UpdateCommand({
          TableName: this.table,
          Key: keys.subscription(id),
          UpdateExpression: 'SET leaseUntil = :until',
          ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(razorpaySubscriptionId) AND (attribute_not_exists(leaseUntil) OR leaseUntil < :now)',
          ExpressionAttributeValues: { ':until': until.toISOString(), ':now': now.toISOString() },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  async member(userId: string, solutionId: string): Promise<Member> {
    const out = await this.db.send(new GetCommand({ TableName: this.table, Key: keys.member(userId, solutionId), ConsistentRead: true }));
    return { subscriptionId: (out.Item?.subscriptionId as string | undefined) ?? null, version: Number(out.Item?.version ?? 0) };
  }

  /** Points the member item at `subscriptionId`, over the version read. */
  putMember(userId: string, solutionId: string, subscriptionId: string, read: Member): TransactItem {
    return versionedPut(this.table, keys.member(userId, solutionId), { type: 'Member', userId, solutionId, subscriptionId }, read.version);
  }

  async plan(solutionId: string, tier: PaidTier, totalPaise: number): Promise<string | null> {
    const out = await this.db.send(new GetCommand({ TableName: this.table, Key: keys.plan(solutionId, tier, totalPaise), ConsistentRead: true }));
    return (out.Item?.planId as string | undefined) ?? null;
  }

  /** Records a plan; if another process recorded one first, that one is returned (ours stays unused at Razorpay). */
  async putPlan(solutionId: string, tier: PaidTier, totalPaise: number, planId: string): Promise<string> {
    try {
      await this.db.send(new PutCommand({
        TableName: this.table,
        Item: { ...keys.plan(solutionId, tier, totalPaise), type: 'RazorpayPlan', planId },
        ConditionExpression: 'attribute_not_exists(pk)',
      }));
      return planId;
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      return (await this.plan(solutionId, tier, totalPaise)) ?? planId;
    }
  }
}
