import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { getFragmentData, graphql } from '../gql';
import { TextField } from '../ui/Field';
import { Empty, ErrorState, Loading } from '../ui/States';
import { AuditTable, AuditTable_AuditEventFragment } from './AuditTable';
import { appendPage, LoadMoreButton } from './LoadMoreButton';

const AuditPage_Query = graphql(`
  query AuditPage_Query($actorId: ID, $targetId: ID, $action: String, $first: Int, $after: String) {
    auditEvents(actorId: $actorId, targetId: $targetId, action: $action, first: $first, after: $after) {
      nodes {
        id
        ...AuditTable_AuditEvent
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

const PAGE_SIZE = 50;
const FILTERS = ['actor', 'target', 'action'] as const;

/** `/admin/audit`: the audit trail, newest first, filtered by actor, target and action (kept in the URL). */
export default function AuditPage() {
  const [params, setParams] = useSearchParams();
  const applied = { actor: params.get('actor') ?? '', target: params.get('target') ?? '', action: params.get('action') ?? '' };
  const [draft, setDraft] = useState(applied);
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(AuditPage_Query, {
    variables: {
      actorId: applied.actor || null,
      targetId: applied.target || null,
      action: applied.action || null,
      first: PAGE_SIZE,
    },
    fetchPolicy: 'cache-and-network',
  });
  const connection = (data ?? previousData)?.auditEvents;
  const filtered = FILTERS.some((name) => applied[name]);

  function apply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next = new URLSearchParams();
    for (const name of FILTERS) if (draft[name].trim()) next.set(name, draft[name].trim());
    setParams(next, { replace: true });
  }

  return (
    <main className="page">
      <title>Audit trail · Admin · Marketplace</title>
      <div className="page-header">
        <h1>Audit trail</h1>
        <p className="lead">Every account and admin action, newest first, with what changed.</p>
      </div>
      <form className="admin-filters admin-filters-audit" role="search" aria-label="Filter the audit trail" onSubmit={apply}>
        <TextField label="Actor id" name="actor" placeholder="usr_…" value={draft.actor} onChange={(e) => setDraft({ ...draft, actor: e.target.value })} />
        <TextField label="Target id" name="target" placeholder="usr_…, sol_…" value={draft.target} onChange={(e) => setDraft({ ...draft, target: e.target.value })} />
        <TextField label="Action" name="action" placeholder="e.g. user.suspend" value={draft.action} onChange={(e) => setDraft({ ...draft, action: e.target.value })} />
        <div className="admin-filter-actions">
          <button type="submit" className="button">
            Filter
          </button>
          {filtered && (
            <button
              type="button"
              className="button button-secondary"
              onClick={() => {
                setDraft({ actor: '', target: '', action: '' });
                setParams(new URLSearchParams(), { replace: true });
              }}
            >
              Clear
            </button>
          )}
        </div>
      </form>
      <section aria-labelledby="audit-heading" aria-busy={loading}>
        <h2 id="audit-heading" className="visually-hidden">
          Events
        </h2>
        {error && !connection ? (
          <ErrorState error={error} onRetry={() => void refetch()} />
        ) : !connection ? (
          <Loading label="Loading the audit trail…" />
        ) : connection.nodes.length === 0 ? (
          <Empty title={filtered ? 'No events match these filters.' : 'No events yet.'} />
        ) : (
          <>
            {error && <ErrorState error={error} onRetry={() => void refetch()} />}
            <AuditTable caption="Audit events" events={getFragmentData(AuditTable_AuditEventFragment, connection.nodes)} />
            {connection.pageInfo.hasNextPage && (
              <LoadMoreButton
                onLoadMore={() =>
                  fetchMore({
                    variables: { after: connection.pageInfo.endCursor },
                    updateQuery: (shown, { fetchMoreResult }) => ({ auditEvents: appendPage(shown.auditEvents, fetchMoreResult.auditEvents) }),
                  })
                }
              />
            )}
          </>
        )}
      </section>
    </main>
  );
}
