import type { Role } from '@marketplace/shared';
import { registerEnumType } from 'type-graphql';
import type { AccountStatus } from '@marketplace/contracts';

/** GraphQL names (upper case) over the internal role values (the shared lower-case `Role`). */
export const RoleEnum = { CUSTOMER: 'customer', PARTNER: 'partner', ANALYST: 'analyst', ADMIN: 'admin' } as const satisfies Record<string, Role>;
registerEnumType(RoleEnum, {
  name: 'Role',
  description: 'What a user may do. Every user is a customer; partners list solutions; analysts read platform analytics (read-only); admins run the platform.',
});

export const UserStatusEnum = { ACTIVE: 'active', SUSPENDED: 'suspended' } as const satisfies Record<string, AccountStatus>;
registerEnumType(UserStatusEnum, {
  name: 'UserStatus',
  description: 'Suspended users cannot sign in and their sessions are ended.',
});
