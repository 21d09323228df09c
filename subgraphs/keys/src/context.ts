import type { AuditLog, BaseContext, Clock } from '@marketplace/shared';
import { createLoaders, type KeysLoaders } from './data/key.loaders.ts';
import { createRepositories } from './data/repositories.ts';
import type { KeysDeps } from './deps.ts';
import { KeyService } from './services/key.service.ts';

/** The per-request GraphQL context of the keys subgraph. */
export interface KeysContext extends BaseContext {
  /** Statuses are computed against this clock (expiry and grace are moments, not stored states). */
  clock: Clock;
  loaders: KeysLoaders;
  keys: KeyService;
  /** The keys subgraph's stream of the audit trail. */
  audit: AuditLog;
}

/** Builds one request's loaders and services around the verified caller. */
export function createKeysContext(deps: KeysDeps, base: BaseContext): KeysContext {
  const repos = createRepositories(deps.db, deps.table);
  return { ...base, clock: deps.clock, loaders: createLoaders(repos.keys), keys: new KeyService(deps, repos), audit: repos.audit };
}
