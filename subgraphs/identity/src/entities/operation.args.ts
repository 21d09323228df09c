import type { Role } from '@marketplace/shared';
import { ArgsType, Field, ID, Int } from 'type-graphql';
import type { UserStatus } from '../data/user.repository.ts';
import { RoleEnum, UserStatusEnum } from './enums.ts';

// Argument lists of more than one argument are classes, so the schema lists them in this (documented) order.

@ArgsType()
export class UsersArgs {
  @Field(() => String, { nullable: true, description: 'Case-insensitive part of the email or the name.' })
  search?: string | null;

  @Field(() => RoleEnum, { nullable: true })
  role?: Role | null;

  @Field(() => UserStatusEnum, { nullable: true })
  status?: UserStatus | null;

  @Field(() => Int, { nullable: true, defaultValue: 20, description: '1 to 100' })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

@ArgsType()
export class SetUserRolesArgs {
  @Field(() => ID)
  userId!: string;

  @Field(() => [RoleEnum])
  roles!: Role[];
}

@ArgsType()
export class SuspendUserArgs {
  @Field(() => ID)
  userId!: string;

  @Field(() => String, { description: 'Sent to the user by email.' })
  reason!: string;
}

@ArgsType()
export class ResetPasswordArgs {
  @Field(() => String)
  token!: string;

  @Field(() => String)
  newPassword!: string;
}

@ArgsType()
export class ChangePasswordArgs {
  @Field(() => String)
  currentPassword!: string;

  @Field(() => String)
  newPassword!: string;
}
