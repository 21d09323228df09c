import { setupAnalytics } from '@marketplace/analytics';
import { createCatalogReader } from '@marketplace/catalog/public';

/**
 * The analytics process's wiring: the subgraph with the catalog's reader for who lists a solution (cached ≤ 5 s).
 * It lives here, beside the launcher, because the catalog appends to analytics' event log: analytics stands below
 * the catalog and names only the port (`SolutionLookup`). `npm start` runs it as a process (`analytics-main.ts`),
 * the deployed stack as a function (`analytics-lambda.ts`).
 */
export function setupAnalyticsProcess(): ReturnType<typeof setupAnalytics> {
  return setupAnalytics(({ db, tableOf, clock }) => createCatalogReader({ db, table: tableOf('catalog'), clock }));
}
