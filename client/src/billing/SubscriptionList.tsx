import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { errorMessage } from '../errors';
import { formatDate, formatMoney, solutionLabeler } from '../format/format';
import { graphql } from '../gql';
import type { SubscriptionList_SubscriptionFragment as Subscription, Tier } from '../gql/graphql';
import { Alert } from '../ui/Alert';
import { enumLabel, StatusBadge, TierBadge } from '../ui/Badge';
import { DataTable, type Column } from '../ui/DataTable';
import { Dialog } from '../ui/Dialog';
import { Empty } from '../ui/States';
import { ChangePlanDialog, type ChangePlanTarget } from './ChangePlanDialog';
import { PayNowLink } from './PayNowLink';

export const SubscriptionList_SubscriptionFragment = graphql(`
  fragment SubscriptionList_Subscription on BillingSubscription {
    id
    tier
    status
    currentPeriodStart
    currentPeriodEnd
    nextChargeAt
    nextCharge {
      total {
        paise
        currency
      }
    }
    cancelAtPeriodEnd
    scheduledTier
    graceEndsAt
    paymentUrl
    upcomingPrice {
      newPrice {
        paise
        currency
      }
      effectiveAt
    }
    solution {
      id
      slug
      name
      publisherName
      prices {
        tier
      }
    }
  }
`);

const SubscriptionList_Cancel = graphql(`
  mutation SubscriptionList_Cancel($subscriptionId: ID!) {
    cancelSubscription(subscriptionId: $subscriptionId) {
      id
      status
      cancelAtPeriodEnd
      nextChargeAt
    }
  }
`);

const SubscriptionList_Resume = graphql(`
  mutation SubscriptionList_Resume($subscriptionId: ID!) {
    resumeSubscription(subscriptionId: $subscriptionId) {
      id
      status
      cancelAtPeriodEnd
      scheduledTier
      nextChargeAt
    }
  }
`);

/** Statuses in which the customer holds the tier and can change, cancel or resume. */
const MANAGEABLE = new Set(['ACTIVE', 'AUTHENTICATED', 'PAST_DUE']);
const PAID_TIERS: readonly Tier[] = ['PRO', 'ENTERPRISE'];

/** What happens next to a subscription, in words: the next charge with GST, or when it ends or changes. */
export function nextChargeText(sub: Subscription): string {
  if (sub.status === 'CANCELLED' || sub.status === 'COMPLETED') return 'Ended';
  if (sub.cancelAtPeriodEnd) return `None: ends on ${formatDate(sub.currentPeriodEnd)}`;
  if (!sub.nextChargeAt) return 'None scheduled';
  const amount = sub.nextCharge ? ` · ${formatMoney(sub.nextCharge.total)} incl. GST` : '';
  return `${formatDate(sub.nextChargeAt)}${amount}`;
}

/**
 * The customer's subscriptions with status and next charge, and what they can do with each: change plan (with a
 * priced preview), cancel at the end of the period, resume a scheduled cancellation or downgrade, pay a failed renewal.
 */
export function SubscriptionList({ subscriptions, onDone }: {
  subscriptions: readonly Subscription[];
  /** A change went through: the page says so. */
  onDone: (message: string) => void;
}) {
  const [changing, setChanging] = useState<ChangePlanTarget>();
  const [cancelling, setCancelling] = useState<Subscription>();
  const [resume] = useMutation(SubscriptionList_Resume, { refetchQueries: ['BillingPage_Query'] });
  const [failure, setFailure] = useState<string>();
  // A customer may subscribe to two partners' solutions of one name: every mention tells them apart.
  const label = solutionLabeler(subscriptions.map((sub) => sub.solution));

  async function resumeOne(sub: Subscription) {
    setFailure(undefined);
    try {
      await resume({ variables: { subscriptionId: sub.id } });
      onDone(
        sub.scheduledTier
          ? `${label(sub.solution)} stays on ${enumLabel(sub.tier)}; the change to ${enumLabel(sub.scheduledTier)} is off.`
          : `${label(sub.solution)} renews again: ${enumLabel(sub.tier)} continues after ${formatDate(sub.currentPeriodEnd)}.`,
      );
    } catch (error) {
      setFailure(errorMessage(error));
    }
  }

  const columns: Column<Subscription>[] = [
    {
      key: 'solution',
      header: 'Solution',
      cell: (sub) => <Link to={`/dashboard/${sub.solution.slug}`}>{label(sub.solution)}</Link>,
    },
    {
      key: 'plan',
      header: 'Plan',
      cell: (sub) => (
        <span className="cell-stack">
          <TierBadge tier={sub.tier} />
          {sub.scheduledTier && !sub.cancelAtPeriodEnd && (
            <span className="cell-note">
              Changes to {enumLabel(sub.scheduledTier)} on {formatDate(sub.currentPeriodEnd)}
            </span>
          )}
          {sub.upcomingPrice && !sub.cancelAtPeriodEnd && (
            <span className="cell-note">
              {formatMoney(sub.upcomingPrice.newPrice)} a month plus GST from {formatDate(sub.upcomingPrice.effectiveAt)}
            </span>
          )}
        </span>
      ),
    },
    {
      key: 'status',
      header: 'Status',
      cell: (sub) => (
        <span className="cell-stack">
          <StatusBadge status={sub.status} />
          {sub.cancelAtPeriodEnd && <span className="cell-note">Cancelled: {enumLabel(sub.tier)} until {formatDate(sub.currentPeriodEnd)}</span>}
        </span>
      ),
    },
    {
      key: 'period',
      header: 'Current period',
      cell: (sub) => (sub.currentPeriodStart ? `${formatDate(sub.currentPeriodStart)} – ${formatDate(sub.currentPeriodEnd)}` : '—'),
    },
    { key: 'next', header: 'Next charge', cell: nextChargeText },
    {
      key: 'actions',
      header: 'Actions',
      align: 'end',
      cell: (sub) => {
        if (!MANAGEABLE.has(sub.status)) return null;
        // Only a paid-up subscription changes plan (the server refuses others): a past-due one pays first.
        const others =
          sub.status === 'ACTIVE' ? PAID_TIERS.filter((tier) => tier !== sub.tier && sub.solution.prices.some((price) => price.tier === tier)) : [];
        const pending = sub.cancelAtPeriodEnd || Boolean(sub.scheduledTier);
        return (
          <span className="row-actions">
            {sub.status === 'PAST_DUE' && sub.paymentUrl && <PayNowLink paymentUrl={sub.paymentUrl} className="button button-small" />}
            {pending ? (
              <button type="button" className="button button-small button-secondary" onClick={() => void resumeOne(sub)}>
                {sub.cancelAtPeriodEnd ? 'Resume' : `Keep ${enumLabel(sub.tier)}`}
                <span className="visually-hidden"> {label(sub.solution)}</span>
              </button>
            ) : (
              <>
                {others.length > 0 && (
                  <button
                    type="button"
                    className="button button-small button-secondary"
                    onClick={() => setChanging({ subscriptionId: sub.id, solutionName: label(sub.solution), currentTier: sub.tier, tiers: others })}
                  >
                    Change plan<span className="visually-hidden"> for {label(sub.solution)}</span>
                  </button>
                )}
                <button type="button" className="button button-small button-danger-outline" onClick={() => setCancelling(sub)}>
                  Cancel<span className="visually-hidden"> {label(sub.solution)}</span>
                </button>
              </>
            )}
          </span>
        );
      },
    },
  ];

  return (
    <>
      {failure && <Alert tone="error">{failure}</Alert>}
      {subscriptions
        .filter((sub) => sub.upcomingPrice && !sub.cancelAtPeriodEnd)
        .map((sub) => (
          // News, not a problem: the price the customer was emailed about, until it applies.
          <Alert key={`price-${sub.id}`} tone="info">
            {label(sub.solution)} {enumLabel(sub.tier)}: the price changes to {formatMoney(sub.upcomingPrice!.newPrice)} a month plus GST
            from {formatDate(sub.upcomingPrice!.effectiveAt)}; renewals before then stay at your current price. To stop it, cancel before then.
          </Alert>
        ))}
      {subscriptions.length === 0 ? (
        <Empty title="You have no paid plans.">
          <p>
            Upgrade to Pro from a solution’s page or your <Link to="/dashboard">dashboard</Link> when you need more calls.
          </p>
        </Empty>
      ) : (
        <DataTable caption="Your subscriptions" columns={columns} rows={subscriptions} rowKey={(sub) => sub.id} />
      )}
      <ChangePlanDialog target={changing} onClose={() => setChanging(undefined)} onChanged={onDone} />
      <CancelDialog subscription={cancelling} solutionName={cancelling ? label(cancelling.solution) : ''} onClose={() => setCancelling(undefined)} onCancelled={onDone} />
    </>
  );
}

function CancelDialog({ subscription, solutionName, onClose, onCancelled }: {
  subscription: Subscription | undefined;
  /** The solution as the list names it. */
  solutionName: string;
  onClose: () => void;
  onCancelled: (message: string) => void;
}) {
  const [cancel, { loading }] = useMutation(SubscriptionList_Cancel, { refetchQueries: ['BillingPage_Query'] });
  const [failure, setFailure] = useState<string>();
  const close = () => {
    setFailure(undefined);
    onClose();
  };
  if (!subscription) return null;
  const tier = enumLabel(subscription.tier);
  const until = formatDate(subscription.currentPeriodEnd);
  return (
    <Dialog open title={`Cancel ${tier} for ${solutionName}?`} onClose={close}>
      <p>
        The cancellation takes effect at the end of the current period, on <strong>{until}</strong>. Until then you keep{' '}
        {tier} and its allowance; you are not charged again. After that, {solutionName} returns to the free
        Registered tier.
      </p>
      <p>You can resume the subscription until {until}.</p>
      {failure && <Alert tone="error">{failure}</Alert>}
      <div className="dialog-actions">
        <button type="button" className="button button-secondary" onClick={close}>
          Keep {tier}
        </button>
        <button
          type="button"
          className="button button-danger"
          disabled={loading}
          onClick={async () => {
            setFailure(undefined);
            try {
              await cancel({ variables: { subscriptionId: subscription.id } });
              onCancelled(`${solutionName}: ${tier} is cancelled and ends on ${until}. No further charges.`);
              close();
            } catch (error) {
              setFailure(errorMessage(error));
            }
          }}
        >
          {loading ? 'Cancelling…' : `Cancel at period end`}
        </button>
      </div>
    </Dialog>
  );
}
