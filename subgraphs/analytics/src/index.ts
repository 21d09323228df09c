import { buildFederatedSchema } from '@marketplace/shared';
import type { GraphQLSchema } from 'graphql';
import { AnalyticsResolver } from './resolvers/analytics.resolver.ts';

/** The analytics subgraph: datasets, SQL and dashboard figures over the append-only event log. */
export const name = 'analytics';

/** The federated schema, built without a port (tests and the composition script use it too). */
export async function buildAnalyticsSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({ resolvers: [AnalyticsResolver] }, {});
}

export type { AnalyticsDeps, SolutionLookup, SqlLimits } from './deps.ts';
export { createAnalyticsContext, type AnalyticsContext } from './context.ts';
export { openAnalyticsLog, type AnalyticsLog } from './services/analytics-log.ts';
export { FiguresCache } from './services/figures.ts';
export type { Cell, QueryEngine } from './engine/query-engine.ts';
