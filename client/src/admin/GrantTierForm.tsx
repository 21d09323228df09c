import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { endOfDayUtc } from '../dashboard/CreateKeyDialog';
import { formErrors, type FormErrors } from '../errors';
import { formatDate } from '../format/format';
import { graphql } from '../gql';
import type { Tier } from '../gql/graphql';
import { Alert } from '../ui/Alert';
import { enumLabel } from '../ui/Badge';
import { SelectField, TextField } from '../ui/Field';
import { ErrorState, Loading } from '../ui/States';
import { ReasonDialog } from './ReasonDialog';

const GrantTierForm_Solutions = graphql(`
  query GrantTierForm_Solutions {
    solutions(first: 50) {
      nodes {
        id
        name
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
  const solutions = useQuery(GrantTierForm_Solutions);
  const [solutionId, setSolutionId] = useState('');
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
      const name = solutions.data?.solutions.nodes.find((each) => each.id === solutionId)?.name ?? 'the solution';
      if (data) setDone(`Granted ${enumLabel(data.grantTier.tier)} on ${name}${data.grantTier.endsAt ? ` until ${formatDate(data.grantTier.endsAt)}` : ''}.`);
      setReason('');
    } catch (error) {
      setErrors(formErrors(error, FIELDS));
    } finally {
      setSubmitting(false);
    }
  }

  if (solutions.error && !solutions.data) return <ErrorState error={solutions.error} onRetry={() => void solutions.refetch()} />;
  if (!solutions.data) return <Loading label="Loading solutions…" />;
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);

  return (
    <>
      <form className="form admin-grant" onSubmit={submit} noValidate>
        {errors.form && <Alert tone="error">{errors.form}</Alert>}
        {done && <Alert tone="success">{done}</Alert>}
        <div className="admin-grid-2">
          <SelectField
            label="Solution"
            name="solutionId"
            value={solutionId}
            onChange={(event) => {
              setSolutionId(event.target.value);
              setDone(undefined);
            }}
            error={errors.fields.solutionId}
            hint={
              !solutionId
                ? 'Published solutions.'
                : grants.loading && !grants.data
                  ? 'Checking the current grant…'
                  : current && currentLive
                    ? `Current grant: ${enumLabel(current.tier)}${current.endsAt ? ` until ${formatDate(current.endsAt)}` : ', open-ended'} — a new grant replaces it.`
                    : 'No current grant: the user is on the registered tier.'
            }
            options={[
              { value: '', label: 'Choose a solution…' },
              ...solutions.data.solutions.nodes.map((each) => ({
                value: each.id,
                label: each.publisherName ? `${each.name} (${each.publisherName})` : each.name,
              })),
            ]}
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
            min={tomorrow}
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
