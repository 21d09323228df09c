import DataLoader from 'dataloader';
import type { PartnerProfileRecord } from './application.repository.ts';
import type { HealthStateRecord } from './health.repository.ts';
import type { Repositories } from './repositories.ts';
import type { SolutionRecord } from './solution.repository.ts';

/** Per-request loaders: each batches the lookups of one GraphQL operation into BatchGetItem calls. */
export interface CatalogLoaders {
  solutionById: DataLoader<string, SolutionRecord | null>;
  partnerProfileByUserId: DataLoader<string, PartnerProfileRecord | null>;
  healthStateBySolutionId: DataLoader<string, HealthStateRecord | null>;
}

export function createLoaders(repos: Repositories): CatalogLoaders {
  return {
    solutionById: new DataLoader((ids) => repos.solutions.getMany(ids), { maxBatchSize: 100 }),
    partnerProfileByUserId: new DataLoader((ids) => repos.applications.profiles(ids), { maxBatchSize: 100 }),
    healthStateBySolutionId: new DataLoader((ids) => repos.health.states(ids), { maxBatchSize: 100 }),
  };
}
