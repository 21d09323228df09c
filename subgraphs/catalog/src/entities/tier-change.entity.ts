import { PageInfo } from '@marketplace/shared';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import type { AuditEventRecord } from '@marketplace/shared';

/** One audited change of tier configuration (a solution's tiers or the platform's settings). */
@ObjectType('TierChange')
export class TierChange {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { nullable: true, description: 'Who changed it; null for the platform itself.' })
  actorId!: string | null;

  @Field(() => String, { description: 'solution.tiers.set or platform.tierSettings.update' })
  action!: string;

  @Field(() => GraphQLJSONObject, { nullable: true, description: '`{ tiers: [...] }` before the change; null when the tiers were created.' })
  before!: Record<string, unknown> | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: '`{ tiers: [...] }` after the change.' })
  after!: Record<string, unknown> | null;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field(() => GraphQLISODateTime)
  at!: Date;
}

@ObjectType('TierChangeConnection')
export class TierChangeConnection {
  @Field(() => [TierChange])
  nodes!: TierChange[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

export function toTierChange(record: AuditEventRecord): TierChange {
  return Object.assign(new TierChange(), {
    id: record.id,
    actorId: record.actorId,
    action: record.action,
    before: record.before,
    after: record.after,
    reason: record.reason,
    at: new Date(record.at),
  });
}
