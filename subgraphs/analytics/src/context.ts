import type { BaseContext } from '@marketplace/shared';
import type { AnalyticsDeps } from './deps.ts';
import { AnalyticsService, type SqlLimits } from './services/analytics.service.ts';
import { Figures } from './services/figures.ts';

/** The per-request GraphQL context of the analytics subgraph. */
export interface AnalyticsContext extends BaseContext {
  analytics: AnalyticsService;
  figures: Figures;
  sqlLimits: SqlLimits;
}

export function createAnalyticsContext(deps: AnalyticsDeps, base: BaseContext): AnalyticsContext {
  const analytics = new AnalyticsService(deps);
  return { ...base, analytics, figures: new Figures(analytics, deps.solutions, deps.figuresCache), sqlLimits: deps.sql };
}
