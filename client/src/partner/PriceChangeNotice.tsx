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
  subscribers: number;
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
      return { tier: found.tier, subscribers: found.subscribers, currentPricePaise: found.currentPrice?.paise ?? null, newPricePaise: found.newPrice.paise, effectiveAt: String(found.effectiveAt), confirmation: found.confirmation };
    },
  };
}

/** The sentence a partner confirms: "N current subscribers keep ₹X until <date>, then pay ₹Y; they are emailed today." */
export function priceChangeSentence(change: PriceChange): string {
  const who = change.subscribers === 1 ? '1 current subscriber keeps' : `${change.subscribers} current subscribers keep`;
  const was = change.currentPricePaise === null ? 'their price' : formatPaise(change.currentPricePaise);
  return `${change.tier === 'PRO' ? 'Pro' : 'Enterprise'}: ${who} ${was} until ${formatDate(change.effectiveAt)}, then pay ${formatPaise(change.newPricePaise)}; they are emailed today.`;
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
