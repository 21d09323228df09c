import type { Tier } from '@marketplace/contracts';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import type { AuditEventRecord } from '../data/audit.repository.ts';
import type { GrantRecord } from '../data/grant.repository.ts';
import { TierEnum } from './enums.ts';
import { Solution, solutionStub } from './solution.entity.ts';
import { User, userStub } from './user.entity.ts';

/** A paid tier an admin granted a user on one solution (until billing exists). */
@ObjectType('TierGrant')
export class TierGrant {
  @Field(() => ID)
  userId!: string;

  @Field(() => User)
  user!: User;

  @Field(() => ID)
  solutionId!: string;

  @Field(() => Solution)
  solution!: Solution;

  @Field(() => TierEnum)
  tier!: Tier;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the grant ends (the user is REGISTERED again); null for open-ended.' })
  endsAt!: Date | null;

  @Field(() => ID, { description: 'The admin who granted it.' })
  grantedBy!: string;

  @Field(() => GraphQLISODateTime)
  grantedAt!: Date;
}

/** One entry of the audit trail of tier grants. */
@ObjectType('QuotaAuditEvent')
export class QuotaAuditEvent {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { description: 'The admin who acted.' })
  actorId!: string;

  @Field(() => String, { description: 'tier.grant or tier.revoke' })
  action!: string;

  @Field(() => ID)
  userId!: string;

  @Field(() => ID)
  solutionId!: string;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The grant before the action (tier, endsAt); null when there was none.' })
  before!: Record<string, unknown> | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The grant after the action; null once revoked.' })
  after!: Record<string, unknown> | null;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field(() => GraphQLISODateTime)
  at!: Date;
}

export function toTierGrant(record: GrantRecord): TierGrant {
  return Object.assign(new TierGrant(), {
    userId: record.userId,
    user: userStub(record.userId),
    solutionId: record.solutionId,
    solution: solutionStub(record.solutionId),
    tier: record.tier,
    endsAt: record.endsAt ? new Date(record.endsAt) : null,
    grantedBy: record.grantedBy,
    grantedAt: new Date(record.grantedAt),
  });
}

export function toQuotaAuditEvent(record: AuditEventRecord): QuotaAuditEvent {
  return Object.assign(new QuotaAuditEvent(), {
    id: record.id,
    actorId: record.actorId,
    action: record.action,
    userId: record.userId,
    solutionId: record.solutionId,
    before: record.before,
    after: record.after,
    reason: record.reason,
    at: new Date(record.at),
  });
}
