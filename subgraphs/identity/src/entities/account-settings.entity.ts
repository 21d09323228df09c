import { Field, GraphQLISODateTime, ID, InputType, ObjectType } from 'type-graphql';
import type { SessionView } from '../services/account-settings.service.ts';

@ObjectType('AccountSession', { description: 'A signed-in session of the user (one sign-in and its refreshes).' })
export class AccountSession {
  @Field(() => ID)
  id!: string;

  @Field(() => GraphQLISODateTime, { description: 'When the user signed in.' })
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { description: 'The last sign-in or token refresh.' })
  lastActiveAt!: Date;

  @Field(() => GraphQLISODateTime, { description: 'When it ends unless used again.' })
  expiresAt!: Date;

  @Field(() => Boolean, { description: 'The session this request was made with.' })
  current!: boolean;
}

export function toAccountSession(view: SessionView): AccountSession {
  return Object.assign(new AccountSession(), {
    ...view,
    createdAt: new Date(view.createdAt),
    lastActiveAt: new Date(view.lastActiveAt),
    expiresAt: new Date(view.expiresAt),
  });
}

@InputType('UpdateProfileInput')
export class UpdateProfileInput {
  @Field(() => String, { description: '1 to 100 characters.' })
  name!: string;
}

@InputType('RequestEmailChangeInput')
export class RequestEmailChangeInput {
  @Field(() => String)
  newEmail!: string;

  @Field(() => String, { description: 'Proves it is the account holder asking.' })
  currentPassword!: string;
}
