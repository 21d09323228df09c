import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { errorMessage } from '../errors';
import { formatDate, formatMoney, plural } from '../format/format';
import { graphql } from '../gql';
import type { CheckoutReturnPage_ConfirmMutation } from '../gql/graphql';
import { Alert } from '../ui/Alert';
import { enumLabel, StatusBadge, TierBadge } from '../ui/Badge';
import { Loading } from '../ui/States';
import { checkoutFailureFrom, checkoutResultFrom } from './checkout-url';
import './billing.css';

export const CheckoutReturnPage_Confirm = graphql(`
  mutation CheckoutReturnPage_Confirm($input: CheckoutConfirmation!) {
    confirmCheckout(input: $input) {
      id
      tier
      status
      currentPeriodEnd
      nextChargeAt
      nextCharge {
        total {
          paise
          currency
        }
      }
      solution {
        id
        slug
        name
      }
    }
  }
`);

/** The new allowance as the quota engine sees it: proof that the tier took effect, not only that billing recorded it. */
export const CheckoutReturnPage_Usage = graphql(`
  query CheckoutReturnPage_Usage($solutionId: ID!) {
    myUsage(solutionId: $solutionId) {
      tier
      limit
      used
    }
  }
`);

type Confirmed = CheckoutReturnPage_ConfirmMutation['confirmCheckout'];
type State = { kind: 'confirming' } | { kind: 'confirmed'; subscription: Confirmed } | { kind: 'failed'; message: string };

/**
 * `/billing/checkout/return`: where the payment page sends the browser after a successful payment, with
 * `razorpay_payment_id`, `razorpay_subscription_id` and `razorpay_signature` in the query. Confirms them with the
 * server (which checks the signature) once, then shows the new plan.
 */
export default function CheckoutReturnPage() {
  const [params] = useSearchParams();
  const result = checkoutResultFrom(params);
  const failure = checkoutFailureFrom(params);
  // No refetching: the browser comes back from the payment page with a fresh cache.
  const [confirm] = useMutation(CheckoutReturnPage_Confirm);
  const [state, setState] = useState<State>({ kind: 'confirming' });
  // Once per page load, also under StrictMode's second effect run; the server accepts a repeated confirmation anyway.
  const sent = useRef(false);

  useEffect(() => {
    if (!result || sent.current) return;
    sent.current = true;
    confirm({
      variables: {
        input: {
          razorpayPaymentId: result.razorpay_payment_id,
          razorpaySubscriptionId: result.razorpay_subscription_id,
          razorpaySignature: result.razorpay_signature,
        },
      },
    }).then(
      ({ data }) =>
        setState(data ? { kind: 'confirmed', subscription: data.confirmCheckout } : { kind: 'failed', message: 'The server sent no answer.' }),
      (error: unknown) => setState({ kind: 'failed', message: errorMessage(error) }),
    );
  }, [result, confirm]);

  return (
    <main className="page billing">
      <title>Payment · Billing · Marketplace</title>
      <p className="breadcrumbs">
        <Link to="/billing">Billing</Link>
      </p>
      {!result ? (
        <>
          <h1>Payment not completed</h1>
          <Alert tone="error">
            {failure && <p>Payment failed: {failure}</p>}
            <p>
              This page did not receive a completed payment, so nothing has changed. Start the upgrade again from the
              solution’s page or your dashboard.
            </p>
          </Alert>
          <p>
            <Link to="/billing">Go to billing</Link>
          </p>
        </>
      ) : state.kind === 'confirming' ? (
        <>
          <h1>Confirming your payment</h1>
          <Loading label="Checking the payment with the server…" />
        </>
      ) : state.kind === 'failed' ? (
        <>
          <h1>Payment not confirmed</h1>
          <Alert tone="error">
            <p>{state.message}</p>
            <p>Your plan has not changed. If money left your account, it is refunded automatically; see your billing page.</p>
          </Alert>
          <p>
            <Link to="/billing">Go to billing</Link>
          </p>
        </>
      ) : (
        <Confirmation subscription={state.subscription} />
      )}
    </main>
  );
}

/** How long the page waits for the quota engine to show the paid tier before it shows what it says. */
const CATCH_UP_MS = 10_000;

function Confirmation({ subscription }: { subscription: Confirmed }) {
  const { data, startPolling, stopPolling } = useQuery(CheckoutReturnPage_Usage, {
    variables: { solutionId: subscription.solution.id },
    fetchPolicy: 'network-only',
  });
  const active = subscription.status === 'ACTIVE' || subscription.status === 'AUTHENTICATED';
  // The quotas service may have read the caller's tier moments before the payment (the solution page asks) and
  // keeps it for a couple of seconds: until it shows the tier just paid for, ask again rather than show the old
  // allowance as the new one.
  const caughtUp = data?.myUsage.tier === subscription.tier;
  const [gaveUp, setGaveUp] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setGaveUp(true), CATCH_UP_MS);
    return () => clearTimeout(timer);
  }, []);
  const waiting = active && !caughtUp && !gaveUp;
  useEffect(() => {
    if (!waiting) return;
    startPolling(500);
    return () => stopPolling();
  }, [waiting, startPolling, stopPolling]);
  const usage = waiting ? undefined : data?.myUsage;
  const tier = enumLabel(subscription.tier);
  return (
    <>
      <h1>{active ? `${tier} is active` : `Payment received: ${tier}`}</h1>
      <Alert tone="success">
        Thank you. {subscription.solution.name} is on <strong>{tier}</strong>
        {active ? ' from now on.' : `; the subscription is ${enumLabel(subscription.status).toLowerCase()}.`}
      </Alert>
      <section className="panel" aria-labelledby="plan-heading">
        <div className="panel-header">
          <h2 id="plan-heading">{subscription.solution.name}</h2>
          <span className="badge-row">
            <TierBadge tier={subscription.tier} />
            <StatusBadge status={subscription.status} />
          </span>
        </div>
        <dl className="facts">
          <div>
            <dt>Monthly allowance</dt>
            <dd>{usage ? plural(usage.limit, 'call') : '…'}</dd>
          </div>
          <div>
            <dt>Paid until</dt>
            <dd>{formatDate(subscription.currentPeriodEnd)}</dd>
          </div>
          <div>
            <dt>Next charge</dt>
            <dd>
              {subscription.nextChargeAt
                ? `${formatDate(subscription.nextChargeAt)}${subscription.nextCharge ? ` · ${formatMoney(subscription.nextCharge.total)} incl. GST` : ''}`
                : 'None scheduled'}
            </dd>
          </div>
        </dl>
        <p className="billing-actions">
          <Link className="button" to={`/dashboard/${subscription.solution.slug}`}>
            Go to your dashboard
          </Link>
          <Link className="button button-secondary" to="/billing">
            Billing and invoices
          </Link>
        </p>
      </section>
    </>
  );
}
