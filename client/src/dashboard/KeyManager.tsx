import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../gql';
import type { KeyManager_ApiKeyFragment as KeyRow } from '../gql/graphql';
import { formatDate } from '../format/format';
import { useRefreshWhenStale } from '../stale';
import { StatusBadge } from '../ui/Badge';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { DataTable, type Column } from '../ui/DataTable';
import { Empty } from '../ui/States';
import { CreateKeyDialog, useCreateApiKey } from './CreateKeyDialog';
import { RotateKeyDialog } from './RotateKeyDialog';

export const KeyManager_ApiKeyFragment = graphql(`
  fragment KeyManager_ApiKey on ApiKey {
    id
    name
    prefix
    status
    createdAt
    lastUsedAt
    expiresAt
    graceEndsAt
  }
`);

const KeyManager_RotateApiKey = graphql(`
  mutation KeyManager_RotateApiKey($id: ID!, $graceHours: Int!) {
    rotateApiKey(id: $id, graceHours: $graceHours) {
      plaintext
      key {
        id
      }
    }
  }
`);

const KeyManager_RevokeApiKey = graphql(`
  mutation KeyManager_RevokeApiKey($id: ID!) {
    revokeApiKey(id: $id) {
      id
      status
      revokedAt
    }
  }
`);

type Action = { kind: 'create' } | { kind: 'rotate'; key: KeyRow } | { kind: 'revoke'; key: KeyRow };

/** A solution's keys: the table and the create, rotate and revoke flows. */
export function KeyManager({
  solutionId,
  solutionName,
  keys,
  revokeOnly = false,
}: {
  solutionId: string;
  solutionName: string;
  keys: readonly KeyRow[];
  /** The solution is not published: no new or rotated keys, but every key can still be revoked. */
  revokeOnly?: boolean;
}) {
  const [action, setAction] = useState<Action>();
  const create = useCreateApiKey(solutionId);
  const [rotateKey] = useMutation(KeyManager_RotateApiKey, { refetchQueries: 'active' });
  const [revokeKey] = useMutation(KeyManager_RevokeApiKey, { refetchQueries: 'active' });
  const refreshWhenStale = useRefreshWhenStale();
  const rotate = (variables: { id: string; graceHours: number }) => refreshWhenStale(() => rotateKey({ variables }));
  const revoke = (variables: { id: string }) => refreshWhenStale(() => revokeKey({ variables }));
  const close = () => setAction(undefined);
  const live = (key: KeyRow) => key.status === 'ACTIVE';

  const columns: Column<KeyRow>[] = [
    { key: 'name', header: 'Name', cell: (key) => <strong>{key.name}</strong> },
    { key: 'prefix', header: 'Key', cell: (key) => <code>{key.prefix}…</code> },
    { key: 'status', header: 'Status', cell: (key) => <StatusBadge status={key.status} /> },
    { key: 'created', header: 'Created', cell: (key) => formatDate(key.createdAt) },
    { key: 'used', header: 'Last used', cell: (key) => (key.lastUsedAt ? formatDate(key.lastUsedAt) : 'Never') },
    {
      key: 'expires',
      header: 'Expires',
      cell: (key) => (key.status === 'EXPIRING' ? formatDate(key.graceEndsAt) : key.expiresAt ? formatDate(key.expiresAt) : 'Never'),
    },
    {
      key: 'actions',
      header: 'Actions',
      align: 'end',
      cell: (key) =>
        live(key) && !revokeOnly ? (
          <span className="row-actions">
            <button type="button" className="button button-small button-secondary" onClick={() => setAction({ kind: 'rotate', key })}>
              Rotate<span className="visually-hidden"> {key.name}</span>
            </button>
            <button type="button" className="button button-small button-danger-outline" onClick={() => setAction({ kind: 'revoke', key })}>
              Revoke<span className="visually-hidden"> {key.name}</span>
            </button>
          </span>
        ) : live(key) || key.status === 'EXPIRING' ? (
          <button type="button" className="button button-small button-danger-outline" onClick={() => setAction({ kind: 'revoke', key })}>
            {key.status === 'EXPIRING' ? 'Revoke now' : 'Revoke'}<span className="visually-hidden"> {key.name}</span>
          </button>
        ) : null,
    },
  ];

  return (
    <section className="panel" aria-labelledby="keys-heading">
      <div className="panel-header">
        <h2 id="keys-heading">API keys</h2>
        {!revokeOnly && (
          <button type="button" className="button" onClick={() => setAction({ kind: 'create' })}>
            Create key
          </button>
        )}
      </div>
      {keys.length === 0 ? (
        <Empty title="No keys yet.">
          <p>Create a key to call {solutionName} with your registered allowance.</p>
        </Empty>
      ) : (
        <DataTable caption={`API keys for ${solutionName}`} columns={columns} rows={keys} rowKey={(key) => key.id} />
      )}
      <CreateKeyDialog open={action?.kind === 'create'} solutionName={solutionName} onClose={close} onCreate={create} />
      <RotateKeyDialog
        open={action?.kind === 'rotate'}
        keyName={action?.kind === 'rotate' ? action.key.name : ''}
        onClose={close}
        onRotate={async (graceHours) => {
          if (action?.kind !== 'rotate') throw new Error('No key to rotate.');
          const { data } = await rotate({ id: action.key.id, graceHours });
          if (!data) throw new Error('The server sent no key.');
          return data.rotateApiKey.plaintext;
        }}
      />
      <ConfirmDialog
        open={action?.kind === 'revoke'}
        title={`Revoke “${action?.kind === 'revoke' ? action.key.name : ''}”?`}
        confirmLabel="Revoke key"
        busyLabel="Revoking…"
        cancelLabel="Keep key"
        onClose={close}
        onConfirm={async () => {
          if (action?.kind !== 'revoke') return;
          await revoke({ id: action.key.id });
        }}
      >
        Calls with this key are refused within seconds. This cannot be undone.
      </ConfirmDialog>
    </section>
  );
}
