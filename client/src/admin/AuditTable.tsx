import { Link } from 'react-router';
import { formatDateTime } from '../format/format';
import { graphql } from '../gql';
import type { AuditTable_AuditEventFragment as AuditRow } from '../gql/graphql';
import { Badge, enumLabel } from '../ui/Badge';
import { DataTable, type Column } from '../ui/DataTable';

export const AuditTable_AuditEventFragment = graphql(`
  fragment AuditTable_AuditEvent on AuditEvent {
    id
    stream
    actorId
    actor {
      id
      name
      email
    }
    action
    targetType
    targetId
    userId
    solutionId
    before
    after
    reason
    at
  }
`);

/** Longest value shown inline; the full JSON is in the cell's title. */
const VALUE_MAX_CHARS = 60;

function show(value: unknown): string {
  if (value === undefined) return '—';
  // A field set to nothing (a key that never expires, a cleared URL): a word, not JSON's "null".
  if (value === null) return 'none';
  const text =
    typeof value === 'string'
      ? value
      : Array.isArray(value) && value.every((each) => typeof each !== 'object')
        ? value.join(', ') || '[]'
        : JSON.stringify(value);
  return text.length > VALUE_MAX_CHARS ? `${text.slice(0, VALUE_MAX_CHARS - 1)}…` : text;
}

export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

/** The fields an event changed, each as "before → after", in a stable order; unchanged fields are left out. */
export function changedFields(before: Record<string, unknown> | null | undefined, after: Record<string, unknown> | null | undefined): FieldChange[] {
  const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].sort();
  return fields
    .filter((field) => JSON.stringify(before?.[field]) !== JSON.stringify(after?.[field]))
    .map((field) => ({ field, before: show(before?.[field]), after: show(after?.[field]) }));
}

/** A user id links to the user; anything else is shown as code. */
function IdLink({ id }: { id: string }) {
  if (id.startsWith('usr_')) return <Link to={`/admin/users/${id}`} className="admin-id">{id}</Link>;
  return <code className="admin-id">{id}</code>;
}

/** Who acted: their name (email on hover), linking to them; the id when identity no longer knows them. */
function Actor({ event }: { event: AuditRow }) {
  if (!event.actorId) return <span className="admin-muted">platform</span>;
  if (!event.actor) return <IdLink id={event.actorId} />;
  return (
    <Link to={`/admin/users/${event.actor.id}`} title={event.actor.email ?? event.actor.id}>
      {event.actor.name}
    </Link>
  );
}

/** Audit events, newest first: when, (from which stream,) who, what, on what, and the change. */
export function AuditTable({ caption, events, showStream = false }: { caption: string; events: readonly AuditRow[]; showStream?: boolean }) {
  const columns: Column<AuditRow>[] = [
    { key: 'at', header: 'When', cell: (event) => <time dateTime={event.at}>{formatDateTime(event.at)}</time> },
    ...(showStream ? [{ key: 'stream', header: 'Stream', cell: (event: AuditRow) => <Badge>{enumLabel(event.stream)}</Badge> }] : []),
    { key: 'action', header: 'Action', cell: (event) => <code>{event.action}</code> },
    { key: 'actor', header: 'Actor', cell: (event) => <Actor event={event} /> },
    {
      key: 'target',
      header: 'Target',
      cell: (event) => (
        <span className="admin-solution-cell">
          <span className="admin-muted">{event.targetType}</span>
          {/* A tier grant's target is `<userId>#<solutionId>`: show each part. */}
          {event.targetId.split('#').map((part) => (
            <IdLink key={part} id={part} />
          ))}
        </span>
      ),
    },
    {
      key: 'change',
      header: 'Change',
      cell: (event) => {
        const changes = changedFields(event.before, event.after);
        return (
          <div className="admin-change" title={JSON.stringify({ before: event.before, after: event.after }, null, 2)}>
            {changes.length === 0 ? (
              <span className="admin-muted">—</span>
            ) : (
              <ul>
                {changes.map((change) => (
                  <li key={change.field}>
                    <span className="admin-muted">{change.field}:</span> {change.before === '—' ? <span className="admin-muted">—</span> : <del>{change.before}</del>} → <ins>{change.after}</ins>
                  </li>
                ))}
              </ul>
            )}
            {event.reason && <p className="admin-muted">“{event.reason}”</p>}
          </div>
        );
      },
    },
  ];
  return <DataTable caption={caption} columns={columns} rows={events} rowKey={(event) => event.id} />;
}
