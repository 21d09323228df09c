import { type DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { LimitMode, Tier } from '@marketplace/contracts';
import { GSI1, isConditionFailure, newId, queryAll, type TransactItem, transactWrite, ttlAt } from '@marketplace/shared';
import { KEEP_AFTER_WINDOW_MS } from '../engine/counter-store.ts';
import type { NoticeKind } from '../notices/notice-rules.ts';
import { keys } from './keys.ts';

/** Where a notice's email stands: waiting in the outbox, or settled one way or another. */
export type NoticeMailState = 'pending' | 'sent' | 'off' | 'no-address' | 'failed';

/** An upgrade notice (access pattern 10 of `keys.ts`): the marker, the in-app notice and the outbox entry. */
export interface NoticeRecord {
  id: string;
  userId: string;
  solutionId: string;
  tier: Tier;
  windowId: string;
  kind: NoticeKind;
  used: number;
  limit: number;
  limitMode: LimitMode;
  windowEnd: string;
  /**
   * A reinstatement whose suspension never reached the holder (both fell between two runs of the notice job): when
   * the suspension began, so the one notice says the solution was briefly unavailable.
   */
  suspendedSince?: string;
  createdAt: string;
  dismissedAt: string | null;
  mail: NoticeMailState;
  mailAttempts: number;
}

export type NewNotice = Omit<NoticeRecord, 'id' | 'createdAt' | 'dismissedAt' | 'mail' | 'mailAttempts'>;

/** A trial window to warn about before it ends (access pattern 12). */
export interface TrialEnd {
  userId: string;
  solutionId: string;
  tier: Tier;
  windowId: string;
  windowEnd: string;
  limit: number;
  limitMode: LimitMode;
}

function toNotice(item: Record<string, unknown>): NoticeRecord {
  return {
    id: String(item.id),
    userId: String(item.userId),
    solutionId: String(item.solutionId),
    tier: item.tier as Tier,
    windowId: String(item.windowId),
    kind: item.kind as NoticeKind,
    used: Number(item.used),
    limit: Number(item.limit),
    limitMode: item.limitMode as LimitMode,
    windowEnd: String(item.windowEnd),
    ...(typeof item.suspendedSince === 'string' && { suspendedSince: item.suspendedSince }),
    createdAt: String(item.createdAt),
    dismissedAt: typeof item.dismissedAt === 'string' ? item.dismissedAt : null,
    mail: item.mail as NoticeMailState,
    mailAttempts: Number(item.mailAttempts ?? 0),
  };
}

const noticeKey = (n: Pick<NoticeRecord, 'userId' | 'solutionId' | 'tier' | 'windowId' | 'kind'>) => keys.notice(n.userId, n.solutionId, n.tier, n.windowId, n.kind);
const ttlOf = (windowEnd: string) => ttlAt(new Date(Date.parse(windowEnd) + KEEP_AFTER_WINDOW_MS));

/** Owns the notice, preference and trial-end items of the quotas table. */
export class NoticeRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  /**
   * Creates the notice unless one exists for its window and kind (the serialisation point: a conditional put), with
   * its email waiting in the outbox. Resolves with the new notice, or null when it existed already.
   */
  async create(notice: NewNotice, now: Date): Promise<NoticeRecord | null> {
    const id = newId('ntc', now);
    const createdAt = now.toISOString();
    const stored = { ...notice, id, createdAt, mail: 'pending' as const, mailAttempts: 0 };
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.table,
          Item: { ...noticeKey(notice), ...keys.noticeMail(createdAt, id), ...stored, ttl: ttlOf(notice.windowEnd) },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
      return { ...stored, dismissedAt: null };
    } catch (error) {
      if (isConditionFailure(error)) return null;
      throw error;
    }
  }

  /** A user's notices (of one solution), newest first. */
  async ofUser(userId: string, solutionId?: string): Promise<NoticeRecord[]> {
    const found = (
      await queryAll(this.db, {
        TableName: this.table,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': `NOTICE#${userId}`, ':prefix': keys.noticesOf(solutionId) },
      })
    ).map(toNotice);
    return found.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
  }

  /**
   * Marks the user's notice `id` dismissed (the first dismissal's time stays). Null when the user has no such
   * notice: another user's id names nothing in this user's partition.
   */
  async dismiss(userId: string, id: string, now: Date): Promise<NoticeRecord | null> {
    const notice = (await this.ofUser(userId)).find((n) => n.id === id);
    if (!notice) return null;
    const out = await this.db.send(
      new UpdateCommand({
        TableName: this.table,
        Key: noticeKey(notice),
        UpdateExpression: 'SET dismissedAt = if_not_exists(dismissedAt, :now)',
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeValues: { ':now': now.toISOString() },
        ReturnValues: 'ALL_NEW',
      }),
    );
    return toNotice(out.Attributes ?? {});
  }

  /** Notices whose email is due (`gsi1sk` up to now), oldest first, with the outbox position each was read at. */
  async dueMail(now: Date, limit: number): Promise<{ notice: NoticeRecord; position: string }[]> {
    const out = await this.db.send(
      new QueryCommand({
        TableName: this.table,
        IndexName: GSI1,
        KeyConditionExpression: 'gsi1pk = :pk AND gsi1sk <= :now',
        ExpressionAttributeValues: { ':pk': keys.noticeMail('', '').gsi1pk, ':now': `${now.toISOString()}~` },
        Limit: limit,
      }),
    );
    return (out.Items ?? []).map((item) => ({ notice: toNotice(item), position: String(item.gsi1sk) }));
  }

  /**
   * Takes a due email for sending: moves it to `until` in the outbox, so no other run takes it meanwhile and, should
   * this sender die, it is due again then. False when someone else moved it first.
   */
  async claimMail(notice: NoticeRecord, position: string, until: Date): Promise<boolean> {
    try {
      await this.db.send(
        new UpdateCommand({
          TableName: this.table,
          Key: noticeKey(notice),
          UpdateExpression: 'SET gsi1sk = :next, mailAttempts = if_not_exists(mailAttempts, :zero) + :one',
          ConditionExpression: 'gsi1sk = :seen',
          ExpressionAttributeValues: { ':next': keys.noticeMail(until.toISOString(), notice.id).gsi1sk, ':seen': position, ':zero': 0, ':one': 1 },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  /** Takes the email out of the outbox with its final state. */
  async settleMail(notice: NoticeRecord, state: Exclude<NoticeMailState, 'pending'>, now: Date): Promise<void> {
    await this.db.send(
      new UpdateCommand({
        TableName: this.table,
        Key: noticeKey(notice),
        UpdateExpression: 'SET mail = :state, mailSettledAt = :now REMOVE gsi1pk, gsi1sk',
        ExpressionAttributeValues: { ':state': state, ':now': now.toISOString() },
      }),
    );
  }

  /** Whether the user wants emails about a solution's notices (yes until they say no). */
  async emailsWanted(userId: string, solutionId: string): Promise<boolean> {
    const out = await this.db.send(new GetCommand({ TableName: this.table, Key: keys.noticePreference(userId, solutionId), ConsistentRead: true }));
    return out.Item?.emails !== false;
  }

  async setEmailsWanted(userId: string, solutionId: string, emails: boolean, now: Date): Promise<void> {
    await this.db.send(
      new PutCommand({
        TableName: this.table,
        Item: { ...keys.noticePreference(userId, solutionId), userId, solutionId, emails, updatedAt: now.toISOString() },
      }),
    );
  }

  /** Whether every key holder has been told of a solution's status change (pattern 14). */
  async statusChangeTold(solutionId: string, changedAt: string, status: string): Promise<boolean> {
    const out = await this.db.send(new GetCommand({ TableName: this.table, Key: keys.statusChangeTold(solutionId, changedAt, status), ConsistentRead: true }));
    return out.Item !== undefined;
  }

  /** Records that every key holder has been told of the change (idempotent), kept until `keepUntil`. */
  async markStatusChangeTold(solutionId: string, changedAt: string, status: string, keepUntil: Date): Promise<void> {
    await this.db.send(
      new PutCommand({ TableName: this.table, Item: { ...keys.statusChangeTold(solutionId, changedAt, status), solutionId, changedAt, status, ttl: ttlAt(keepUntil) } }),
    );
  }

  /**
   * Remembers to warn before a trial window ends, at `warnAt` (idempotent: the first write of a window stays), in
   * one transaction with `with` (the window's `trial.started`); true when this call wrote it.
   */
  async scheduleTrialEnd(trial: TrialEnd, warnAt: Date, withItems: TransactItem[] = []): Promise<boolean> {
    const result = await transactWrite(this.db, [
      {
        Put: {
          TableName: this.table,
          Item: {
            ...keys.trialEnd(trial.userId, trial.solutionId, trial.tier, trial.windowId),
            ...keys.trialEndDue(warnAt.toISOString(), trial.userId, trial.solutionId),
            ...trial,
            ttl: ttlOf(trial.windowEnd),
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      ...withItems,
    ]);
    if (result.ok) return true;
    if (result.reasons[0] === 'ConditionalCheckFailed') return false;
    throw new Error(`scheduling a trial end: transaction cancelled (${result.reasons.join(', ')})`);
  }

  /** Trial windows whose warning is due (by `now`), oldest first. */
  async dueTrialEnds(now: Date, limit: number): Promise<TrialEnd[]> {
    const out = await this.db.send(
      new QueryCommand({
        TableName: this.table,
        IndexName: GSI1,
        KeyConditionExpression: 'gsi1pk = :pk AND gsi1sk <= :now',
        ExpressionAttributeValues: { ':pk': keys.trialEndDue('', '', '').gsi1pk, ':now': `${now.toISOString()}~` },
        Limit: limit,
      }),
    );
    return (out.Items ?? []).map((item) => ({
      userId: String(item.userId),
      solutionId: String(item.solutionId),
      tier: item.tier as Tier,
      windowId: String(item.windowId),
      windowEnd: String(item.windowEnd),
      limit: Number(item.limit),
      limitMode: item.limitMode as LimitMode,
    }));
  }

  /** Makes a trial window due again at `at` (after its warning: its end, when the log hears of it). */
  async rescheduleTrialEnd(trial: TrialEnd, at: Date): Promise<void> {
    const due = keys.trialEndDue(at.toISOString(), trial.userId, trial.solutionId);
    try {
      await this.db.send(
        new UpdateCommand({
          TableName: this.table,
          Key: keys.trialEnd(trial.userId, trial.solutionId, trial.tier, trial.windowId),
          UpdateExpression: 'SET gsi1pk = :pk, gsi1sk = :sk',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeValues: { ':pk': due.gsi1pk, ':sk': due.gsi1sk },
        }),
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
  }

  /** Whether the trial window has been scheduled (its item exists, whether still due or settled). */
  async trialEndKnown(trial: TrialEnd): Promise<boolean> {
    const out = await this.db.send(
      new GetCommand({ TableName: this.table, Key: keys.trialEnd(trial.userId, trial.solutionId, trial.tier, trial.windowId), ConsistentRead: true }),
    );
    return out.Item !== undefined;
  }

  /**
   * Takes a trial window off the list of things to do (warned, and its end logged), in one transaction with `with`
   * (the window's `trial.ended`); false when it was off the list already (a repeat, or ended by its limit).
   */
  async settleTrialEnd(trial: TrialEnd, withItems: TransactItem[] = []): Promise<boolean> {
    const result = await transactWrite(this.db, [
      {
        Update: {
          TableName: this.table,
          Key: keys.trialEnd(trial.userId, trial.solutionId, trial.tier, trial.windowId),
          UpdateExpression: 'REMOVE gsi1pk, gsi1sk',
          ConditionExpression: 'attribute_exists(gsi1pk)',
        },
      },
      ...withItems,
    ]);
    if (result.ok) return true;
    if (result.reasons[0] === 'ConditionalCheckFailed') return false;
    throw new Error(`settling a trial end: transaction cancelled (${result.reasons.join(', ')})`);
  }
}
