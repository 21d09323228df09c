import { useMutation } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { formErrors, rowOfPath, withMessage, type FormErrors } from '../errors';
import { graphql } from '../gql';
import type { EndpointInput, EndpointParameterInput, EndpointsEditor_EndpointFragment as EndpointRow, HttpMethod, ParameterLocation, ParameterType, Tier } from '../gql/graphql';
import { saveBlob } from '../billing/download';
import { TextAreaField } from '../ui/TextAreaField';
import { OpenApiImport } from './OpenApiImport';
import { Alert } from '../ui/Alert';
import { TierBadge, enumLabel } from '../ui/Badge';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { DataTable, type Column } from '../ui/DataTable';
import { Dialog } from '../ui/Dialog';
import { SelectField, TextField } from '../ui/Field';
import { Empty } from '../ui/States';
import { useFocusFirstInvalid } from '../ui/focus-first-invalid';
import { TIER_ORDER } from './tier-form';

export const EndpointsEditor_EndpointFragment = graphql(`
  fragment EndpointsEditor_Endpoint on Endpoint {
    id
    method
    path
    description
    costWeight
    tiers
    parameters {
      name
      in
      type
      required
      description
      example
    }
    requestExample
    responseExample
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
const FIELDS = ['method', 'path', 'description', 'costWeight', 'tiers', 'parameters', 'requestExample', 'responseExample'] as const;
const LOCATIONS: readonly ParameterLocation[] = ['PATH', 'QUERY', 'HEADER', 'BODY'];
const TYPES: readonly ParameterType[] = ['STRING', 'INTEGER', 'NUMBER', 'BOOLEAN', 'OBJECT', 'ARRAY'];

type Action = { kind: 'add' } | { kind: 'edit'; endpoint: EndpointRow } | { kind: 'remove'; endpoint: EndpointRow } | { kind: 'import' };

/** The solution's endpoints (method + path template), each with its cost weight and the tiers that may call it. */
export function EndpointsEditor({ solutionId, slug, endpoints, openApiDocument }: {
  solutionId: string;
  slug: string;
  endpoints: readonly EndpointRow[];
  openApiDocument: string;
}) {
  const [action, setAction] = useState<Action>();
  const [notice, setNotice] = useState<string>();
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
          {row.description ? <span className="cell-note">{row.description}</span> : <span className="cell-note">Not documented yet.</span>}
          {row.parameters.length > 0 && <span className="cell-note">{row.parameters.length === 1 ? '1 parameter' : `${row.parameters.length} parameters`}</span>}
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
        <span className="row-actions">
          <button type="button" className="button button-secondary" onClick={() => setAction({ kind: 'import' })}>
            Import OpenAPI
          </button>
          {endpoints.length > 0 && (
            <button type="button" className="button button-secondary" onClick={() => saveBlob(new Blob([openApiDocument], { type: 'application/json' }), `${slug}-openapi.json`)}>
              Export OpenAPI
            </button>
          )}
          <button type="button" className="button" onClick={() => setAction({ kind: 'add' })}>
            Add endpoint
          </button>
        </span>
      </div>
      {notice && <Alert tone="success">{notice}</Alert>}
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
      <Dialog open={action?.kind === 'import'} title="Import an OpenAPI document" onClose={close}>
        <OpenApiImport
          solutionId={solutionId}
          currentCount={endpoints.length}
          onDone={(message) => {
            setNotice(message);
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

/** Adds or edits one endpoint (exported for its tests); the server's refusals go under their fields, and focus to the first of them. */
export function EndpointForm({ endpoint, onSave, onCancel }: {
  endpoint?: EndpointRow | undefined;
  onSave: (input: EndpointInput) => Promise<void>;
  onCancel: () => void;
}) {
  const [method, setMethod] = useState<HttpMethod>(endpoint?.method ?? 'GET');
  const [path, setPath] = useState(endpoint?.path ?? '/');
  const [description, setDescription] = useState(endpoint?.description ?? '');
  const [costWeight, setCostWeight] = useState(String(endpoint?.costWeight ?? 1));
  const [tiers, setTiers] = useState<Tier[]>(endpoint ? [...endpoint.tiers] : [...TIER_ORDER]);
  const [parameters, setParameters] = useState<ParameterDraft[]>(() => (endpoint?.parameters ?? []).map((p) => ({ ...p, description: p.description ?? '', example: p.example ?? '' })));
  const [requestExample, setRequestExample] = useState(endpoint?.requestExample ?? '');
  const [responseExample, setResponseExample] = useState(endpoint?.responseExample ?? '');
  const [parameterErrors, setParameterErrors] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<FormErrors<(typeof FIELDS)[number]>>({ fields: {} });
  const [saving, setSaving] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, errors);

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
    setParameterErrors({});
    setSaving(true);
    try {
      await onSave({
        method,
        path: path.trim(),
        description: description.trim() || null,
        costWeight: weight,
        tiers,
        parameters: parameters.map((p): EndpointParameterInput => ({ name: p.name.trim(), in: p.in, type: p.type, required: p.required, description: p.description.trim() || null, example: p.example.trim() || null })),
        requestExample: requestExample.trim() || null,
        responseExample: responseExample.trim() || null,
      });
    } catch (error) {
      // Every problem the server named: a parameter's on its row and field, the rest on the form's fields.
      const rows: Record<string, string> = {};
      const onRow = ({ field, message }: { field: string; message: string }) => {
        const row = rowOfPath(field, 'parameters');
        if (row) rows[`${row.index}.${row.field}`] = withMessage(rows[`${row.index}.${row.field}`], message);
        return row !== undefined;
      };
      const byField = formErrors(error, FIELDS, onRow);
      setParameterErrors(rows);
      setErrors(byField);
    } finally {
      setSaving(false);
    }
  }

  return (
    <form ref={form} className="partner-form" onSubmit={submit} noValidate>
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
      <TextField
        label="Description"
        value={description}
        onChange={(event) => setDescription(event.target.value)}
        hint="What it does, in a line; review needs one for every endpoint."
        error={errors.fields.description}
      />
      <ParametersEditor parameters={parameters} onChange={setParameters} errors={parameterErrors} error={errors.fields.parameters} />
      <TextAreaField label="Example request body (optional)" rows={4} spellCheck={false} value={requestExample} onChange={(event) => setRequestExample(event.target.value)} error={errors.fields.requestExample} />
      <TextAreaField label="Example response (optional)" rows={4} spellCheck={false} value={responseExample} onChange={(event) => setResponseExample(event.target.value)} hint="JSON is shown pretty-printed." error={errors.fields.responseExample} />
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

interface ParameterDraft {
  name: string;
  in: ParameterLocation;
  type: ParameterType;
  required: boolean;
  description: string;
  example: string;
}

/** The documented parameters of an endpoint, one row each; problems the server named show on their field. */
function ParametersEditor({ parameters, onChange, errors, error }: {
  parameters: ParameterDraft[];
  onChange: (next: ParameterDraft[]) => void;
  errors: Record<string, string>;
  error?: string | undefined;
}) {
  const change = (index: number, patch: Partial<ParameterDraft>) => onChange(parameters.map((p, i) => (i === index ? { ...p, ...patch } : p)));
  return (
    <fieldset className="parameters-editor">
      <legend>Parameters</legend>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {parameters.map((p, i) => (
        <div className="parameter-row" key={i} role="group" aria-label={`Parameter ${i + 1}`}>
          <TextField label="Name" value={p.name} onChange={(event) => change(i, { name: event.target.value })} error={errors[`${i}.name`]} spellCheck={false} />
          <SelectField label="In" value={p.in} options={LOCATIONS.map((l) => ({ value: l, label: enumLabel(l) }))} onChange={(event) => change(i, { in: event.target.value as ParameterLocation, ...(event.target.value === 'PATH' ? { required: true } : {}) })} error={errors[`${i}.in`]} />
          <SelectField label="Type" value={p.type} options={TYPES.map((t) => ({ value: t, label: t.toLowerCase() }))} onChange={(event) => change(i, { type: event.target.value as ParameterType })} error={errors[`${i}.type`]} />
          <label className="checkbox">
            <input type="checkbox" checked={p.required} disabled={p.in === 'PATH'} onChange={(event) => change(i, { required: event.target.checked })} />
            Required
          </label>
          <TextField label="Description" value={p.description} onChange={(event) => change(i, { description: event.target.value })} error={errors[`${i}.description`] ?? errors[`${i}.required`]} />
          <TextField label="Example" value={p.example} onChange={(event) => change(i, { example: event.target.value })} error={errors[`${i}.example`]} spellCheck={false} />
          <button type="button" className="button button-small button-danger-outline" onClick={() => onChange(parameters.filter((_, j) => j !== i))}>
            Remove<span className="visually-hidden"> parameter {p.name || i + 1}</span>
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button button-small button-secondary"
        onClick={() => onChange([...parameters, { name: '', in: 'QUERY', type: 'STRING', required: false, description: '', example: '' }])}
      >
        Add parameter
      </button>
    </fieldset>
  );
}
