import type { Clock, Logger } from '@marketplace/shared';
import type { QueryEngine } from './engine/query-engine.ts';
import type { SolutionLookup, SqlLimits } from './services/analytics.service.ts';
import type { FiguresCache } from './services/figures.ts';

export type { SolutionLookup, SqlLimits };

/** Everything the analytics subgraph needs from its process; tests build their own. */
export interface AnalyticsDeps {
  engine: QueryEngine;
  /** `DATA_DIR/analytics` (absolute). */
  root: string;
  /** Which partner lists a solution (the catalog's read module in production). */
  solutions: SolutionLookup;
  clock: Clock;
  logger: Logger;
  sql: SqlLimits;
  freshAt(): Promise<Date | null>;
  /** The platform overviews already answered for the log's current version (none kept without it). */
  figuresCache?: FiguresCache;
}
