import type { BillingDeps } from '../deps.ts';
import { CustomerErasure } from './customer-erasure.ts';
import { InvoiceQueries } from './invoice-queries.ts';
import { JobRunner } from './jobs.service.ts';
import { OfferService } from './offer.service.ts';
import { Pricing } from './pricing.ts';
import { PriceChangeService } from './price-change.service.ts';
import { ProfileService } from './profile.service.ts';
import { RevenueService } from './revenue.service.ts';
import { SettingsService } from './settings.service.ts';
import { SubscriptionService } from './subscription.service.ts';
import { SubscriptionSync } from './subscription-sync.ts';
import { TaxDocumentService } from './tax-document.service.ts';
import { WebhookService } from './webhook.service.ts';

/** Billing's services, made once per process (document numbering takes turns within a process). */
export interface BillingServices {
  deps: BillingDeps;
  documents: TaxDocumentService;
  settings: SettingsService;
  profiles: ProfileService;
  pricing: Pricing;
  priceChanges: PriceChangeService;
  sync: SubscriptionSync;
  subscriptions: SubscriptionService;
  offers: OfferService;
  invoices: InvoiceQueries;
  revenue: RevenueService;
  webhooks: WebhookService;
  jobs: JobRunner;
}

export function createBillingServices(deps: BillingDeps): BillingServices {
  const documents = new TaxDocumentService({ db: deps.db, table: deps.table, clock: deps.clock, store: deps.documents });
  const settings = new SettingsService(deps);
  const profiles = new ProfileService(deps);
  const pricing = new Pricing(deps);
  const sync = new SubscriptionSync(deps, { settings, profiles, documents });
  const subscriptions = new SubscriptionService(deps, { settings, profiles, sync });
  const priceChanges = new PriceChangeService(deps, { sync, settings, subscriptions });
  return {
    deps,
    documents,
    settings,
    profiles,
    pricing,
    priceChanges,
    sync,
    subscriptions,
    offers: new OfferService(deps, pricing),
    invoices: new InvoiceQueries(deps, documents),
    revenue: new RevenueService(deps),
    webhooks: new WebhookService(deps, sync),
    jobs: new JobRunner(deps, { sync, subscriptions, priceChanges, erasure: new CustomerErasure(deps, documents) }),
  };
}
