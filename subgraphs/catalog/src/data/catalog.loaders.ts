import DataLoader from 'dataloader';
import { type Clock, createReadCache, type ReadCache } from '@marketplace/shared';
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

/** A solution as another subgraph's reference to it resolves: its record and its partner's profile (the publisher). */
export interface SolutionReference {
  record: SolutionRecord;
  profile: PartnerProfileRecord | null;
}

/**
 * Solutions that other subgraphs name (a key's solution on the dashboard), remembered per process for `ttlMs`
 * of the clock: a change (a suspension, a rename, a new company name) reaches references within `ttlMs`. It
 * holds records, never answers: every field's access check still runs per request, for that request's caller.
 */
export type SolutionReferenceCache = ReadCache<SolutionReference | null>;

/** How long a process serves a solution reference from memory: as long as the gateway's session cache. */
export const SOLUTION_REFERENCE_TTL_MS = 1000;

export function createSolutionReferenceCache(options: { clock: Clock; ttlMs?: number; maxEntries?: number }): SolutionReferenceCache {
  return createReadCache({ clock: options.clock, ttlMs: options.ttlMs ?? SOLUTION_REFERENCE_TTL_MS, maxEntries: options.maxEntries ?? 10_000 });
}
