import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { endDayRange, endOfDayUtc, latestOfferEnd } from '@marketplace/contracts';
import { errorMessage, formErrors, type FormErrors } from '../errors';
import { formatCount, formatDate, formatMoney, rupeesToPaise, solutionLabeler } from '../format/format';
import { graphql } from '../gql';
import type { EnterpriseOffersAdmin_QueryQuery } from '../gql/graphql';
import { Alert } from '../ui/Alert';
import { StatusBadge } from '../ui/Badge';
import { DataTable, type Column } from '../ui/DataTable';
import { SelectField, TextField } from '../ui/Field';
import { Empty, ErrorState, Loading } from '../ui/States';

export const EnterpriseOffersAdmin_Query = graphql(`
  query EnterpriseOffersAdmin_Query {
    enterpriseOffers {
      id
      status
      price {
        paise
        currency
      }
      callAllowance
      ratePerSecond
      expiresAt
      createdAt
      solution {
        id
        name
        slug
        publisherName
      }
      user {
        id
        name
        email
      }
    }
    adminSolutions(status: PUBLISHED, first: 100) {
      nodes {
        id
        name
        slug
        publisherName
      }
    }
    platformTierSettings {
      tiers {
        tier
        minCallAllowance
        maxCallAllowance
        maxRatePerSecond
      }
    }
  }
`);

const EnterpriseOffersAdmin_FindUser = graphql(`
  query EnterpriseOffersAdmin_FindUser($search: String!) {
    users(search: $search, first: 5) {
      nodes {
        id
        email
      }
    }
  }
`);

const EnterpriseOffersAdmin_Create = graphql(`
  mutation EnterpriseOffersAdmin_Create($input: EnterpriseOfferInput!) {
    createEnterpriseOffer(input: $input) {
      id
      status
    }
  }
`);

const EnterpriseOffersAdmin_Withdraw = graphql(`
  mutation EnterpriseOffersAdmin_Withdraw($id: ID!) {
    withdrawEnterpriseOffer(id: $id) {
      id
      status
    }
  }
`);

type Offer = EnterpriseOffersAdmin_QueryQuery['enterpriseOffers'][number];
const FIELDS = ['userId', 'solutionId', 'pricePaise', 'callAllowance', 'ratePerSecond', 'expiresAt'] as const;
type Field = (typeof FIELDS)[number];
const EMPTY = { customer: '', solutionId: '', price: '', callAllowance: '', ratePerSecond: '', expiresOn: '' };

/** The largest GraphQL Int: the bound of a count while the platform's own bounds have not loaded. */
const MAX_INT = 2_147_483_647;
/** The server's bound on calls a second when the platform sets none (billing's offer check). */
const DEFAULT_MAX_RATE = 100_000;

/** A whole number from `min` to `max` (commas allowed), or undefined. */
function wholeNumberIn(text: string, min: number, max: number): number | undefined {
  const clean = text.trim().replaceAll(',', '');
  if (!/^\d+$/.test(clean)) return undefined;
  const value = Number(clean);
  return value >= min && value <= max ? value : undefined;
}

/** The platform's Enterprise bounds on an offer, worded as the server refuses them. */
function offerBounds(data: EnterpriseOffersAdmin_QueryQuery | undefined) {
  const enterprise = data?.platformTierSettings.tiers.find((bounds) => bounds.tier === 'ENTERPRISE');
  const calls = [enterprise?.minCallAllowance ?? 1, Math.min(enterprise?.maxCallAllowance ?? MAX_INT, MAX_INT)] as const;
  const rate = [1, Math.min(enterprise ? (enterprise.maxRatePerSecond ?? DEFAULT_MAX_RATE) : MAX_INT, MAX_INT)] as const;
  const words = enterprise ? " (the platform's Enterprise bounds)" : '';
  return {
    calls,
    rate,
    callsProblem: `The calls a month are a whole number from ${formatCount(calls[0])} to ${formatCount(calls[1])}${words}.`,
    rateProblem: `The calls a second are a whole number from ${formatCount(rate[0])} to ${formatCount(rate[1])}${words}.`,
  };
}

/** Enterprise offers: every offer with its status, withdraw an open one, and make a new one for a customer. */
export function EnterpriseOffersAdmin() {
  const client = useApolloClient();
  const { data, loading, error, refetch } = useQuery(EnterpriseOffersAdmin_Query, { fetchPolicy: 'cache-and-network' });
  const [create, { loading: creating }] = useMutation(EnterpriseOffersAdmin_Create, { refetchQueries: ['EnterpriseOffersAdmin_Query'] });
  const [withdraw] = useMutation(EnterpriseOffersAdmin_Withdraw);
  const [draft, setDraft] = useState(EMPTY);
  const [errors, setErrors] = useState<FormErrors<Field>>({ fields: {} });
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string }>();
  const change = (name: keyof typeof EMPTY) => (event: { target: { value: string } }) => setDraft({ ...draft, [name]: event.target.value });

  /** The customer field takes a user id or an exact email address. */
  async function resolveUserId(text: string): Promise<string | undefined> {
    const value = text.trim();
    if (value.startsWith('usr_')) return value;
    const { data: found } = await client.query({ query: EnterpriseOffersAdmin_FindUser, variables: { search: value }, fetchPolicy: 'network-only' });
    return found?.users.nodes.find((user) => user.email?.toLowerCase() === value.toLowerCase())?.id;
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setMessage(undefined);
    const fields: FormErrors<Field>['fields'] = {};
    const pricePaise = rupeesToPaise(draft.price);
    const bounds = offerBounds(data);
    const callAllowance = wholeNumberIn(draft.callAllowance, ...bounds.calls);
    const ratePerSecond = wholeNumberIn(draft.ratePerSecond, ...bounds.rate);
    if (!draft.customer.trim()) fields.userId = 'Enter the customer’s email or user id.';
    if (!draft.solutionId) fields.solutionId = 'Choose a solution.';
    if (!pricePaise) fields.pricePaise = 'Enter the monthly price in rupees, e.g. 49999 or 49999.50.';
    if (!callAllowance) fields.callAllowance = bounds.callsProblem;
    if (!ratePerSecond) fields.ratePerSecond = bounds.rateProblem;
    if (Object.keys(fields).length) return setErrors({ fields });
    let userId: string | undefined;
    try {
      userId = await resolveUserId(draft.customer);
    } catch (failure) {
      return setErrors({ fields: {}, form: errorMessage(failure) });
    }
    if (!userId) return setErrors({ fields: { userId: 'No account has this email address.' } });
    setErrors({ fields: {} });
    try {
      await create({
        variables: {
          input: {
            userId,
            solutionId: draft.solutionId,
            pricePaise: pricePaise!,
            callAllowance: callAllowance!,
            ratePerSecond: ratePerSecond!,
            expiresAt: draft.expiresOn ? endOfDayUtc(draft.expiresOn) : null,
          },
        },
      });
      setDraft(EMPTY);
      setMessage({ tone: 'success', text: 'Offer created. The customer sees it on their billing page and accepts it by paying.' });
    } catch (failure) {
      setErrors(formErrors(failure, FIELDS));
    }
  }

  const solutions = data?.adminSolutions.nodes ?? [];
  // Two partners may sell solutions of one name: the picker and the table tell them apart.
  const label = solutionLabeler([...solutions, ...(data?.enterpriseOffers ?? []).map((offer) => offer.solution)]);
  const columns: Column<Offer>[] = [
    {
      key: 'customer',
      header: 'Customer',
      cell: (offer) => (
        <span className="cell-stack">
          <Link to={`/admin/users/${offer.user.id}`}>{offer.user.name}</Link>
          <span className="cell-note">{offer.user.email}</span>
        </span>
      ),
    },
    { key: 'solution', header: 'Solution', cell: (offer) => label(offer.solution) },
    { key: 'price', header: 'Price / month', align: 'end', cell: (offer) => `${formatMoney(offer.price)} + GST` },
    { key: 'allowance', header: 'Calls / month', align: 'end', cell: (offer) => formatCount(offer.callAllowance) },
    { key: 'rate', header: 'Calls / s', align: 'end', cell: (offer) => formatCount(offer.ratePerSecond) },
    { key: 'status', header: 'Status', cell: (offer) => <StatusBadge status={offer.status} /> },
    { key: 'expires', header: 'Expires', cell: (offer) => formatDate(offer.expiresAt) },
    {
      key: 'actions',
      header: 'Actions',
      align: 'end',
      cell: (offer) =>
        offer.status === 'OPEN' ? (
          <button
            type="button"
            className="button button-small button-danger-outline"
            onClick={async () => {
              setMessage(undefined);
              try {
                await withdraw({ variables: { id: offer.id } });
                setMessage({ tone: 'success', text: `The offer to ${offer.user.name} is withdrawn.` });
              } catch (failure) {
                setMessage({ tone: 'error', text: errorMessage(failure) });
              }
            }}
          >
            Withdraw<span className="visually-hidden"> the offer to {offer.user.name}</span>
          </button>
        ) : null,
    },
  ];
  // The days createEnterpriseOffer accepts (its rule, from contracts), so the last one offered is not refused.
  const now = new Date();
  const openDays = endDayRange(now, latestOfferEnd(now));

  return (
    <section className="panel" aria-labelledby="offers-admin-heading">
      <h2 id="offers-admin-heading">Enterprise offers</h2>
      <div className="live-message" aria-live="polite">{message && <Alert tone={message.tone}>{message.text}</Alert>}</div>
      {error && !data ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : loading && !data ? (
        <Loading label="Loading offers…" />
      ) : !data || data.enterpriseOffers.length === 0 ? (
        <Empty title="No offers yet." />
      ) : (
        <DataTable caption="Enterprise offers" columns={columns} rows={data.enterpriseOffers} rowKey={(offer) => offer.id} />
      )}
      <h3>New offer</h3>
      <form className="form offer-form" onSubmit={submit} noValidate aria-label="New Enterprise offer">
        <div className="billing-profile-grid">
          <TextField label="Customer email or user id" value={draft.customer} onChange={change('customer')} error={errors.fields.userId} autoComplete="off" />
          <SelectField
            label="Solution"
            value={draft.solutionId}
            onChange={change('solutionId')}
            error={errors.fields.solutionId}
            options={[{ value: '', label: 'Choose a solution…' }, ...solutions.map((each) => ({ value: each.id, label: label(each) }))]}
          />
          <TextField label="Monthly price (₹, excl. GST)" inputMode="decimal" value={draft.price} onChange={change('price')} error={errors.fields.pricePaise} />
          <TextField label="Calls per month" inputMode="numeric" value={draft.callAllowance} onChange={change('callAllowance')} error={errors.fields.callAllowance} />
          <TextField label="Calls per second" inputMode="numeric" value={draft.ratePerSecond} onChange={change('ratePerSecond')} error={errors.fields.ratePerSecond} />
          <TextField label="Open until (optional)" type="date" hint="Default: 30 days." value={draft.expiresOn} onChange={change('expiresOn')} error={errors.fields.expiresAt} min={openDays.min} max={openDays.max} />
        </div>
        {errors.form && <Alert tone="error">{errors.form}</Alert>}
        <div>
          <button type="submit" className="button" disabled={creating}>
            {creating ? 'Creating…' : 'Create offer'}
          </button>
        </div>
      </form>
    </section>
  );
}
