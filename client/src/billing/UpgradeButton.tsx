import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useAuth } from '../auth/AuthContext';
import { loginPath } from '../auth/RequireAuth';
import { graphql } from '../gql';
import type { Tier } from '../gql/graphql';
import { enumLabel } from '../ui/Badge';
import { CheckoutButton } from './CheckoutButton';

export const UpgradeButton_Query = graphql(`
  query UpgradeButton_Query {
    mySubscriptions {
      id
      tier
      status
      solution {
        id
      }
    }
  }
`);

export const UpgradeButton_Tier = graphql(`
  query UpgradeButton_Tier($solutionId: ID!) {
    myTier(solutionId: $solutionId)
  }
`);

/** Paid tiers from low to high: a customer who holds one needs no upgrade to it or below it. */
const PAID: readonly Tier[] = ['PRO', 'ENTERPRISE'];

/**
 * Subscriptions that hold (or are about to hold) their tier: a second checkout for the solution makes no sense.
 * CREATED is an unfinished checkout: upgrading again reopens it (startCheckout is idempotent).
 */
const LIVE = new Set(['AUTHENTICATED', 'ACTIVE', 'PAST_DUE', 'HALTED', 'PAUSED']);

/**
 * "Upgrade to Pro" for one solution: visitors sign in first and come back to `returnTo`; a customer who already
 * subscribes to the solution is sent to the billing page; one who holds the tier (or a higher one) without a
 * subscription — an admin granted it — is told so; anyone else starts a checkout.
 */
export function UpgradeButton({ solutionId, tier, returnTo, className }: {
  solutionId: string;
  tier: Tier;
  /** Where a visitor comes back to after signing in. */
  returnTo: string;
  className?: string;
}) {
  const auth = useAuth();
  const { data } = useQuery(UpgradeButton_Query, { skip: !auth.signedIn });
  const held = useQuery(UpgradeButton_Tier, { variables: { solutionId }, skip: !auth.signedIn }).data?.myTier;
  const label = `Upgrade to ${enumLabel(tier)}`;
  if (!auth.signedIn) {
    return (
      <Link className={className ?? 'button'} to={loginPath(returnTo)}>
        Sign in to upgrade
      </Link>
    );
  }
  const current = data?.mySubscriptions.find((each) => each.solution.id === solutionId && LIVE.has(each.status));
  if (current) {
    return (
      <Link className={className ?? 'button button-secondary'} to="/billing">
        {current.tier === tier ? `You have ${enumLabel(tier)} — manage billing` : 'Change plan on the billing page'}
      </Link>
    );
  }
  if (held && PAID.includes(held) && PAID.indexOf(held) >= PAID.indexOf(tier)) {
    return <p className="tier-held">You have {enumLabel(held)}</p>;
  }
  return <CheckoutButton solutionId={solutionId} tier={tier} label={label} className={className} />;
}
