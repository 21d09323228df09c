import { useApolloClient } from '@apollo/client/react';
import { graphql } from '../gql';
import type { Tier } from '../gql/graphql';
import { formatDate, formatPaise } from '../format/format';
import { Alert } from '../ui/Alert';

const PriceChangeNotice_Preview = graphql(`
  query PriceChangeNotice_Preview($solutionId: ID!, $tier: Tier!, $newPricePaise: SafeInt!) {
    tierPriceChangePreview(solutionId: $solutionId, tier: $tier, newPricePaise: $newPricePaise) {
      tier
      subscribers
      reach { now whenActiveAgain ifResumed whenStarted }
      currentPrice { paise }
      newPrice { paise }
      effectiveAt
      confirmation
    }
  }
`);

/** A new price of a paid tier as its current subscribers get it. */
export interface PriceChange {
  tier: Tier;
  /** Everyone it reaches: the sum of `reach`. */
  subscribers: number;
  /** By when they are told: now (active), once active again (past due, halted, paused), if they resume (ending), when it starts. */
  reach: { now: number; whenActiveAgain: number; ifResumed: number; whenStarted: number };
  currentPricePaise: number | null;
  newPricePaise: number;
  effectiveAt: string;
  /** The server's proof of this preview: saving the new price requires it (and refuses it once stale). */
  confirmation: string;
}

/** Billing's side of a price change: who it affects, before saving (saving it is what makes billing tell them). */
export interface PriceChanges {
  preview(tier: Tier, newPricePaise: number): Promise<PriceChange>;
}

export function usePriceChanges(solutionId: string): PriceChanges {
  const client = useApolloClient();
  return {
    async preview(tier, newPricePaise) {
      const { data } = await client.query({ query: PriceChangeNotice_Preview, variables: { solutionId, tier, newPricePaise }, fetchPolicy: 'network-only' });
      const found = data!.tierPriceChangePreview;
      return { tier: found.tier, subscribers: found.subscribers, reach: found.reach, currentPricePaise: found.currentPrice?.paise ?? null, newPricePaise: found.newPrice.paise, effectiveAt: String(found.effectiveAt), confirmation: found.confirmation };
    },
  };
}

/**
 * The states billing holds a price change for until the subscription is active again (billing's `WAITING`), as
 * every sentence here names them: of an increase they are told later, of a decrease they pay it from then.
 */
const WAITING_STATES = 'past due, halted or paused';

/**
 * The sentence a partner confirms: those emailed today first, then those told later (past due, halted or paused,
 * ending, starting later), with the total when there are several kinds. Those emailed today of an increase are active and
 * pay ₹X until the date. Of a decrease they are also the past due, halted or paused, whose price moves only once
 * they are active again, and those whose announced increase it withdraws (they pay ₹Y already), so the sentence
 * says "their price" rather than ₹X.
 */
export function priceChangeSentence(change: PriceChange): string {
  const count = (n: number, one: string, many: string) => (n === 1 ? `1 ${one}` : `${n} ${many}`);
  const { now, whenActiveAgain, ifResumed, whenStarted } = change.reach;
  const increase = change.currentPricePaise !== null && change.newPricePaise > change.currentPricePaise;
  const was = increase ? formatPaise(change.currentPricePaise!) : 'their price';
  const waiting = now === 1 ? ` (if ${WAITING_STATES}: from when they are active again, should that be later)` : ` (those ${WAITING_STATES}: from when they are active again, should that be later)`;
  const parts = [
    now > 0
      ? `${count(now, 'current subscriber keeps', 'current subscribers keep')} ${was} until ${formatDate(change.effectiveAt)}, then ${now === 1 ? 'pays' : 'pay'} ${formatPaise(change.newPricePaise)}${increase ? '' : waiting}; they are emailed today.`
      : null,
    whenActiveAgain > 0
      ? `${count(whenActiveAgain, `${WAITING_STATES} subscriber is`, `${WAITING_STATES} subscribers are`)} emailed once they pay or resume, and pay the new price 30 days after that at the earliest.`
      : null,
    ifResumed > 0 ? `${count(ifResumed, 'subscriber ending at the period end is', 'subscribers ending at the period end are')} emailed only if they resume.` : null,
    whenStarted > 0 ? `${count(whenStarted, 'subscription starting later is', 'subscriptions starting later are')} told when it starts.` : null,
  ].filter((part) => part !== null);
  const total = parts.length > 1 ? `${count(change.subscribers, 'subscriber', 'subscribers')} in all. ` : '';
  return `${change.tier === 'PRO' ? 'Pro' : 'Enterprise'}: ${total}${parts.join(' ')}`;
}

/** The changes awaiting the partner's confirmation before the tiers are saved. */
export function PriceChangeConfirm({ changes, onConfirm, onCancel, busy }: {
  changes: readonly PriceChange[];
  onConfirm: () => void;
  onCancel: () => void;
  busy: boolean;
}) {
  return (
    <div role="group" aria-label="Confirm the price change">
      <Alert tone="info">
        {changes.map((change) => (
          <span key={change.tier}>{priceChangeSentence(change)} </span>
        ))}
        New subscribers pay the new price at once.
      </Alert>
      <div className="form-actions">
        <button type="button" className="button" onClick={onConfirm} disabled={busy}>
          Confirm and save
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel} disabled={busy}>
          Back
        </button>
      </div>
    </div>
  );
}
