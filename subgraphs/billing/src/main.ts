import { openEventLog } from '@marketplace/analytics/public';
import { join } from 'node:path';
import { createCatalogReader } from '@marketplace/catalog/public';
import { createUserProfileReader } from '@marketplace/identity/public';
import { createPaidGrantWriter } from '@marketplace/quotas/public';
import { createMailer, createScheduler, listenSubgraph, loadConfig, loadSecrets, prepareSubgraph, runService } from '@marketplace/shared';
import { billingEnvSchema, RAZORPAY_SECRETS, razorpaySettings } from './config.ts';
import { LocalDocumentStore } from './data/document-store.ts';
import { billingRoutes } from './http/billing-routes.ts';
import { type BillingDeps, buildBillingSchema, createBillingContext, createBillingServices, name } from './index.ts';
import { createRazorpayGateway } from './services/razorpay-gateway.ts';

/** The billing process: the only file of the package that listens. */
async function start(): Promise<{ close(): Promise<void> }> {
  const config = loadConfig(billingEnvSchema);
  const secrets = loadSecrets({ nodeEnv: config.NODE_ENV, dataDir: config.DATA_DIR, need: ['internalSecret'], declare: RAZORPAY_SECRETS });
  const razorpay = razorpaySettings(config, secrets);
  const basics = await prepareSubgraph(name, config);
  const { db, table, clock, logger, production } = basics;
  const on = (subgraph: string) => ({ db, table: basics.tableOf(subgraph), clock });
  const deps: BillingDeps = {
    db,
    table,
    clock,
    logger,
    production,
    // Other packages' data only through their public read and write modules.
    catalog: createCatalogReader(on('catalog')),
    users: createUserProfileReader(on('identity')),
    grants: createPaidGrantWriter(on('quotas')),
    razorpay: createRazorpayGateway(razorpay),
    mailer: createMailer({ smtpUrl: config.SMTP_URL, mailDir: join(config.DATA_DIR, 'mail'), from: config.MAIL_FROM, logger }),
    documents: new LocalDocumentStore(join(config.DATA_DIR, 'documents')),
    publicUrl: config.PUBLIC_URL,
    graceDays: config.BILLING_GRACE_DAYS,
    noticeHours: config.BILLING_NOTICE_HOURS,
    events: openEventLog(name, config, basics),
  };
  const services = createBillingServices(deps);
  if (razorpay.simulator) logger.info({ apiUrl: razorpay.apiUrl }, 'no Razorpay keys: using the Razorpay test-mode simulator');
  const server = await listenSubgraph(name, basics, {
    schema: await buildBillingSchema(),
    internalSecret: secrets.internalSecret,
    createContext: (base) => createBillingContext(services, base),
    routes: billingRoutes(services, { internalSecret: secrets.internalSecret, now: () => clock.now() }),
    listen: { port: config.BILLING_PORT, host: config.HOST },
  });
  // Due jobs are looked for once per interval across every billing process (the shared scheduler's lease).
  const scheduler = createScheduler({ db, table, clock, logger });
  scheduler.add({ name: 'billing-due-jobs', intervalMs: config.BILLING_JOBS_INTERVAL_MS, run: async () => void (await services.jobs.runDue()) });
  scheduler.start();
  return {
    async close() {
      await scheduler.stop();
      await server.close();
    },
  };
}

// Closes on SIGTERM/SIGINT (exit 0); a ConfigError prints every problem and exits 1.
await runService(name, start);
