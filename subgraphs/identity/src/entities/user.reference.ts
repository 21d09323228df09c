import type { BaseContext } from '@marketplace/shared';
import type { IdentityContext } from '../context.ts';
import { toUser, type User } from './user.entity.ts';

/** Resolves `User` references from other subgraphs, batched per request through the loader. */
export const userReferenceResolvers = {
  User: {
    async __resolveReference(reference: { id: string }, context: BaseContext): Promise<User | null> {
      const record = await (context as IdentityContext).loaders.userById.load(reference.id);
      return record ? toUser(record) : null;
    },
  },
};
