import { subgraphTable } from '@marketplace/shared';
import { catalogProcess } from '../config.ts';
// What other packages may use of the catalog: the cached read module for solutions, tiers, endpoints and secrets.
export * from './catalog-reader.ts';
export { createCatalogAccountEraser } from './account-eraser.ts';
export { createHealthHistoryWriter, type PastHealthCheck } from './health-history.ts';
export { createPriceChangeFeed, type PendingPriceChange, type PreviewedPriceChange, type PriceChangeFeed } from './price-change-feed.ts';

// What the CDK app (infra/) deploys: the package's table (its one shape, as `ensureTable` creates it) and start-up needs.
export { catalogProcess };
export const catalogTable = subgraphTable(catalogProcess.name);
