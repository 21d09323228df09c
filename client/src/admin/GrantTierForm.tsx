import { useMutation, useQuery } from '@apollo/client/react';
import { useDeferredValue, useState, type FormEvent } from 'react';
import { endDayRange, endOfDayUtc, latestFutureEnd } from '@marketplace/contracts';
import { formErrors, type FormErrors } from '../errors';
import { formatDate, plural, solutionLabeler } from '../format/format';
import { graphql } from '../gql';
import type { Tier } from '../gql/graphql';
import { Alert } from '../ui/Alert';
import { enumLabel } from '../ui/Badge';
import { SelectField, TextField } from '../ui/Field';
import { ErrorState, Loading } from '../ui/States';
import { ReasonDialog } from './ReasonDialog';

export const GrantTierForm_Solutions = graphql(`
  query GrantTierForm_Solutions($search: String) {
    solutions(search: $search, first: 20) {
      nodes {
        id
        name
        slug
        publisherName
      }
    }
  }
`);

const GrantTierForm_Grants = graphql(`
  query GrantTierForm_Grants($solutionId: ID!) {
    tierGrants(solutionId: $solutionId) {
      userId
      solutionId
      tier
      endsAt
      grantedAt
    }
  }
`);

const GrantTierForm_Grant = graphql(`
  mutation GrantTierForm_Grant($input: GrantTierInput!) {
    grantTier(input: $input) {
      userId
      solutionId
      tier
      endsAt
      grantedAt
    }
  }
`);

const GrantTierForm_Revoke = graphql(`
  mutation GrantTierForm_Revoke($userId: ID!, $solutionId: ID!, $reason: String) {
    revokeTierGrant(userId: $userId, solutionId: $solutionId, reason: $reason)
  }
`);

const FIELDS = ['solutionId', 'tier', 'endsAt', 'reason'] as const;
type GrantField = (typeof FIELDS)[number];
const PAID_TIERS: Tier[] = ['PRO', 'ENTERPRISE'];

/** Gives one user PRO or ENTERPRISE on a published solution, optionally until a day; shows their current grant. */
export function GrantTierForm({ userId }: { userId: string }) {
  const [search, setSearch] = useState('');
  const words = useDeferredValue(search.trim());
  const solutions = useQuery(GrantTierForm_Solutions, { variables: { search: words || null } });
  // The last answer stays on screen while the next search runs, so the list does not flicker away.
  const found = (solutions.data ?? solutions.previousData)?.solutions.nodes ?? [];
  const [chosen, setChosen] = useState<{ id: string; label: string }>();
  const solutionId = chosen?.id ?? '';
  const [tier, setTier] = useState<Tier>('PRO');
  const [endsOn, setEndsOn] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FormErrors<GrantField>>({ fields: {} });
  const [done, setDone] = useState<string>();
  const [submitting, setSubmitting] = useState(false);
  const grants = useQuery(GrantTierForm_Grants, { variables: { solutionId }, skip: !solutionId, fetchPolicy: 'cache-and-network' });
  const [grant] = useMutation(GrantTierForm_Grant, { refetchQueries: 'active' });
  const [revoke] = useMutation(GrantTierForm_Revoke, { refetchQueries: 'active' });
  const [revoking, setRevoking] = useState(false);
  const current = grants.data?.tierGrants.find((each) => each.userId === userId);
  const currentLive = current && (!current.endsAt || new Date(current.endsAt).getTime() > Date.now());

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(undefined);
    if (!solutionId) {
      setErrors({ fields: { solutionId: 'Pick a solution.' } });
      return;
    }
    setErrors({ fields: {} });
    setSubmitting(true);
    try {
      const { data } = await grant({
        variables: { input: { userId, solutionId, tier, endsAt: endsOn ? endOfDayUtc(endsOn) : null, reason: reason.trim() || null } },
      });
      const name = chosen?.label ?? 'the solution';
      if (data) setDone(`Granted ${enumLabel(data.grantTier.tier)} on ${name}${data.grantTier.endsAt ? ` until ${formatDate(data.grantTier.endsAt)}` : ''}.`);
      setReason('');
    } catch (error) {
      setErrors(formErrors(error, FIELDS));
    } finally {
      setSubmitting(false);
    }
  }

  if (solutions.error && !solutions.data && !solutions.previousData) return <ErrorState error={solutions.error} onRetry={() => void solutions.refetch()} />;
  if (!solutions.data && !solutions.previousData) return <Loading label="Loading solutions…" />;
  const label = solutionLabeler(found);
  const options = found.map((each) => ({ value: each.id, label: label(each) }));
  if (chosen && !options.some((option) => option.value === chosen.id)) options.unshift({ value: chosen.id, label: chosen.label });
  // The days grantTier accepts (its rule, from contracts), so the last one offered is not refused.
  const now = new Date();
  const days = endDayRange(now, latestFutureEnd(now));

  return (
    <>
      <form className="form admin-grant" onSubmit={submit} noValidate>
        {errors.form && <Alert tone="error">{errors.form}</Alert>}
        {done && <Alert tone="success">{done}</Alert>}
        <div className="admin-grid-2">
          <TextField
            label="Find a solution"
            type="search"
            name="solutionSearch"
            value={search}
            hint={solutions.loading ? 'Searching…' : `${plural(found.length, 'match', 'matches')}${found.length === 20 ? ' shown; type more to narrow them' : ''}.`}
            onChange={(event) => setSearch(event.target.value)}
          />
          <SelectField
            label="Solution"
            name="solutionId"
            value={solutionId}
            onChange={(event) => {
              const option = options.find((each) => each.value === event.target.value);
              setChosen(option ? { id: option.value, label: option.label } : undefined);
              setDone(undefined);
            }}
            error={errors.fields.solutionId}
            hint={
              !solutionId
                ? 'Published solutions matching the search.'
                : grants.loading && !grants.data
                  ? 'Checking the current grant…'
                  : current && currentLive
                    ? `Current grant: ${enumLabel(current.tier)}${current.endsAt ? ` until ${formatDate(current.endsAt)}` : ', open-ended'} — a new grant replaces it.`
                    : 'No current grant: the user is on the registered tier.'
            }
            options={[{ value: '', label: 'Choose a solution…' }, ...options]}
          />
          <SelectField
            label="Tier"
            name="tier"
            value={tier}
            onChange={(event) => setTier(event.target.value as Tier)}
            error={errors.fields.tier}
            options={PAID_TIERS.map((value) => ({ value, label: enumLabel(value) }))}
          />
          <TextField
            label="Ends on (optional)"
            name="endsOn"
            type="date"
            min={days.min}
            max={days.max}
            hint="Empty: until revoked. Ends at the end of the day (UTC)."
            value={endsOn}
            onChange={(event) => setEndsOn(event.target.value)}
            error={errors.fields.endsAt}
          />
          <TextField
            label="Reason (optional)"
            name="reason"
            maxLength={500}
            hint="Kept in the audit trail."
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            error={errors.fields.reason}
          />
        </div>
        <div className="row-actions admin-card-actions">
          <button type="submit" className="button" disabled={submitting}>
            {submitting ? 'Granting…' : 'Grant tier'}
          </button>
          {current && currentLive && (
            <button type="button" className="button button-danger-outline" onClick={() => setRevoking(true)}>
              Revoke current grant
            </button>
          )}
        </div>
      </form>
      <ReasonDialog
        open={revoking}
        title="Revoke the grant?"
        confirmLabel="Revoke grant"
        reasonHint="Kept in the audit trail"
        onClose={() => setRevoking(false)}
        onConfirm={async (why) => {
          await revoke({ variables: { userId, solutionId, reason: why } });
          setDone('The grant is revoked; the user is on the registered tier again.');
        }}
      >
        <p>The user drops to the registered tier on this solution at once.</p>
      </ReasonDialog>
    </>
  );
}
