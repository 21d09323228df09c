import type { AuditLog, BaseContext } from '@marketplace/shared';
import { type CatalogLoaders, createLoaders } from './data/catalog.loaders.ts';
import { createRepositories } from './data/repositories.ts';
import type { CatalogDeps } from './deps.ts';
import { ApplicationService } from './services/application.service.ts';
import { EndpointService } from './services/endpoint.service.ts';
import { HealthService } from './services/health.service.ts';
import { SecretService } from './services/secret.service.ts';
import { SolutionService } from './services/solution.service.ts';
import { TierService } from './services/tier.service.ts';

/** The per-request GraphQL context of the catalog subgraph. */
export interface CatalogContext extends BaseContext {
  deps: CatalogDeps;
  loaders: CatalogLoaders;
  applications: ApplicationService;
  solutions: SolutionService;
  tiers: TierService;
  endpoints: EndpointService;
  secrets: SecretService;
  health: HealthService;
  /** The catalog's stream of the audit trail. */
  audit: AuditLog;
}

/** Builds one request's loaders and services around the verified caller. */
export function createCatalogContext(deps: CatalogDeps, base: BaseContext): CatalogContext {
  const repos = createRepositories(deps.db, deps.table, deps.health.checkRetentionDays);
  return {
    ...base,
    deps,
    loaders: createLoaders(repos),
    applications: new ApplicationService(deps, repos),
    solutions: new SolutionService(deps, repos),
    tiers: new TierService(deps, repos),
    endpoints: new EndpointService(deps, repos),
    secrets: new SecretService(deps, repos),
    health: new HealthService(deps, repos),
    audit: repos.audit,
  };
}
