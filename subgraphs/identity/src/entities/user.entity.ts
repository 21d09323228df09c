import type { Role } from '@marketplace/shared';
import { Directive, Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import type { AccountStatus } from '@marketplace/contracts';
import type { UserRecord } from '../data/user.repository.ts';
import { RoleEnum, UserStatusEnum } from './enums.ts';

/** A person with an account. Other subgraphs reference it by id. */
@Directive('@key(fields: "id")')
@ObjectType('User', { description: 'A person with a Marketplace account.' })
export class User {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true, description: 'Visible to the user themself and to admins; null for anyone else.' })
  email!: string | null;

  @Field(() => [RoleEnum])
  roles!: Role[];

  @Field(() => UserStatusEnum)
  status!: AccountStatus;

  @Field(() => Boolean)
  emailVerified!: boolean;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => String, { nullable: true, description: 'Why the account is suspended; admins and the user only.' })
  suspendedReason!: string | null;

  /** Not in the schema: set when this object is handed to its owner (e.g. by login), who may see `email`. */
  ownerView?: boolean;
}

/**
 * The GraphQL view of a stored user (never the password hash). Field resolvers decide who sees `email`;
 * `ownerView` marks a result returned to the account's owner before they are signed in (register, login).
 */
export function toUser(record: UserRecord, options: { ownerView?: boolean } = {}): User {
  return Object.assign(new User(), {
    ownerView: options.ownerView ?? false,
    id: record.id,
    name: record.name,
    email: record.email,
    roles: record.roles,
    status: record.status,
    emailVerified: record.emailVerified,
    createdAt: new Date(record.createdAt),
    suspendedReason: record.suspendedReason ?? null,
  });
}
