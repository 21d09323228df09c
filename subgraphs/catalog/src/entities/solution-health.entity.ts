import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { HealthCheckRecord, HealthIncidentRecord, HealthStateRecord } from '../data/health.repository.ts';
import { HEALTH_FAILURES, type HealthFailure } from '../services/health-probe.ts';
import type { HealthPeriodView, PublicHealthStatus } from '../services/health.service.ts';

export const SolutionHealthStatusEnum = { UP: 'UP', DOWN: 'DOWN', UNKNOWN: 'UNKNOWN' } as const satisfies Record<PublicHealthStatus, PublicHealthStatus>;
registerEnumType(SolutionHealthStatusEnum, {
  name: 'SolutionHealthStatus',
  description: "The platform's last health check of a solution: UNKNOWN without a health URL, before the first check, or when the last check is stale.",
});

export const HealthFailureEnum = Object.fromEntries(HEALTH_FAILURES.map((f) => [f, f])) as { [K in HealthFailure]: K };
registerEnumType(HealthFailureEnum, {
  name: 'HealthFailure',
  description:
    'Why a health check found a solution down: TIMEOUT (no full answer within the deadline), UNREACHABLE (connection or name failed), BLOCKED (the URL points at a refused address), REDIRECT (to another host, or too many), HTTP_STATUS (not 2xx), BAD_BODY (not health JSON), REPORTED_DOWN (the solution says fail), INVALID_URL.',
});

@ObjectType('HealthPeriod', { description: 'Health checks of one UTC hour or day.' })
export class HealthPeriod {
  @Field(() => GraphQLISODateTime)
  start!: Date;

  @Field(() => Int)
  checks!: number;

  @Field(() => Int, { description: 'Checks that found it up.' })
  up!: number;

  @Field(() => Float, { nullable: true, description: 'Percent of checks up, two decimals; null without checks.' })
  uptimePercent!: number | null;

  @Field(() => Int, { nullable: true, description: 'Median latency of the up checks, to the upper bound of its bucket.' })
  p50Ms!: number | null;

  @Field(() => Int, { nullable: true, description: '95th percentile latency of the up checks, to the upper bound of its bucket.' })
  p95Ms!: number | null;
}

@ObjectType('HealthIncident', { description: 'A time a solution was down: from the first failed check to the next passing one.' })
export class HealthIncident {
  @Field(() => ID)
  id!: string;

  @Field(() => GraphQLISODateTime)
  startedAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Null while it lasts.' })
  endedAt!: Date | null;

  @Field(() => Int, { description: 'Seconds down, so far while it lasts.' })
  durationSeconds!: number;

  @Field(() => HealthFailureEnum)
  failure!: HealthFailure;

  @Field(() => String, { description: 'What the first failed check found.' })
  detail!: string;
}

@ObjectType('HealthCheck', { description: "One check of a solution's health URL." })
export class HealthCheck {
  @Field(() => GraphQLISODateTime)
  at!: Date;

  @Field(() => Boolean)
  up!: boolean;

  @Field(() => Int)
  latencyMs!: number;

  @Field(() => Int, { nullable: true })
  httpStatus!: number | null;

  @Field(() => HealthFailureEnum, { nullable: true })
  failure!: HealthFailure | null;

  @Field(() => String, { nullable: true })
  detail!: string | null;
}

@ObjectType('SolutionHealth', { description: "A solution's health as the platform's monitor sees it. Its partner and admins only." })
export class SolutionHealth {
  @Field(() => SolutionHealthStatusEnum)
  status!: PublicHealthStatus;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the current UP or DOWN began.' })
  since!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  lastCheckedAt!: Date | null;

  @Field(() => Int, { nullable: true })
  lastLatencyMs!: number | null;

  @Field(() => HealthFailureEnum, { nullable: true, description: 'Why the last check failed; null when it passed.' })
  lastFailure!: HealthFailure | null;

  @Field(() => String, { nullable: true })
  lastDetail!: string | null;

  @Field(() => Int, { description: 'How often the platform checks.' })
  checkIntervalSeconds!: number;

  /** Not in the schema: whose health, for the field resolvers. */
  solutionId!: string;
}

export function toSolutionHealth(solutionId: string, status: PublicHealthStatus, state: HealthStateRecord | null, intervalMs: number): SolutionHealth {
  return Object.assign(new SolutionHealth(), {
    solutionId,
    status,
    since: state?.since ? new Date(state.since) : null,
    lastCheckedAt: state?.lastCheckedAt ? new Date(state.lastCheckedAt) : null,
    lastLatencyMs: state?.lastLatencyMs ?? null,
    lastFailure: state?.lastFailure ?? null,
    lastDetail: state?.lastDetail ?? null,
    checkIntervalSeconds: Math.round(intervalMs / 1000),
  });
}

export const toHealthPeriod = (view: HealthPeriodView): HealthPeriod => Object.assign(new HealthPeriod(), view);

export function toHealthIncident(record: HealthIncidentRecord, now: Date): HealthIncident {
  const startedAt = new Date(record.startedAt);
  const endedAt = record.endedAt ? new Date(record.endedAt) : null;
  return Object.assign(new HealthIncident(), {
    ...record,
    startedAt,
    endedAt,
    durationSeconds: Math.max(0, Math.round(((endedAt ?? now).getTime() - startedAt.getTime()) / 1000)),
  });
}

export const toHealthCheck = (record: HealthCheckRecord): HealthCheck => Object.assign(new HealthCheck(), { ...record, at: new Date(record.at) });
