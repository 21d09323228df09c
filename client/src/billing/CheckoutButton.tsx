import { useMutation } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { useAuth } from '../auth/AuthContext';
import { errorMessage } from '../errors';
import { graphql } from '../gql';
import type { Tier } from '../gql/graphql';
import { Alert } from '../ui/Alert';
import { checkoutRedirectUrl } from './checkout-url';

const CheckoutButton_Start = graphql(`
  mutation CheckoutButton_Start($solutionId: ID!, $tier: Tier!, $offerId: ID) {
    startCheckout(solutionId: $solutionId, tier: $tier, offerId: $offerId) {
      subscriptionId
      checkoutUrl
    }
  }
`);

/** Leaves the app for the payment page; a seam for tests (jsdom cannot navigate). */
export const browser = { assign: (url: string) => window.location.assign(url) };

/**
 * Starts a checkout (`startCheckout`, idempotent per customer and solution) and sends the browser to the payment
 * page, which returns to `/billing/checkout/return`. Also pays an outstanding invoice: Checkout on a past-due
 * subscription charges it.
 */
export function CheckoutButton({ solutionId, tier, offerId, label, className = 'button' }: {
  solutionId: string;
  tier: Tier;
  offerId?: string;
  label: string;
  className?: string;
}) {
  const { me } = useAuth();
  const [start] = useMutation(CheckoutButton_Start);
  const [state, setState] = useState<{ kind: 'idle' } | { kind: 'starting' } | { kind: 'failed'; message: string }>({ kind: 'idle' });

  // Back from the payment page, the browser may restore this page as it was left: "Opening checkout…".
  useEffect(() => {
    const onShow = (event: PageTransitionEvent) => {
      if (event.persisted) setState({ kind: 'idle' });
    };
    window.addEventListener('pageshow', onShow);
    return () => window.removeEventListener('pageshow', onShow);
  }, []);

  async function begin() {
    setState({ kind: 'starting' });
    try {
      const { data } = await start({ variables: { solutionId, tier, offerId: offerId ?? null } });
      if (!data) throw new Error('The server sent no checkout session. Please try again.');
      // Stays "starting" while the browser leaves: a second click must not open a second checkout.
      browser.assign(checkoutRedirectUrl(data.startCheckout.checkoutUrl, window.location.origin, { name: me?.name, email: me?.email }));
    } catch (error) {
      setState({ kind: 'failed', message: errorMessage(error) });
    }
  }

  return (
    <div className="checkout-button">
      <button type="button" className={className} disabled={state.kind === 'starting'} onClick={() => void begin()}>
        {state.kind === 'starting' ? 'Opening checkout…' : label}
      </button>
      {state.kind === 'failed' && <Alert tone="error">{state.message}</Alert>}
    </div>
  );
}
