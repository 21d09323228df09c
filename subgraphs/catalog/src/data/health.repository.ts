import { type DynamoDBDocumentClient, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { batchGetItems, isConditionFailure, type StagedEvents, transactWrite, type TransactItem } from '@marketplace/shared';
import type { HealthFailure } from '../services/health-probe.ts';
import { countsOf, latencyBucket, type RollupCounts } from '../services/health-rollup.ts';
import { keys } from './keys.ts';

export type HealthStatus = 'UP' | 'DOWN';

/** A solution's current health, one item next to the solution (pk=SOL#<id>, sk=HEALTH). */
export interface HealthStateRecord {
  solutionId: string;
  /** The last check slot claimed; a check runs only by claiming a later slot (once per interval). */
  slot: number;
  /** Null until the first check of the slot finished. */
  status: HealthStatus | null;
  /** When the current status began. */
  since: string | null;
  lastCheckedAt: string | null;
  lastLatencyMs: number | null;
  lastFailure: HealthFailure | null;
  lastDetail: string | null;
  /** The sort key of the open incident while DOWN. */
  openIncident: string | null;
  /** What opened the open incident (the check that confirmed DOWN), kept for the mail that closes it. */
  incidentFailure: HealthFailure | null;
  incidentDetail: string | null;
  /**
   * Consecutive checks that disagree with `status` (failures while UP or unknown, successes while DOWN), and when
   * the first of them ran: a change needs `failuresToOpen` or `successesToClose` of them and dates from the first.
   */
  streak: number;
  streakSince: string | null;
}

/** How many consecutive checks change a solution's status: one failed probe is not an outage. */
export interface HealthDebounce {
  /** Consecutive failures that open an incident (mark the solution DOWN). */
  failuresToOpen: number;
  /** Consecutive successes that close it (mark it UP again). */
  successesToClose: number;
}

export interface HealthCheckRecord {
  at: string;
  up: boolean;
  latencyMs: number;
  httpStatus: number | null;
  failure: HealthFailure | null;
  detail: string | null;
}

export interface HealthIncidentRecord {
  id: string;
  startedAt: string;
  /** Null while it lasts. */
  endedAt: string | null;
  failure: HealthFailure;
  detail: string;
}

export interface RollupRecord extends RollupCounts {
  /** `YYYY-MM-DDTHH` (hour) or `YYYY-MM-DD` (day), UTC. */
  period: string;
}

/** How long each kind of health item lives (DynamoDB TTL), in days. */
export interface HealthRetention {
  checkDays: number;
  hourDays: number;
  dayDays: number;
}

const hourOf = (iso: string) => iso.slice(0, 13);
const dayOf = (iso: string) => iso.slice(0, 10);
const ttlAfter = (iso: string, days: number) => Math.floor(new Date(iso).getTime() / 1000) + days * 86_400;

function toState(item: Record<string, unknown>): HealthStateRecord {
  return {
    solutionId: String(item.solutionId),
    slot: Number(item.slot ?? -1),
    status: (item.status as HealthStatus | undefined) ?? null,
    since: (item.since as string | undefined) ?? null,
    lastCheckedAt: (item.lastCheckedAt as string | undefined) ?? null,
    lastLatencyMs: (item.lastLatencyMs as number | undefined) ?? null,
    lastFailure: (item.lastFailure as HealthFailure | undefined) ?? null,
    lastDetail: (item.lastDetail as string | undefined) ?? null,
    openIncident: (item.openIncident as string | undefined) ?? null,
    incidentFailure: (item.incidentFailure as HealthFailure | undefined) ?? null,
    incidentDetail: (item.incidentDetail as string | undefined) ?? null,
    streak: Number(item.streak ?? 0),
    streakSince: (item.streakSince as string | undefined) ?? null,
  };
}

/** The outcome of one check, as `recordCheck` writes it. */
export interface CheckOutcome extends HealthCheckRecord {
  solutionId: string;
  slot: number;
}

/**
 * The status after one check: unchanged while the check agrees with it; changed only when this check completes
 * the streak the debounce asks for, dated from the streak's first check. A first success (no status yet) is UP at
 * once: nothing was down.
 */
export function nextHealthStatus(
  before: Pick<HealthStateRecord, 'status' | 'streak' | 'streakSince'>,
  check: { up: boolean; at: string },
  debounce: HealthDebounce,
): { status: HealthStatus | null; changed: boolean; streak: number; streakSince: string | null } {
  const observed: HealthStatus = check.up ? 'UP' : 'DOWN';
  if (before.status === observed) return { status: observed, changed: false, streak: 0, streakSince: null };
  if (before.status === null && check.up) return { status: 'UP', changed: true, streak: 0, streakSince: check.at };
  // A streak only grows while every check disagrees in the same way: a success while unknown ended the failures.
  const streak = before.streak + 1;
  const streakSince = before.streak > 0 && before.streakSince ? before.streakSince : check.at;
  const needed = check.up ? debounce.successesToClose : debounce.failuresToOpen;
  if (streak >= needed) return { status: observed, changed: true, streak: 0, streakSince };
  return { status: before.status, changed: false, streak, streakSince };
}

/** What `recordCheck` changed: the status before and after, and the incident opened or closed. */
export type Transition =
  | { kind: 'none' }
  | { kind: 'down'; incident: HealthIncidentRecord }
  | { kind: 'up'; incident: HealthIncidentRecord | null; since: string | null };

/**
 * Owns the health items of the catalog table (see `keys.ts`, patterns 17–20): the state next to each solution,
 * and under HEALTH#<solutionId> every check, hourly and daily rollups, and incidents.
 */
export class HealthRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly table: string,
    private readonly retention: HealthRetention = { checkDays: 7, hourDays: 14, dayDays: 400 },
  ) {}

  /** States by solution id in key order, null for never-checked solutions. */
  async states(solutionIds: readonly string[]): Promise<(HealthStateRecord | null)[]> {
    const items = await batchGetItems(this.db, this.table, solutionIds.map(keys.healthState));
    return items.map((item) => (item ? toState(item) : null));
  }

  /**
   * Claims `slot` of a solution's checks: succeeds for exactly one caller per slot across every process (a
   * conditional write), and returns the state before the claim; null when someone else has it.
   */
  async claim(solutionId: string, slot: number, owner: string): Promise<HealthStateRecord | null> {
    try {
      const out = await this.db.send(
        new UpdateCommand({
          TableName: this.table,
          Key: keys.healthState(solutionId),
          UpdateExpression: 'SET #slot = :slot, solutionId = :id, claimedBy = :owner, #type = :type',
          ConditionExpression: 'attribute_not_exists(#slot) OR #slot < :slot',
          ExpressionAttributeNames: { '#slot': 'slot', '#type': 'type' },
          ExpressionAttributeValues: { ':slot': slot, ':id': solutionId, ':owner': owner, ':type': 'HealthState' },
          ReturnValues: 'ALL_OLD',
        }),
      );
      return toState({ solutionId, ...out.Attributes });
    } catch (error) {
      if (isConditionFailure(error)) return null;
      throw error;
    }
  }

  /**
   * Records a claimed check: the check itself (with a TTL), its hour and day rollups, and the state, opening an
   * incident on a change to DOWN and closing it on the change back to UP. The state write is conditional on
   * the slot still being this check's, so a late writer never overwrites a newer check. `facts` stages the
   * check's analytics events (the outbox): they commit with the state, and are published once it has.
   */
  async recordCheck(
    before: HealthStateRecord,
    check: CheckOutcome,
    debounce: HealthDebounce,
    facts?: (transition: Transition, changedAt: string) => StagedEvents,
  ): Promise<Transition> {
    const pk = keys.healthOf(check.solutionId);
    await this.writeCheck(check);

    const next = nextHealthStatus(before, check, debounce);
    const { status, changed } = next;
    // A change dates from the first check of the streak that made it.
    const changedAt = next.streakSince ?? check.at;
    let transition: Transition = { kind: 'none' };
    const extra: TransactItem[] = [];
    let openIncident = before.openIncident;
    let incidentFailure = before.incidentFailure;
    let incidentDetail = before.incidentDetail;
    if (changed && status === 'DOWN') {
      const incident: HealthIncidentRecord = { id: `${check.solutionId}:${changedAt}`, startedAt: changedAt, endedAt: null, failure: check.failure!, detail: check.detail ?? '' };
      const key = keys.healthIncident(check.solutionId, changedAt);
      openIncident = key.sk;
      incidentFailure = incident.failure;
      incidentDetail = incident.detail;
      extra.push({ Put: { TableName: this.table, Item: { ...key, type: 'HealthIncident', ...incident, ttl: ttlAfter(changedAt, this.retention.dayDays) } } });
      transition = { kind: 'down', incident };
    } else if (changed && status === 'UP') {
      let incident: HealthIncidentRecord | null = null;
      if (before.openIncident) {
        extra.push({
          Update: {
            TableName: this.table,
            Key: { pk: pk.pk, sk: before.openIncident },
            UpdateExpression: 'SET endedAt = :at',
            ConditionExpression: 'attribute_exists(pk)',
            ExpressionAttributeValues: { ':at': changedAt },
          },
        });
        const startedAt = before.openIncident.slice('INCIDENT#'.length);
        incident = {
          id: `${check.solutionId}:${startedAt}`,
          startedAt,
          endedAt: changedAt,
          failure: before.incidentFailure ?? before.lastFailure ?? 'UNREACHABLE',
          detail: before.incidentDetail ?? before.lastDetail ?? '',
        };
      }
      openIncident = null;
      incidentFailure = null;
      incidentDetail = null;
      transition = { kind: 'up', incident, since: before.since };
    }
    const names: Record<string, string> = { '#slot': 'slot', '#status': 'status' };
    const values: Record<string, unknown> = {
      ':slot': check.slot,
      ':status': status,
      ':at': check.at,
      ':latency': check.latencyMs,
      ':since': changed ? changedAt : (before.since ?? (status ? check.at : null)),
      ':failure': check.failure,
      ':detail': check.detail,
      ':incident': openIncident,
      ':incidentFailure': incidentFailure,
      ':incidentDetail': incidentDetail,
      ':streak': next.streak,
      ':streakSince': next.streakSince,
    };
    const state: TransactItem = {
      Update: {
        TableName: this.table,
        Key: keys.healthState(check.solutionId),
        UpdateExpression:
          'SET #status = :status, since = :since, lastCheckedAt = :at, lastLatencyMs = :latency, lastFailure = :failure, lastDetail = :detail, ' +
          'openIncident = :incident, incidentFailure = :incidentFailure, incidentDetail = :incidentDetail, streak = :streak, streakSince = :streakSince',
        ConditionExpression: '#slot = :slot',
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
      },
    };
    const staged = facts?.(transition, changedAt);
    const result = await transactWrite(this.db, [state, ...extra, ...(staged?.items ?? [])]);
    // Lost to a newer slot's check (this one outlasted its interval): that check tells the story.
    if (!result.ok) return { kind: 'none' };
    await staged?.publish();
    return transition;
  }

  /** The check item (with a TTL) and its hour and day rollups: what every check adds, whatever the status. */
  private async writeCheck(check: Pick<CheckOutcome, 'solutionId' | 'at' | 'up' | 'latencyMs' | 'httpStatus' | 'failure' | 'detail'>): Promise<void> {
    const pk = keys.healthOf(check.solutionId);
    await this.db.send(
      new PutCommand({
        TableName: this.table,
        Item: {
          ...keys.healthCheck(check.solutionId, check.at),
          type: 'HealthCheck',
          at: check.at,
          up: check.up,
          latencyMs: check.latencyMs,
          httpStatus: check.httpStatus,
          failure: check.failure,
          detail: check.detail,
          ttl: ttlAfter(check.at, this.retention.checkDays),
        },
      }),
    );
    for (const [sk, days] of [
      [`HOUR#${hourOf(check.at)}`, this.retention.hourDays],
      [`DAY#${dayOf(check.at)}`, this.retention.dayDays],
    ] as const) {
      await this.db.send(
        new UpdateCommand({
          TableName: this.table,
          Key: { pk: pk.pk, sk },
          UpdateExpression: `ADD checks :one, up :up${check.up ? ', #bucket :one' : ''} SET #ttl = :ttl, #type = :type`,
          ExpressionAttributeNames: { '#ttl': 'ttl', '#type': 'type', ...(check.up ? { '#bucket': latencyBucket(check.latencyMs) } : {}) },
          ExpressionAttributeValues: { ':one': 1, ':up': check.up ? 1 : 0, ':ttl': ttlAfter(check.at, days), ':type': 'HealthRollup' },
        }),
      );
    }
  }

  /**
   * A past check and the incidents it belongs to (the demo's history): the check and its rollups as `recordCheck`
   * writes them, and each incident closed, without touching the current state (the live monitor's).
   */
  async recordPast(check: Pick<CheckOutcome, 'solutionId' | 'at' | 'up' | 'latencyMs' | 'httpStatus' | 'failure' | 'detail'>, incidents: readonly HealthIncidentRecord[] = []): Promise<void> {
    await this.writeCheck(check);
    for (const incident of incidents) {
      const key = keys.healthIncident(check.solutionId, incident.startedAt);
      await this.db.send(new PutCommand({ TableName: this.table, Item: { ...key, type: 'HealthIncident', ...incident, ttl: ttlAfter(incident.startedAt, this.retention.dayDays) } }));
    }
  }

  /** The newest checks first. */
  async recentChecks(solutionId: string, limit: number): Promise<HealthCheckRecord[]> {
    const items = await this.newest(solutionId, 'CHECK#', limit);
    return items.map((i) => ({
      at: String(i.at),
      up: Boolean(i.up),
      latencyMs: Number(i.latencyMs),
      httpStatus: (i.httpStatus as number | null) ?? null,
      failure: (i.failure as HealthFailure | null) ?? null,
      detail: (i.detail as string | null) ?? null,
    }));
  }

  /** Incidents, newest first. */
  async incidents(solutionId: string, limit: number): Promise<HealthIncidentRecord[]> {
    const items = await this.newest(solutionId, 'INCIDENT#', limit);
    return items.map((i) => ({
      id: String(i.id),
      startedAt: String(i.startedAt),
      endedAt: (i.endedAt as string | null) ?? null,
      failure: i.failure as HealthFailure,
      detail: String(i.detail ?? ''),
    }));
  }

  /** Rollups of `kind` from `from` (inclusive, a period key) on, oldest first. */
  async rollups(solutionId: string, kind: 'HOUR' | 'DAY', from: string): Promise<RollupRecord[]> {
    const out = await this.db.send(
      new QueryCommand({
        TableName: this.table,
        KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
        ExpressionAttributeValues: { ':pk': keys.healthOf(solutionId).pk, ':from': `${kind}#${from}`, ':to': `${kind}#\uffff` },
      }),
    );
    return (out.Items ?? []).map((item) => ({ period: String(item.sk).slice(kind.length + 1), ...countsOf(item) }));
  }

  private async newest(solutionId: string, prefix: string, limit: number): Promise<Record<string, unknown>[]> {
    const out = await this.db.send(
      new QueryCommand({
        TableName: this.table,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': keys.healthOf(solutionId).pk, ':prefix': prefix },
        ScanIndexForward: false,
        Limit: limit,
      }),
    );
    return out.Items ?? [];
  }
}
