import { buildFederatedSchema } from '@marketplace/shared';
import type { GraphQLSchema } from 'graphql';
import { audit } from './entities/audit-event.entity.ts';
import { Solution, solutionReferenceResolvers } from './entities/solution.entity.ts';
import { User, userReferenceResolvers } from './entities/user.entity.ts';
// Import order is schema order (type-graphql collects fields as decorators run).
import { SettingsResolver } from './resolvers/settings.resolver.ts';
import { SubscriptionResolver } from './resolvers/subscription.resolver.ts';
import { InvoiceResolver } from './resolvers/invoice.resolver.ts';
import { ProfileResolver } from './resolvers/profile.resolver.ts';
import { OfferResolver } from './resolvers/offer.resolver.ts';
import { PriceChangeResolver } from './resolvers/price-change.resolver.ts';
import { RevenueResolver } from './resolvers/revenue.resolver.ts';
import { UserBillingResolver } from './resolvers/user-billing.resolver.ts';
import { SolutionPricesResolver } from './resolvers/solution-prices.resolver.ts';

/** The billing subgraph: Pro and Enterprise subscriptions on Razorpay, GST invoices and the commission ledger. */
export const name = 'billing';

/** The federated schema, built without a port (tests and the composition script use it too). */
export async function buildBillingSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [
        SettingsResolver,
        SubscriptionResolver,
        InvoiceResolver,
        ProfileResolver,
        OfferResolver,
        RevenueResolver,
        PriceChangeResolver,
        UserBillingResolver,
        SolutionPricesResolver,
        ...audit.resolvers,
      ],
      // Stubs of identity's User and the catalog's Solution (which billing extends): without this, type-graphql drops them.
      orphanedTypes: [User, Solution],
    },
    { ...userReferenceResolvers, ...solutionReferenceResolvers, ...audit.referenceResolvers },
  );
}

export type { BillingDeps, SolutionCatalog, TierGrants, UserDirectory } from './deps.ts';
export { createBillingContext, type BillingContext } from './context.ts';
export { type BillingServices, createBillingServices } from './services/billing-services.ts';
export { billingRoutes } from './http/billing-routes.ts';
export { createRazorpayGateway, type RazorpayGateway } from './services/razorpay-gateway.ts';
export { LocalDocumentStore } from './data/document-store.ts';
export { billingEnvSchema, RAZORPAY_SECRETS, razorpaySettings, type RazorpaySettings } from './config.ts';
