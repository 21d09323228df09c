import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import type { AuditEventRecord } from '@marketplace/shared';
import { PageInfo } from './page-info.entity.ts';

/** One entry of the append-only audit trail of admin actions. */
@ObjectType('AuditEvent')
export class AuditEvent {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { nullable: true, description: 'Who acted; null for the platform itself.' })
  actorId!: string | null;

  @Field(() => String, { description: 'e.g. user.roles.set, user.suspend, user.reactivate, user.bootstrap' })
  action!: string;

  @Field(() => String)
  targetType!: string;

  @Field(() => ID)
  targetId!: string;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The changed fields before the action.' })
  before!: Record<string, unknown> | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The changed fields after the action.' })
  after!: Record<string, unknown> | null;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field(() => GraphQLISODateTime)
  at!: Date;
}

@ObjectType('AuditEventConnection')
export class AuditEventConnection {
  @Field(() => [AuditEvent])
  nodes!: AuditEvent[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

export function toAuditEvent(record: AuditEventRecord): AuditEvent {
  return Object.assign(new AuditEvent(), {
    id: record.id,
    actorId: record.actorId,
    action: record.action,
    targetType: record.targetType,
    targetId: record.targetId,
    before: record.before ?? null,
    after: record.after ?? null,
    reason: record.reason ?? null,
    at: new Date(record.at),
  });
}
