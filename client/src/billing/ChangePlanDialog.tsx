import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { errorCode, errorMessage } from '../errors';
import { formatDate, formatMoney } from '../format/format';
import { graphql } from '../gql';
import type { Tier } from '../gql/graphql';
import { Alert } from '../ui/Alert';
import { enumLabel } from '../ui/Badge';
import { Dialog } from '../ui/Dialog';
import { SelectField } from '../ui/Field';
import { ErrorState, Loading } from '../ui/States';
import { useAuth } from '../auth/AuthContext';
import { checkoutRedirectUrl } from './checkout-url';
import { browser } from './CheckoutButton';

export const ChangePlanDialog_Preview = graphql(`
  query ChangePlanDialog_Preview($subscriptionId: ID!, $toTier: Tier!) {
    planChangePreview(subscriptionId: $subscriptionId, toTier: $toTier) {
      subscriptionId
      toTier
      credit {
        paise
        currency
      }
      charge {
        paise
        currency
      }
      taxable {
        paise
        currency
      }
      gst {
        paise
        currency
      }
      total {
        paise
        currency
      }
      effectiveAt
    }
  }
`);

export const ChangePlanDialog_Change = graphql(`
  mutation ChangePlanDialog_Change($subscriptionId: ID!, $toTier: Tier!, $expectedTotalPaise: SafeInt!) {
    changePlan(subscriptionId: $subscriptionId, toTier: $toTier, expectedTotalPaise: $expectedTotalPaise) {
      subscription {
        id
        tier
        status
        scheduledTier
        nextChargeAt
      }
      checkout {
        checkoutUrl
      }
    }
  }
`);

export interface ChangePlanTarget {
  subscriptionId: string;
  solutionName: string;
  currentTier: Tier;
  /** The paid tiers the customer may move to. */
  tiers: readonly Tier[];
}

/** A change takes effect now unless the server schedules it (a downgrade waits for the end of the period). */
function isLater(iso: string, now = Date.now()): boolean {
  return Date.parse(iso) - now > 60_000;
}

/**
 * Change plan: pick the tier, see what it costs now (credit for the unused part of the current plan, the charge for
 * the new one, GST and the total, all computed by the server), and confirm. The confirmation carries the total shown,
 * and the server refuses it if the amounts changed meanwhile; the dialog then shows the new preview. When the change
 * needs a payment (the prorated charge of an upgrade, or the card for a plan that starts later), the browser goes to
 * the payment page and comes back to the checkout return page.
 */
export function ChangePlanDialog({ target, onClose, onChanged }: {
  target: ChangePlanTarget | undefined;
  onClose: () => void;
  onChanged: (message: string) => void;
}) {
  return (
    <Dialog open={Boolean(target)} title={target ? `Change plan: ${target.solutionName}` : ''} onClose={onClose}>
      {target && <ChangePlanForm target={target} onClose={onClose} onChanged={onChanged} />}
    </Dialog>
  );
}

function confirmLabel(shown: { total: { paise: number; currency: string }; effectiveAt: string } | undefined, toTier: Tier | undefined): string {
  if (!shown || !toTier) return 'Confirm: change plan';
  if (isLater(shown.effectiveAt) && shown.total.paise === 0) return `Confirm: ${enumLabel(toTier)} from ${formatDate(shown.effectiveAt)}`;
  return `Confirm: ${enumLabel(toTier)} for ${formatMoney(shown.total)}`;
}

function ChangePlanForm({ target, onClose, onChanged }: {
  target: ChangePlanTarget;
  onClose: () => void;
  onChanged: (message: string) => void;
}) {
  const [toTier, setToTier] = useState<Tier | undefined>(target.tiers[0]);
  const [failure, setFailure] = useState<string>();
  const [leaving, setLeaving] = useState(false);
  const preview = useQuery(ChangePlanDialog_Preview, {
    variables: { subscriptionId: target.subscriptionId, toTier: toTier ?? 'PRO' },
    skip: !toTier,
    fetchPolicy: 'network-only',
  });
  const [change, { loading: changing }] = useMutation(ChangePlanDialog_Change, { refetchQueries: ['BillingPage_Query', 'BillingPage_Invoices'] });
  const shown = preview.data?.planChangePreview;
  const { me } = useAuth();

  async function confirm() {
    if (!shown || !toTier) return;
    setFailure(undefined);
    try {
      const { data } = await change({ variables: { subscriptionId: target.subscriptionId, toTier, expectedTotalPaise: shown.total.paise } });
      const checkout = data?.changePlan.checkout;
      if (checkout) {
        setLeaving(true);
        browser.assign(checkoutRedirectUrl(checkout.checkoutUrl, window.location.origin, { name: me?.name, email: me?.email }));
        return;
      }
      onChanged(
        isLater(shown.effectiveAt)
          ? `${target.solutionName} changes to ${enumLabel(toTier)} on ${formatDate(shown.effectiveAt)}.`
          : `${target.solutionName} is now on ${enumLabel(toTier)}.`,
      );
      onClose();
    } catch (error) {
      if (errorCode(error) === 'CONFLICT') {
        setFailure(`${errorMessage(error)} The amounts below are the new ones; confirm again if they suit you.`);
        await preview.refetch();
      } else setFailure(errorMessage(error));
    }
  }

  if (target.tiers.length === 0) {
    return <p>There is no other paid plan for this solution.</p>;
  }
  return (
    <>
      <p>
        Now on <strong>{enumLabel(target.currentTier)}</strong>.
      </p>
      {target.tiers.length > 1 ? (
        <SelectField
          label="New plan"
          value={toTier}
          onChange={(event) => setToTier(event.target.value as Tier)}
          options={target.tiers.map((tier) => ({ value: tier, label: enumLabel(tier) }))}
        />
      ) : (
        <p>
          New plan: <strong>{enumLabel(target.tiers[0]!)}</strong>
        </p>
      )}
      {preview.error && !shown ? (
        <ErrorState error={preview.error} onRetry={() => void preview.refetch()} />
      ) : !shown || preview.loading ? (
        <Loading label="Working out the price…" />
      ) : isLater(shown.effectiveAt) && shown.total.paise === 0 ? (
        <p className="amounts-note">
          Nothing is charged now. You keep {enumLabel(target.currentTier)} until {formatDate(shown.effectiveAt)}; from then on{' '}
          {enumLabel(shown.toTier)} is charged monthly.
        </p>
      ) : (
        <dl className="amounts" aria-label="Price of the change">
          <div>
            <dt>Credit for the unused part of {enumLabel(target.currentTier)}</dt>
            <dd>− {formatMoney(shown.credit)}</dd>
          </div>
          <div>
            <dt>{enumLabel(shown.toTier)} for the rest of the period</dt>
            <dd>{formatMoney(shown.charge)}</dd>
          </div>
          <div>
            <dt>Taxable amount</dt>
            <dd>{formatMoney(shown.taxable)}</dd>
          </div>
          <div>
            <dt>GST</dt>
            <dd>{formatMoney(shown.gst)}</dd>
          </div>
          <div className="amounts-total">
            <dt>{isLater(shown.effectiveAt) ? `Total, charged on ${formatDate(shown.effectiveAt)}` : 'Total, charged now'}</dt>
            <dd>{formatMoney(shown.total)}</dd>
          </div>
        </dl>
      )}
      {shown && <p className="field-hint">Takes effect {isLater(shown.effectiveAt) ? `on ${formatDate(shown.effectiveAt)}` : 'now'}.</p>}
      {failure && <Alert tone="error">{failure}</Alert>}
      <div className="dialog-actions">
        <button type="button" className="button button-secondary" onClick={onClose}>
          Keep {enumLabel(target.currentTier)}
        </button>
        <button type="button" className="button" disabled={!shown || preview.loading || changing || leaving} onClick={() => void confirm()}>
          {leaving ? 'Opening checkout…' : changing ? 'Changing…' : confirmLabel(shown, toTier)}
        </button>
      </div>
    </>
  );
}
