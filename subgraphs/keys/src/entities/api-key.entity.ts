import { Directive, Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import type { ApiKeyRecord } from '../data/key.repository.ts';
import { type KeyState, keyState } from '../public/key-state.ts';
import { ApiKeyStatusEnum } from './enums.ts';
import { Solution, solutionStub } from './solution.entity.ts';

/** A customer's API key for one solution. The plaintext is never part of it (see `CreatedApiKey`). */
@Directive('@key(fields: "id")')
@ObjectType('ApiKey', { description: "A customer's API key for one solution; only its owner and admins see it." })
export class ApiKey {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'The first characters of the key (`mk_live_` + 4), to tell keys apart.' })
  prefix!: string;

  @Field(() => ID)
  solutionId!: string;

  @Field(() => Solution, { description: 'The solution the key calls (resolved by the catalog).' })
  solution!: Solution;

  @Field(() => ID)
  userId!: string;

  @Field(() => ApiKeyStatusEnum)
  status!: KeyState;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Recorded at most once a minute.' })
  lastUsedAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'The key stops working at this instant; null for never.' })
  expiresAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'A rotated key keeps working until this instant.' })
  graceEndsAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  revokedAt!: Date | null;

  @Field(() => ID, { nullable: true, description: 'The key that replaced this one when it was rotated.' })
  replacedById!: string | null;
}

const date = (iso: string | null) => (iso === null ? null : new Date(iso));

/** The GraphQL view of a stored key, its status as of `now` (never the hash). */
export function toApiKey(record: ApiKeyRecord, now: Date): ApiKey {
  return Object.assign(new ApiKey(), {
    id: record.id,
    name: record.name,
    prefix: record.prefix,
    solutionId: record.solutionId,
    solution: solutionStub(record.solutionId),
    userId: record.userId,
    status: keyState(record, now),
    createdAt: new Date(record.createdAt),
    lastUsedAt: date(record.lastUsedAt),
    expiresAt: date(record.expiresAt),
    graceEndsAt: date(record.graceEndsAt),
    revokedAt: date(record.revokedAt),
    replacedById: record.replacedById,
  });
}
