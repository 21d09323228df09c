import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import type { KeyAuditRecord } from '../data/audit.repository.ts';
import type { KeyState } from '../public/key-state.ts';
import { ApiKeyStatusEnum } from './enums.ts';

/** One entry of a key's append-only audit trail. */
@ObjectType('KeyAuditEvent')
export class KeyAuditEvent {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  keyId!: string;

  @Field(() => String, { description: 'key.create, key.rotate or key.revoke' })
  action!: string;

  @Field(() => ID, { nullable: true, description: 'Who acted: the owner, or an admin who revoked the key.' })
  actorId!: string | null;

  @Field(() => ApiKeyStatusEnum, { nullable: true, description: 'Null for key.create.' })
  beforeStatus!: KeyState | null;

  @Field(() => ApiKeyStatusEnum)
  afterStatus!: KeyState;

  @Field(() => ID, {
    nullable: true,
    description: 'key.rotate: the key that replaced this one; key.create by a rotation: the key it replaced.',
  })
  relatedKeyId!: string | null;

  @Field(() => GraphQLISODateTime)
  at!: Date;
}

export function toKeyAuditEvent(record: KeyAuditRecord): KeyAuditEvent {
  const related = record.after.replacedById ?? record.after.replacesId;
  return Object.assign(new KeyAuditEvent(), {
    id: record.id,
    keyId: record.targetId,
    action: record.action,
    actorId: record.actorId,
    beforeStatus: record.before?.status ?? null,
    afterStatus: record.after.status,
    relatedKeyId: typeof related === 'string' ? related : null,
    at: new Date(record.at),
  });
}
