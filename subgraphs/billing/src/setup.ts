import { openEventLog } from '@marketplace/analytics/public';
import { join } from 'node:path';
import { S3Client } from '@aws-sdk/client-s3';
import { createCatalogReader, createPriceChangeFeed } from '@marketplace/catalog/public';
import { createUserProfileReader } from '@marketplace/identity/public';
import { createPaidGrantWriter } from '@marketplace/quotas/public';
import { createEventOutbox, createMailer, type EventOutbox, loadConfig, loadSecrets, type OutboxEvent, prepareSubgraph, type SubgraphBasics, type SubgraphServing } from '@marketplace/shared';
import { type BillingConfig, billingEnvSchema, billingProcess, RAZORPAY_SECRETS, razorpaySettings } from './config.ts';
import type { BillingContext } from './context.ts';
import { LocalDocumentStore, S3DocumentStore } from './data/document-store.ts';
import { billingRoutes } from './http/billing-routes.ts';
import { type BillingDeps, buildBillingSchema, createBillingContext, createBillingServices, name } from './index.ts';
import { createRazorpayGateway } from './services/razorpay-gateway.ts';
import type { BillingServices } from './services/billing-services.ts';

/** Builds the billing subgraph from the environment, for `main.ts` (listens, runs due jobs) and `lambda.ts`. */
export async function setupBilling(): Promise<{
  basics: SubgraphBasics;
  serving: SubgraphServing<BillingContext>;
  services: BillingServices;
  /** The billing table's analytics outbox (relayed by the due jobs' process). */
  outbox: EventOutbox<OutboxEvent>;
  config: BillingConfig;
}> {
  const config = loadConfig(billingEnvSchema);
  const secrets = loadSecrets({ nodeEnv: config.NODE_ENV, dataDir: config.DATA_DIR, need: billingProcess.need, declare: RAZORPAY_SECRETS });
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
    priceChanges: createPriceChangeFeed({ ...on('catalog'), internalSecret: secrets.internalSecret }),
    users: createUserProfileReader(on('identity')),
    grants: createPaidGrantWriter(on('quotas')),
    razorpay: createRazorpayGateway(razorpay),
    mailer: createMailer({ smtpUrl: config.SMTP_URL, mailDir: join(config.DATA_DIR, 'mail'), from: config.MAIL_FROM, logger }),
    documents: config.DOCUMENTS_BUCKET
      ? new S3DocumentStore(new S3Client({ region: config.AWS_REGION }), config.DOCUMENTS_BUCKET)
      : new LocalDocumentStore(join(config.DATA_DIR, 'documents')),
    publicUrl: config.PUBLIC_URL,
    graceDays: config.BILLING_GRACE_DAYS,
    noticeHours: config.BILLING_NOTICE_HOURS,
    events: openEventLog(name, config, basics),
  };
  const services = createBillingServices(deps);
  if (razorpay.simulator) logger.info({ apiUrl: razorpay.apiUrl }, 'no Razorpay keys: using the Razorpay test-mode simulator');
  return {
    basics,
    services,
    outbox: createEventOutbox(deps),
    config,
    serving: {
      schema: await buildBillingSchema(),
      internalSecret: secrets.internalSecret,
      createContext: (base) => createBillingContext(services, base),
      routes: billingRoutes(services, { internalSecret: secrets.internalSecret, now: () => clock.now(), logger }),
      listen: { port: config.BILLING_PORT, host: config.HOST },
    },
  };
}
