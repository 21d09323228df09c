import { buildFederatedSchema } from '@marketplace/shared';
import type { GraphQLSchema } from 'graphql';
import { AnalyticsResolver } from './resolvers/analytics.resolver.ts';

/** The analytics subgraph: datasets, SQL and dashboard figures over the append-only event log. */
export const name = 'analytics';

/** The federated schema, built without a port (tests and the composition script use it too). */
export async function buildAnalyticsSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({ resolvers: [AnalyticsResolver] }, {});
}
