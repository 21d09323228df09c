import { formatDate, formatMoney, plural, solutionLabeler } from '../format/format';
import { graphql } from '../gql';
import type { EnterpriseOffers_OfferFragment as Offer } from '../gql/graphql';
import { CheckoutButton } from './CheckoutButton';

export const EnterpriseOffers_OfferFragment = graphql(`
  fragment EnterpriseOffers_Offer on EnterpriseOffer {
    id
    status
    price {
      paise
      currency
    }
    callAllowance
    ratePerSecond
    expiresAt
    solution {
      id
      name
      slug
      publisherName
    }
  }
`);

/** Open Enterprise offers an admin made to this customer: the terms, and "Accept and pay" through checkout. */
export function EnterpriseOffers({ offers }: { offers: readonly Offer[] }) {
  const open = offers.filter((offer) => offer.status === 'OPEN');
  if (open.length === 0) return null;
  // Offers may come for two partners' solutions of one name: each card tells them apart.
  const label = solutionLabeler(open.map((offer) => offer.solution));
  return (
    <section className="panel billing-offers" aria-labelledby="offers-heading">
      <h2 id="offers-heading">Enterprise offers for you</h2>
      <ul className="offer-list">
        {open.map((offer) => (
          <li key={offer.id} className="offer-card">
            <h3>{label(offer.solution)}</h3>
            <p className="tier-price">
              {formatMoney(offer.price)} / month <span className="tier-gst">+ GST</span>
            </p>
            <dl className="tier-facts">
              <div>
                <dt>Allowance</dt>
                <dd>{plural(offer.callAllowance, 'call')} / month</dd>
              </div>
              <div>
                <dt>Rate limit</dt>
                <dd>{plural(offer.ratePerSecond, 'call')} / second</dd>
              </div>
              <div>
                <dt>Valid until</dt>
                <dd>{formatDate(offer.expiresAt)}</dd>
              </div>
            </dl>
            <CheckoutButton solutionId={offer.solution.id} tier="ENTERPRISE" offerId={offer.id} label="Accept and pay" />
          </li>
        ))}
      </ul>
    </section>
  );
}
