import DataLoader from 'dataloader';
import type { UserRecord, UserRepository } from './user.repository.ts';

/** Per-request loaders: each batches the lookups of one GraphQL operation into BatchGetItem calls. */
export interface IdentityLoaders {
  userById: DataLoader<string, UserRecord | null>;
}

export function createLoaders(users: UserRepository): IdentityLoaders {
  return {
    userById: new DataLoader((ids) => users.getMany(ids), { maxBatchSize: 100 }),
  };
}
