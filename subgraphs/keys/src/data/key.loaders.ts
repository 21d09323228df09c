import DataLoader from 'dataloader';
import type { ApiKeyRecord, KeyRepository } from './key.repository.ts';

/** Per-request loaders: each batches the lookups of one GraphQL operation into BatchGetItem calls. */
export interface KeysLoaders {
  keyById: DataLoader<string, ApiKeyRecord | null>;
}

export function createLoaders(repository: KeyRepository): KeysLoaders {
  return { keyById: new DataLoader((ids) => repository.getMany(ids), { maxBatchSize: 100 }) };
}
