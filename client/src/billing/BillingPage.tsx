import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useAuth } from '../auth/AuthContext';
import { formatDate } from '../format/format';
import { getFragmentData, graphql } from '../gql';
import { Alert } from '../ui/Alert';
import { enumLabel } from '../ui/Badge';
import { ErrorState, Loading } from '../ui/States';
import { BillingProfileForm, BillingProfileForm_ProfileFragment } from './BillingProfileForm';
import { EnterpriseOffers, EnterpriseOffers_OfferFragment } from './EnterpriseOffers';
import { InvoicesPanel } from './InvoicesPanel';
import { PayNowLink } from './PayNowLink';
import { SubscriptionList, SubscriptionList_SubscriptionFragment } from './SubscriptionList';
import './billing.css';

export const BillingPage_Query = graphql(`
  query BillingPage_Query {
    mySubscriptions {
      id
      ...SubscriptionList_Subscription
    }
    myEnterpriseOffers {
      id
      ...EnterpriseOffers_Offer
    }
    myBillingProfile {
      ...BillingProfileForm_Profile
    }
  }
`);

/** Subscriptions a customer has not finished paying for: shown apart, as they change nothing yet. */
const UNPAID = new Set(['CREATED']);

/**
 * `/billing`: the customer's paid plans (status, next charge, change, cancel, resume), a banner for a failed renewal,
 * Enterprise offers to accept, invoices with their PDFs, and the billing profile invoices are made out to.
 */
export default function BillingPage() {
  const { me } = useAuth();
  const { data, loading, error, refetch } = useQuery(BillingPage_Query, { fetchPolicy: 'cache-and-network' });
  const [done, setDone] = useState<string>();

  const subscriptions = (data?.mySubscriptions ?? []).map((sub) => getFragmentData(SubscriptionList_SubscriptionFragment, sub));
  const offers = (data?.myEnterpriseOffers ?? []).map((offer) => getFragmentData(EnterpriseOffers_OfferFragment, offer));
  const profile = getFragmentData(BillingProfileForm_ProfileFragment, data?.myBillingProfile);
  const unpaid = subscriptions.filter((sub) => UNPAID.has(sub.status));
  const shown = subscriptions.filter((sub) => !UNPAID.has(sub.status));
  const overdue = shown.filter((sub) => sub.status === 'PAST_DUE' || sub.status === 'HALTED');

  return (
    <main className="page billing">
      <title>Billing · Marketplace</title>
      <div className="page-header">
        <h1>Billing</h1>
        <p className="lead">Your paid plans, payments, invoices and billing details.</p>
      </div>
      <div className="live-message" aria-live="polite">{done && <Alert tone="success">{done}</Alert>}</div>
      {error && !data ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : loading && !data ? (
        <Loading label="Loading your billing…" />
      ) : (
        <>
          {overdue.map((sub) => (
            <div key={sub.id} className="notice notice-error billing-banner" role="alert">
              <p>
                <strong>Payment failed for {sub.solution.name}.</strong>{' '}
                {sub.status === 'PAST_DUE'
                  ? `Your ${enumLabel(sub.tier)} plan stays active until ${formatDate(sub.graceEndsAt)} while the payment is retried. Pay now to keep it.`
                  : `Retries are used up and ${sub.solution.name} is back on the free tier. Pay the outstanding invoice to get ${enumLabel(sub.tier)} back.`}
              </p>
              {sub.paymentUrl && <PayNowLink paymentUrl={sub.paymentUrl} label={`Pay now for ${sub.solution.name}`} />}
            </div>
          ))}
          <EnterpriseOffers offers={offers} />
          <section className="panel" aria-labelledby="subscriptions-heading">
            <h2 id="subscriptions-heading">Subscriptions</h2>
            <SubscriptionList subscriptions={shown} onDone={setDone} />
            {unpaid.length > 0 && (
              <ul className="billing-unpaid">
                {unpaid.map((sub) => (
                  <li key={sub.id}>
                    Checkout not completed: {enumLabel(sub.tier)} for {sub.solution.name}. Nothing was charged.{' '}
                    {sub.paymentUrl && <PayNowLink paymentUrl={sub.paymentUrl} className="button button-small button-secondary" label="Complete payment" />}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
      <InvoicesPanel />
      <section className="panel" aria-labelledby="profile-heading">
        <h2 id="profile-heading">Billing profile</h2>
        <p className="section-lead">Who invoices are made out to. Businesses registered for GST add their GSTIN.</p>
        {data ? (
          <BillingProfileForm profile={profile} fallback={{ name: me?.name, email: me?.email }} />
        ) : error ? (
          <p className="state">Your billing profile could not be loaded: use Try again above.</p>
        ) : (
          <Loading label="Loading your billing profile…" />
        )}
      </section>
    </main>
  );
}
