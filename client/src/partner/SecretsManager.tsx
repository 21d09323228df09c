import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { DEFAULT_GRACE_HOURS, GRACE_OPTIONS } from '../dashboard/RotateKeyDialog';
import { errorMessage } from '../errors';
import { graphql } from '../gql';
import type { SecretsManager_SolutionSecretFragment as SecretRow } from '../gql/graphql';
import { formatDate } from '../format/format';
import { useRefreshWhenStale } from '../stale';
import { Alert } from '../ui/Alert';
import { StatusBadge } from '../ui/Badge';
import { CopyButton } from '../ui/CopyButton';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { DataTable, type Column } from '../ui/DataTable';
import { Dialog } from '../ui/Dialog';
import { SelectField } from '../ui/Field';
import { Empty } from '../ui/States';

export const SecretsManager_SolutionSecretFragment = graphql(`
  fragment SecretsManager_SolutionSecret on SolutionSecret {
    id
    prefix
    createdAt
    lastUsedAt
    expiresAt
    revokedAt
    status
  }
`);

const SecretsManager_Create = graphql(`
  mutation SecretsManager_Create($solutionId: ID!) {
    createSolutionSecret(solutionId: $solutionId) {
      plaintext
      secret {
        ...SecretsManager_SolutionSecret
      }
    }
  }
`);

const SecretsManager_Rotate = graphql(`
  mutation SecretsManager_Rotate($secretId: ID!, $graceHours: Int!) {
    rotateSolutionSecret(secretId: $secretId, graceHours: $graceHours) {
      plaintext
      secret {
        ...SecretsManager_SolutionSecret
      }
      replaced {
        ...SecretsManager_SolutionSecret
      }
    }
  }
`);

const SecretsManager_Revoke = graphql(`
  mutation SecretsManager_Revoke($secretId: ID!) {
    revokeSolutionSecret(secretId: $secretId) {
      ...SecretsManager_SolutionSecret
    }
  }
`);

/** A freshly issued secret: the one time its plaintext is on screen, with a copy button and a warning saying so. */
function PlaintextSecret({ plaintext }: { plaintext: string }) {
  return (
    <div className="plaintext-key">
      <p className="notice notice-warning" role="status">
        Copy this secret now and store it with your API’s configuration. <strong>It will not be shown again</strong>: the
        marketplace keeps only its hash.
      </p>
      <div className="plaintext-key-row">
        <label className="visually-hidden" htmlFor="plaintext-secret">
          Your new solution secret
        </label>
        <input id="plaintext-secret" className="code-input" readOnly value={plaintext} onFocus={(event) => event.target.select()} />
        <CopyButton text={plaintext} label="Copy secret" />
      </div>
    </div>
  );
}

type Action = { kind: 'created'; plaintext: string } | { kind: 'rotate'; secret: SecretRow } | { kind: 'revoke'; secret: SecretRow };

/**
 * The solution's secrets, which its backend sends to POST /quota/validate: issue (at most two live), rotate with a
 * grace period, revoke.
 */
export function SecretsManager({ solutionId, secrets }: { solutionId: string; secrets: readonly SecretRow[] }) {
  const [action, setAction] = useState<Action>();
  const [error, setError] = useState<string>();
  const [creating, setCreating] = useState(false);
  const options = { refetchQueries: 'active' as const };
  const [create] = useMutation(SecretsManager_Create, options);
  const [rotateSecret] = useMutation(SecretsManager_Rotate, options);
  const [revokeSecret] = useMutation(SecretsManager_Revoke, options);
  const refreshWhenStale = useRefreshWhenStale();
  const rotate = (variables: { secretId: string; graceHours: number }) => refreshWhenStale(() => rotateSecret({ variables }));
  const revoke = (variables: { secretId: string }) => refreshWhenStale(() => revokeSecret({ variables }));
  const close = () => setAction(undefined);

  const columns: Column<SecretRow>[] = [
    { key: 'prefix', header: 'Secret', cell: (row) => <code>{row.prefix}…</code> },
    { key: 'status', header: 'Status', cell: (row) => <StatusBadge status={row.status} /> },
    { key: 'created', header: 'Created', cell: (row) => formatDate(row.createdAt) },
    { key: 'used', header: 'Last used', cell: (row) => (row.lastUsedAt ? formatDate(row.lastUsedAt) : 'Never') },
    {
      key: 'ends',
      header: 'Stops',
      cell: (row) => (row.revokedAt ? formatDate(row.revokedAt) : row.expiresAt ? formatDate(row.expiresAt) : '—'),
    },
    {
      key: 'actions',
      header: 'Actions',
      align: 'end',
      cell: (row) =>
        row.status === 'ACTIVE' || row.status === 'EXPIRING' ? (
          <span className="row-actions">
            {row.status === 'ACTIVE' && (
              <button type="button" className="button button-small button-secondary" onClick={() => setAction({ kind: 'rotate', secret: row })}>
                Rotate<span className="visually-hidden"> {row.prefix}</span>
              </button>
            )}
            <button type="button" className="button button-small button-danger-outline" onClick={() => setAction({ kind: 'revoke', secret: row })}>
              Revoke<span className="visually-hidden"> {row.prefix}</span>
            </button>
          </span>
        ) : null,
    },
  ];

  return (
    <section className="panel" aria-labelledby="secrets-heading">
      <div className="panel-header">
        <h2 id="secrets-heading">Solution secrets</h2>
        <button
          type="button"
          className="button"
          disabled={creating}
          onClick={async () => {
            setError(undefined);
            setCreating(true);
            try {
              const { data } = await create({ variables: { solutionId } });
              if (!data) throw new Error('The server sent no secret.');
              setAction({ kind: 'created', plaintext: data.createSolutionSecret.plaintext });
            } catch (failure) {
              setError(errorMessage(failure));
            } finally {
              setCreating(false);
            }
          }}
        >
          {creating ? 'Creating…' : 'Create secret'}
        </button>
      </div>
      <p className="panel-lead">
        Your API’s backend sends a secret as <code>Authorization: Bearer …</code> to <code>POST /quota/validate</code> to check
        each caller’s key and quota. At most two secrets are live at a time.
      </p>
      {error && <Alert tone="error">{error}</Alert>}
      {secrets.length === 0 ? (
        <Empty title="No secrets yet.">
          <p>Create one to let your backend validate callers.</p>
        </Empty>
      ) : (
        <DataTable caption="Solution secrets" columns={columns} rows={secrets} rowKey={(row) => row.id} />
      )}
      <Dialog open={action?.kind === 'created'} title="New solution secret" onClose={close}>
        {action?.kind === 'created' && (
          <>
            <PlaintextSecret plaintext={action.plaintext} />
            <div className="dialog-actions">
              <button type="button" className="button" onClick={close}>
                I have copied it
              </button>
            </div>
          </>
        )}
      </Dialog>
      <Dialog open={action?.kind === 'rotate'} title={`Rotate ${action?.kind === 'rotate' ? action.secret.prefix : ''}…`} onClose={close}>
        {action?.kind === 'rotate' && (
          <RotateSecret
            onCancel={close}
            onRotate={async (graceHours) => {
              const { data } = await rotate({ secretId: action.secret.id, graceHours });
              if (!data) throw new Error('The server sent no secret.');
              return data.rotateSolutionSecret.plaintext;
            }}
            onDone={close}
          />
        )}
      </Dialog>
      <ConfirmDialog
        open={action?.kind === 'revoke'}
        title={`Revoke ${action?.kind === 'revoke' ? action.secret.prefix : ''}…?`}
        confirmLabel="Revoke secret"
        busyLabel="Revoking…"
        cancelLabel="Keep secret"
        onClose={close}
        onConfirm={async () => {
          if (action?.kind !== 'revoke') return;
          await revoke({ secretId: action.secret.id });
        }}
      >
        Your backend’s calls with this secret are refused within seconds. This cannot be undone.
      </ConfirmDialog>
    </section>
  );
}

function RotateSecret({ onRotate, onCancel, onDone }: {
  onRotate: (graceHours: number) => Promise<string>;
  onCancel: () => void;
  onDone: () => void;
}) {
  const [graceHours, setGraceHours] = useState(DEFAULT_GRACE_HOURS);
  const [plaintext, setPlaintext] = useState<string>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  if (plaintext) {
    return (
      <>
        <PlaintextSecret plaintext={plaintext} />
        <p>
          {graceHours === 0
            ? 'The old secret has stopped working.'
            : `The old secret keeps working for ${GRACE_OPTIONS.find((option) => option.hours === graceHours)?.label ?? `${graceHours} hours`}.`}
        </p>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onDone}>
            I have copied it
          </button>
        </div>
      </>
    );
  }
  return (
    <form
      className="partner-form"
      onSubmit={async (event) => {
        event.preventDefault();
        setBusy(true);
        setError(undefined);
        try {
          setPlaintext(await onRotate(graceHours));
        } catch (failure) {
          setError(errorMessage(failure));
        } finally {
          setBusy(false);
        }
      }}
    >
      <p>You get a new secret. Deploy it to your backend before the old one stops.</p>
      {error && <Alert tone="error">{error}</Alert>}
      <SelectField
        label="Keep the old secret working for"
        value={String(graceHours)}
        onChange={(event) => setGraceHours(Number(event.target.value))}
        options={GRACE_OPTIONS.map((option) => ({ value: String(option.hours), label: option.label }))}
      />
      <div className="dialog-actions">
        <button type="button" className="button button-secondary" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button" disabled={busy}>
          {busy ? 'Rotating…' : 'Rotate secret'}
        </button>
      </div>
    </form>
  );
}
