import { type EventLog, openEventLog } from '@marketplace/analytics/public';
import { createBillingAccountEraser } from '@marketplace/billing/public';
import { createCatalogAccountEraser } from '@marketplace/catalog/public';
import { type AccountEraser, ErasureJob, identityProcess } from '@marketplace/identity/public';
import { createKeyAccountEraser } from '@marketplace/keys/public';
import { createQuotasAccountEraser } from '@marketplace/quotas/public';
import { loadConfig, prepareSubgraph, type SubgraphBasics } from '@marketplace/shared';

/**
 * The account-erasure job's wiring: identity's `ErasureJob` (deletions wait in identity's table) with every other
 * package's part, each through that package's public face on its own table. It lives here, beside the launcher,
 * so that no subgraph imports another's eraser; `npm start` runs it as a process (`account-erasure-main.ts`),
 * the deployed stack as a scheduled function (`account-erasure-lambda.ts`).
 */
export function accountErasers(basics: Pick<SubgraphBasics, 'db' | 'tableOf' | 'clock' | 'logger'> & { events?: EventLog }): AccountEraser[] {
  const on = (subgraph: string) => ({ db: basics.db, table: basics.tableOf(subgraph), clock: basics.clock, logger: basics.logger, ...(basics.events ? { events: basics.events } : {}) });
  return [createKeyAccountEraser(on('keys')), createQuotasAccountEraser(on('quotas')), createBillingAccountEraser(on('billing')), createCatalogAccountEraser(on('catalog'))];
}

/** The job from the environment, with identity's settings (its table, its event-log writer's secret). */
export async function setupAccountErasure(): Promise<{ basics: SubgraphBasics; job: ErasureJob }> {
  const config = loadConfig(identityProcess.envSchema);
  const basics = await prepareSubgraph(identityProcess.name, config);
  const events = openEventLog('account-erasure', config, basics);
  return { basics, job: new ErasureJob({ db: basics.db, table: basics.table, clock: basics.clock, logger: basics.logger, erasers: accountErasers({ ...basics, events }) }) };
}
