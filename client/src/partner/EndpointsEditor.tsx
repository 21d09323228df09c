import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { formErrors, type FormErrors } from '../errors';
import { graphql } from '../gql';
import type { EndpointInput, EndpointsEditor_EndpointFragment as EndpointRow, HttpMethod, Tier } from '../gql/graphql';
import { Alert } from '../ui/Alert';
import { TierBadge, enumLabel } from '../ui/Badge';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { DataTable, type Column } from '../ui/DataTable';
import { Dialog } from '../ui/Dialog';
import { SelectField, TextField } from '../ui/Field';
import { Empty } from '../ui/States';
import { TIER_ORDER } from './tier-form';

export const EndpointsEditor_EndpointFragment = graphql(`
  fragment EndpointsEditor_Endpoint on Endpoint {
    id
    method
    path
    description
    costWeight
    tiers
  }
`);

const EndpointsEditor_Add = graphql(`
  mutation EndpointsEditor_Add($solutionId: ID!, $input: EndpointInput!) {
    addEndpoint(solutionId: $solutionId, input: $input) {
      ...EndpointsEditor_Endpoint
    }
  }
`);

const EndpointsEditor_Update = graphql(`
  mutation EndpointsEditor_Update($solutionId: ID!, $endpointId: ID!, $input: EndpointInput!) {
    updateEndpoint(solutionId: $solutionId, endpointId: $endpointId, input: $input) {
      ...EndpointsEditor_Endpoint
    }
  }
`);

const EndpointsEditor_Remove = graphql(`
  mutation EndpointsEditor_Remove($solutionId: ID!, $endpointId: ID!) {
    removeEndpoint(solutionId: $solutionId, endpointId: $endpointId)
  }
`);

const METHODS: readonly HttpMethod[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];
const FIELDS = ['method', 'path', 'description', 'costWeight', 'tiers'] as const;

type Action = { kind: 'add' } | { kind: 'edit'; endpoint: EndpointRow } | { kind: 'remove'; endpoint: EndpointRow };

/** The solution's endpoints (method + path template), each with its cost weight and the tiers that may call it. */
export function EndpointsEditor({ solutionId, endpoints }: { solutionId: string; endpoints: readonly EndpointRow[] }) {
  const [action, setAction] = useState<Action>();
  const options = { refetchQueries: 'active' as const };
  const [add] = useMutation(EndpointsEditor_Add, options);
  const [update] = useMutation(EndpointsEditor_Update, options);
  const [remove] = useMutation(EndpointsEditor_Remove, options);
  const close = () => setAction(undefined);

  const columns: Column<EndpointRow>[] = [
    {
      key: 'endpoint',
      header: 'Endpoint',
      cell: (row) => (
        <span className="solution-cell">
          <code>
            <span className={`method method-${row.method.toLowerCase()}`}>{row.method}</span> {row.path}
          </code>
          {row.description && <span className="cell-note">{row.description}</span>}
        </span>
      ),
    },
    { key: 'cost', header: 'Cost', cell: (row) => (row.costWeight === 1 ? '1 unit' : `${row.costWeight} units`) },
    {
      key: 'tiers',
      header: 'Tiers',
      cell: (row) => (
        <span className="badge-row">
          {row.tiers.length === TIER_ORDER.length ? 'All tiers' : row.tiers.map((tier) => <TierBadge key={tier} tier={tier} />)}
        </span>
      ),
    },
    {
      key: 'actions',
      header: 'Actions',
      align: 'end',
      cell: (row) => (
        <span className="row-actions">
          <button type="button" className="button button-small button-secondary" onClick={() => setAction({ kind: 'edit', endpoint: row })}>
            Edit<span className="visually-hidden"> {row.method} {row.path}</span>
          </button>
          <button type="button" className="button button-small button-danger-outline" onClick={() => setAction({ kind: 'remove', endpoint: row })}>
            Remove<span className="visually-hidden"> {row.method} {row.path}</span>
          </button>
        </span>
      ),
    },
  ];

  return (
    <div className="endpoints">
      <div className="panel-header">
        <h3>Endpoints</h3>
        <button type="button" className="button" onClick={() => setAction({ kind: 'add' })}>
          Add endpoint
        </button>
      </div>
      {endpoints.length === 0 ? (
        <Empty title="No endpoints yet.">
          <p>Register the paths callers may use, e.g. POST /v1/summarize. Unregistered paths are refused.</p>
        </Empty>
      ) : (
        <DataTable caption="Endpoints" columns={columns} rows={endpoints} rowKey={(row) => row.id} />
      )}
      <Dialog open={action?.kind === 'add' || action?.kind === 'edit'} title={action?.kind === 'edit' ? 'Edit endpoint' : 'Add endpoint'} onClose={close}>
        <EndpointForm
          endpoint={action?.kind === 'edit' ? action.endpoint : undefined}
          onCancel={close}
          onSave={async (input) => {
            if (action?.kind === 'edit') await update({ variables: { solutionId, endpointId: action.endpoint.id, input } });
            else await add({ variables: { solutionId, input } });
            close();
          }}
        />
      </Dialog>
      <ConfirmDialog
        open={action?.kind === 'remove'}
        title="Remove endpoint?"
        confirmLabel="Remove endpoint"
        busyLabel="Removing…"
        cancelLabel="Keep endpoint"
        onClose={close}
        onConfirm={async () => {
          if (action?.kind !== 'remove') return;
          await remove({ variables: { solutionId, endpointId: action.endpoint.id } });
        }}
      >
        <p>
          Calls to <code>{action?.kind === 'remove' ? `${action.endpoint.method} ${action.endpoint.path}` : ''}</code> are refused once
          it is removed.
        </p>
      </ConfirmDialog>
    </div>
  );
}

function EndpointForm({ endpoint, onSave, onCancel }: {
  endpoint?: EndpointRow | undefined;
  onSave: (input: EndpointInput) => Promise<void>;
  onCancel: () => void;
}) {
  const [method, setMethod] = useState<HttpMethod>(endpoint?.method ?? 'GET');
  const [path, setPath] = useState(endpoint?.path ?? '/');
  const [description, setDescription] = useState(endpoint?.description ?? '');
  const [costWeight, setCostWeight] = useState(String(endpoint?.costWeight ?? 1));
  const [tiers, setTiers] = useState<Tier[]>(endpoint ? [...endpoint.tiers] : [...TIER_ORDER]);
  const [errors, setErrors] = useState<FormErrors<(typeof FIELDS)[number]>>({ fields: {} });
  const [saving, setSaving] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const weight = Number(costWeight);
    if (!/^\d+$/.test(costWeight.trim()) || weight < 1 || weight > 1000) {
      setErrors({ fields: { costWeight: 'A whole number from 1 to 1000.' } });
      return;
    }
    if (tiers.length === 0) {
      setErrors({ fields: { tiers: 'Pick at least one tier.' } });
      return;
    }
    setErrors({ fields: {} });
    setSaving(true);
    try {
      await onSave({ method, path: path.trim(), description: description.trim() || null, costWeight: weight, tiers });
    } catch (error) {
      setErrors(formErrors(error, FIELDS));
    } finally {
      setSaving(false);
    }
  }

  return (
    <form className="partner-form" onSubmit={submit} noValidate>
      {errors.form && <Alert tone="error">{errors.form}</Alert>}
      <div className="endpoint-line">
        <SelectField
          label="Method"
          value={method}
          options={METHODS.map((each) => ({ value: each, label: each }))}
          onChange={(event) => setMethod(event.target.value as HttpMethod)}
          error={errors.fields.method}
        />
        <TextField
          label="Path"
          required
          value={path}
          onChange={(event) => setPath(event.target.value)}
          hint="Starts with /; {param} matches one segment, e.g. /v1/items/{id}."
          error={errors.fields.path}
        />
      </div>
      <TextField label="Description (optional)" value={description} onChange={(event) => setDescription(event.target.value)} error={errors.fields.description} />
      <TextField
        label="Cost weight"
        inputMode="numeric"
        value={costWeight}
        onChange={(event) => setCostWeight(event.target.value)}
        hint="Quota units one call uses, 1 to 1000."
        error={errors.fields.costWeight}
      />
      <fieldset className="checkbox-group" aria-describedby={errors.fields.tiers ? 'endpoint-tiers-error' : undefined}>
        <legend>Tiers that may call it</legend>
        {TIER_ORDER.map((tier) => (
          <label key={tier} className="checkbox">
            <input
              type="checkbox"
              checked={tiers.includes(tier)}
              onChange={(event) =>
                setTiers((current) => (event.target.checked ? TIER_ORDER.filter((each) => each === tier || current.includes(each)) : current.filter((each) => each !== tier)))
              }
            />
            {enumLabel(tier)}
          </label>
        ))}
        {errors.fields.tiers && (
          <p id="endpoint-tiers-error" className="field-error" role="alert">
            {errors.fields.tiers}
          </p>
        )}
      </fieldset>
      <div className="dialog-actions">
        <button type="button" className="button button-secondary" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button" disabled={saving}>
          {saving ? 'Saving…' : endpoint ? 'Save endpoint' : 'Add endpoint'}
        </button>
      </div>
    </form>
  );
}
