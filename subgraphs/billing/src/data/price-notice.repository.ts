import { type DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { GSI1, GSI2, isConditionFailure, queryAll, type TransactItem } from '@marketplace/shared';
import { keys, PRICE_NOTICE_MAIL } from './keys.ts';
import { createOnly, present } from './versioned.ts';

/** How a notice's email stands: waiting (or retrying), sent, or not to be sent (no address; subscription ended). */
export type PriceNoticeMail = 'pending' | 'sent' | 'no-address' | 'skipped';

/** A subscriber to be told that their tier's price changes: they keep `oldPricePaise` until it takes effect. */
export interface PriceNotice {
  subscriptionId: string;
  solutionId: string;
  /** The catalog's price change this notice is of (one notice per subscriber and change). */
  changeId: string;
  oldPricePaise: number;
  newPricePaise: number;
  /** The date the email announces; never less than 30 days after the email went out. */
  effectiveAt: string;
  /** When the email went out (the 30 days' notice counts from here); null until then. */
  noticedAt: string | null;
  mail: PriceNoticeMail;
  /** Sends started (each claim counts one): the claim's condition, and the backoff. */
  mailAttempts: number;
  /** When the subscription took the new price; null until then. */
  appliedAt: string | null;
  /**
   * The newer change of the tier that took this one's place before it applied (its increase will not happen); its
   * `appliedAt` and email stay as they were. Absent: in force.
   */
  supersededBy?: string | null;
  /**
   * The price an earlier email announced and this notice withdraws (superseded by this change): its email says so.
   * A notice whose new price is its old one only withdraws that announcement: sent, it is settled (`appliedAt`).
   */
  replacesPricePaise?: number | null;
  /**
   * Until when the `price-change` job holds the notice while it schedules the price at Razorpay (`claimSchedule`): a
   * newer change does not set it aside meanwhile, and one that did first makes the claim fail. Absent: not held.
   */
  schedulingUntil?: string | null;
}

/**
 * The newest price change of a paid tier that billing has taken from the catalog (made its notices for): what a
 * subscriber who missed it (past due, cancelling, or not started yet when it was taken) is caught up to.
 */
export interface TierPriceChange {
  changeId: string;
  solutionId: string;
  tier: 'pro' | 'enterprise';
  newPricePaise: number;
  changedAt: string;
  actorId: string;
}

/**
 * Owns price-change notices (and each tier's newest change taken). A notice is written once per subscriber and change; while its email is pending it
 * sits in gsi2 (`PRICE_NOTICE_MAIL`, by when it is next due), and a sender claims it by a conditional update
 * that counts the attempt and moves it a lease ahead, so one process sends it, and a sender that dies leaves it
 * due again once the lease ends.
 */
export class PriceNoticeRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  /** The notice with its email due now; fails (in a transaction) when this subscriber has one for this change. */
  create(notice: PriceNotice, dueAt: string): TransactItem {
    return createOnly(this.table, {
      ...this.keyOf(notice),
      ...this.dueKey(notice, dueAt),
      ...keys.priceNoticeOfSolution(notice.solutionId, notice.subscriptionId, notice.changeId),
      type: 'PriceNotice',
      ...present(notice),
    });
  }

  /** Notices whose email is due by `now`, oldest first (at most `limit`). */
  async dueMail(now: Date, limit = 50): Promise<PriceNotice[]> {
    const out = await this.db.send(
      new QueryCommand({
        TableName: this.table,
        IndexName: GSI2,
        KeyConditionExpression: 'gsi2pk = :p AND gsi2sk <= :now',
        ExpressionAttributeValues: { ':p': PRICE_NOTICE_MAIL, ':now': `${now.toISOString()}#~` },
        Limit: limit,
      }),
    );
    return (out.Items ?? []).map(toNotice);
  }

  /**
   * Takes the notice's email for one attempt until `leaseUntil`, announcing `effectiveAt`; the claimed notice,
   * or null when another sender took it (or it was settled) since it was read.
   */
  async claimMail(notice: PriceNotice, effectiveAt: string, leaseUntil: Date): Promise<PriceNotice | null> {
    const attempts = notice.mailAttempts + 1;
    try {
      await this.db.send(
        new UpdateCommand({
          TableName: this.table,
          Key: this.keyOf(notice),
          UpdateExpression: 'SET mailAttempts = :next, effectiveAt = :effective, gsi2sk = :due',
          ConditionExpression: 'mail = :pending AND mailAttempts = :seen',
          ExpressionAttributeValues: { ':next': attempts, ':seen': notice.mailAttempts, ':pending': 'pending', ':effective': effectiveAt, ':due': this.dueKey(notice, leaseUntil.toISOString()).gsi2sk },
        }),
      );
      return { ...notice, mailAttempts: attempts, effectiveAt };
    } catch (error) {
      if (isConditionFailure(error)) return null;
      throw error;
    }
  }

  /** A claimed email failed: due again at `retryAt` (false: the claim was lost meanwhile). */
  async retryMail(claimed: PriceNotice, retryAt: Date): Promise<boolean> {
    return this.whileClaimed(claimed, 'SET gsi2sk = :due', { ':due': this.dueKey(claimed, retryAt.toISOString()).gsi2sk });
  }

  /** A claimed email that is not to be sent: it leaves the queue. */
  async dropMail(claimed: PriceNotice, why: Exclude<PriceNoticeMail, 'pending' | 'sent'>): Promise<boolean> {
    return this.whileClaimed(claimed, 'SET mail = :why REMOVE gsi2pk, gsi2sk', { ':why': why });
  }

  /**
   * The write that records a claimed email as sent at `at` (with the job that applies the price, in one transaction);
   * `settled`: applied as well (a withdrawal, which changes no price).
   */
  sent(claimed: PriceNotice, at: string, settled = false): TransactItem {
    return {
      Update: {
        TableName: this.table,
        Key: this.keyOf(claimed),
        UpdateExpression: settled ? 'SET mail = :sent, noticedAt = :at, appliedAt = :at REMOVE gsi2pk, gsi2sk' : 'SET mail = :sent, noticedAt = :at REMOVE gsi2pk, gsi2sk',
        ConditionExpression: 'mail = :pending AND mailAttempts = :mine',
        ExpressionAttributeValues: { ':sent': 'sent', ':at': at, ':pending': 'pending', ':mine': claimed.mailAttempts },
      },
    };
  }

  /**
   * Records `change` as its tier's newest change taken, unless a later one is recorded already (idempotent: a
   * repeated run writes the same).
   */
  async recordTierChange(change: TierPriceChange): Promise<void> {
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.table,
          Item: { ...keys.tierPriceChange(change.solutionId, change.tier), type: 'TierPriceChange', ...change },
          ConditionExpression: 'attribute_not_exists(pk) OR changedAt <= :at',
          ExpressionAttributeValues: { ':at': change.changedAt },
        }),
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
  }

  /** The tier's newest change taken, or null (none since billing kept them). */
  async tierChange(solutionId: string, tier: 'pro' | 'enterprise'): Promise<TierPriceChange | null> {
    const out = await this.db.send(new GetCommand({ TableName: this.table, Key: keys.tierPriceChange(solutionId, tier), ConsistentRead: true }));
    if (!out.Item) return null;
    const { changeId, solutionId: id, tier: t, newPricePaise, changedAt, actorId } = out.Item;
    return { changeId, solutionId: id, tier: t, newPricePaise: Number(newPricePaise), changedAt, actorId } as TierPriceChange;
  }

  /**
   * A notice whose email was not sent (the subscription was not active then, or had no address) queued again,
   * due now: the write of a transaction, failing when its email state changed since it was read.
   */
  requeue(notice: PriceNotice, dueAt: string): TransactItem {
    return {
      Update: {
        TableName: this.table,
        Key: this.keyOf(notice),
        UpdateExpression: 'SET mail = :pending, gsi2pk = :queue, gsi2sk = :due',
        ConditionExpression: 'mail = :was AND mailAttempts = :seen',
        ExpressionAttributeValues: { ':pending': 'pending', ':was': notice.mail, ':seen': notice.mailAttempts, ':queue': PRICE_NOTICE_MAIL, ':due': this.dueKey(notice, dueAt).gsi2sk },
      },
    };
  }

  /**
   * A notice marked applied while its subscription did not take the price (it was ending then; the change lapsed at
   * Razorpay) made due again: the write of a transaction, failing when it changed since it was read.
   */
  reopen(notice: PriceNotice): TransactItem {
    return {
      Update: {
        TableName: this.table,
        Key: this.keyOf(notice),
        UpdateExpression: 'REMOVE appliedAt',
        ConditionExpression: 'appliedAt = :at',
        ExpressionAttributeValues: { ':at': notice.appliedAt },
      },
    };
  }

  /**
   * A notice set aside for the newer change `byChangeId` (idempotent: the write of a transaction that fails when
   * the notice was superseded already, or changed since it was read — its email claimed, its price applied). One
   * marked applied may be set aside too: its price was scheduled at Razorpay, not charged, and is cancelled.
   */
  supersede(notice: PriceNotice, byChangeId: string, at: string): TransactItem {
    // Not while the price-change job holds it (scheduling it at Razorpay): the next run cancels what it scheduled.
    const unheld = notice.appliedAt ? '' : ' AND (attribute_not_exists(schedulingUntil) OR schedulingUntil < :at)';
    return {
      Update: {
        TableName: this.table,
        Key: this.keyOf(notice),
        UpdateExpression: notice.mail === 'pending' ? 'SET supersededBy = :by, supersededAt = :at, mail = :dropped REMOVE gsi2pk, gsi2sk' : 'SET supersededBy = :by, supersededAt = :at',
        ConditionExpression: `attribute_not_exists(supersededBy) AND ${notice.appliedAt ? 'appliedAt = :applied' : 'attribute_not_exists(appliedAt)'} AND mail = :mail AND mailAttempts = :seen${unheld}`,
        ExpressionAttributeValues: {
          ':by': byChangeId,
          ':at': at,
          ':mail': notice.mail,
          ':seen': notice.mailAttempts,
          ...(notice.appliedAt ? { ':applied': notice.appliedAt } : {}),
          ...(notice.mail === 'pending' ? { ':dropped': 'skipped' } : {}),
        },
      },
    };
  }

  /**
   * Holds a due notice until `leaseUntil` while its price is scheduled at Razorpay; false when it was superseded by a
   * newer change (or applied, or is held by another job) since it was read: then nothing is to be scheduled. The
   * conditional write that orders the job against a newer change: `supersede` fails on a notice held.
   */
  async claimSchedule(notice: PriceNotice, now: Date, leaseUntil: Date): Promise<boolean> {
    try {
      await this.db.send(
        new UpdateCommand({
          TableName: this.table,
          Key: this.keyOf(notice),
          UpdateExpression: 'SET schedulingUntil = :until',
          ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(supersededBy) AND attribute_not_exists(appliedAt) AND (attribute_not_exists(schedulingUntil) OR schedulingUntil < :now)',
          ExpressionAttributeValues: { ':until': leaseUntil.toISOString(), ':now': now.toISOString() },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  /** Marks a notice applied (and no longer held by the job that scheduled it). */
  applied(notice: PriceNotice, at: string): TransactItem {
    return {
      Update: {
        TableName: this.table,
        Key: this.keyOf(notice),
        UpdateExpression: 'SET appliedAt = :at REMOVE schedulingUntil',
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeValues: { ':at': at },
      },
    };
  }

  async ofSubscription(subscriptionId: string): Promise<PriceNotice[]> {
    const out = await this.db.send(
      new QueryCommand({
        TableName: this.table,
        KeyConditionExpression: 'pk = :p',
        ExpressionAttributeValues: { ':p': keys.priceNotices(subscriptionId) },
        ConsistentRead: true,
      }),
    );
    return (out.Items ?? []).map(toNotice);
  }

  /**
   * Every notice of the solution's subscribers, by subscription id: one query (paged) however many subscribers there
   * are. Read from an index, so a notice written a moment ago may be missing (a preview's count; never a decision).
   */
  async ofSolution(solutionId: string): Promise<Map<string, PriceNotice[]>> {
    const items = await queryAll(this.db, {
      TableName: this.table,
      IndexName: GSI1,
      KeyConditionExpression: 'gsi1pk = :p',
      ExpressionAttributeValues: { ':p': keys.priceNoticeOfSolution(solutionId, '', '').gsi1pk },
    });
    const bySubscription = new Map<string, PriceNotice[]>();
    for (const notice of items.map(toNotice)) bySubscription.set(notice.subscriptionId, [...(bySubscription.get(notice.subscriptionId) ?? []), notice]);
    return bySubscription;
  }

  private keyOf(notice: Pick<PriceNotice, 'subscriptionId' | 'changeId'>) {
    return keys.priceNotice(notice.subscriptionId, notice.changeId);
  }

  private dueKey(notice: Pick<PriceNotice, 'subscriptionId' | 'changeId'>, dueAt: string) {
    return keys.dueNoticeMail(dueAt, notice.subscriptionId, notice.changeId);
  }

  private async whileClaimed(claimed: PriceNotice, update: string, values: Record<string, unknown>): Promise<boolean> {
    try {
      await this.db.send(
        new UpdateCommand({
          TableName: this.table,
          Key: this.keyOf(claimed),
          UpdateExpression: update,
          ConditionExpression: 'mail = :pending AND mailAttempts = :mine',
          ExpressionAttributeValues: { ...values, ':pending': 'pending', ':mine': claimed.mailAttempts },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }
}

/** Notices written before emails were queued (keyed by price) were mailed when written. */
function toNotice(item: Record<string, unknown>): PriceNotice {
  return {
    subscriptionId: item.subscriptionId as string,
    solutionId: item.solutionId as string,
    changeId: (item.changeId as string | undefined) ?? `price:${String(item.newPricePaise)}`,
    oldPricePaise: Number(item.oldPricePaise),
    newPricePaise: Number(item.newPricePaise),
    effectiveAt: item.effectiveAt as string,
    noticedAt: (item.noticedAt as string | undefined) ?? null,
    mail: (item.mail as PriceNoticeMail | undefined) ?? 'sent',
    mailAttempts: Number(item.mailAttempts ?? 0),
    appliedAt: (item.appliedAt as string | undefined) ?? null,
    supersededBy: (item.supersededBy as string | undefined) ?? null,
    replacesPricePaise: item.replacesPricePaise == null ? null : Number(item.replacesPricePaise),
    schedulingUntil: (item.schedulingUntil as string | undefined) ?? null,
  };
}
