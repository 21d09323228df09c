// The package's face: its name and schema (schema.ts), its process set-up (setup.ts; the platform passes in the
// catalog's reader), and what tests and the set-up build it from.
export { buildAnalyticsSchema, name } from './schema.ts';
export { setupAnalytics } from './setup.ts';
export type { AnalyticsDeps, SolutionLookup, SqlLimits } from './deps.ts';
export { createAnalyticsContext, type AnalyticsContext } from './context.ts';
export { openAnalyticsLog, type AnalyticsLog } from './services/analytics-log.ts';
export { FiguresCache } from './services/figures.ts';
export type { Cell, QueryEngine } from './engine/query-engine.ts';
