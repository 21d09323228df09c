import { useApolloClient } from '@apollo/client/react';
import { useEffect, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { getFragmentData, graphql } from '../gql';
import type { AuditEventFilter, AuditPage_QueryQueryVariables, AuditPage_StreamFragment as AuditPage_StreamFragmentType } from '../gql/graphql';
import { Alert } from '../ui/Alert';
import { SelectField, TextField } from '../ui/Field';
import { Empty, ErrorState, Loading } from '../ui/States';
import { saveCsv } from '../format/csv';
import { AUDIT_STREAMS, dayStart, mergeStreams, type StreamField, type StreamPages, toCsv } from './audit-trail';
import { AuditTable, AuditTable_AuditEventFragment } from './AuditTable';
import { LoadMoreButton } from '../ui/LoadMoreButton';
import { ChainVerification } from './ChainVerification';

const AuditPage_StreamFragment = graphql(`
  fragment AuditPage_Stream on AuditEventConnection {
    nodes {
      id
      at
      ...AuditTable_AuditEvent
    }
    pageInfo {
      endCursor
      hasNextPage
    }
  }
`);

// One operation reads any set of streams, each from its own cursor; `@include` leaves out the others.
const AuditPage_Query = graphql(`
  query AuditPage_Query(
    $filter: AuditEventFilter
    $first: Int!
    $identity: Boolean!
    $identityAfter: String
    $catalog: Boolean!
    $catalogAfter: String
    $keys: Boolean!
    $keysAfter: String
    $quotas: Boolean!
    $quotasAfter: String
    $billing: Boolean!
    $billingAfter: String
  ) {
    auditTrail {
      id
      identity(filter: $filter, first: $first, after: $identityAfter) @include(if: $identity) {
        ...AuditPage_Stream
      }
      catalog(filter: $filter, first: $first, after: $catalogAfter) @include(if: $catalog) {
        ...AuditPage_Stream
      }
      keys(filter: $filter, first: $first, after: $keysAfter) @include(if: $keys) {
        ...AuditPage_Stream
      }
      quotas(filter: $filter, first: $first, after: $quotasAfter) @include(if: $quotas) {
        ...AuditPage_Stream
      }
      billing(filter: $filter, first: $first, after: $billingAfter) @include(if: $billing) {
        ...AuditPage_Stream
      }
    }
  }
`);

/** Events read per stream and request. */
const PAGE_SIZE = 50;
const FILTERS = ['stream', 'actor', 'target', 'action', 'from', 'to'] as const;
type Filters = Record<(typeof FILTERS)[number], string>;
type Node = AuditPage_StreamFragmentType['nodes'][number];
type Streams = Partial<Record<StreamField, StreamPages<Node>>>;

/**
 * The merged trail of the chosen streams under one filter: the first page of each, then "load more" reads
 * the streams the merge needs (see `mergeStreams`). A stream that fails is reported and left out; the
 * others still show.
 */
function useAuditTrail(filter: AuditEventFilter, fields: readonly StreamField[], pageSize: number) {
  const client = useApolloClient();
  const key = JSON.stringify([filter, fields, pageSize]);
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<{ key: string; streams: Streams; failed: string[]; error?: unknown; loading: boolean }>({
    key: '',
    streams: {},
    failed: [],
    loading: true,
  });

  async function read(toRead: readonly StreamField[], from: Streams): Promise<{ streams: Streams; failed: string[] }> {
    const variables: AuditPage_QueryQueryVariables = { filter, first: pageSize, identity: false, catalog: false, keys: false, quotas: false, billing: false };
    for (const field of toRead) Object.assign(variables, { [field]: true, [`${field}After`]: from[field]?.endCursor ?? null });
    const result = await client.query({ query: AuditPage_Query, variables, fetchPolicy: 'no-cache', errorPolicy: 'all' });
    const trail = result.data?.auditTrail;
    if (!trail) throw result.error ?? new Error('The audit trail could not be read.');
    const streams: Streams = {};
    const failed: string[] = [];
    for (const field of toRead) {
      const page = trail[field];
      if (!page) {
        failed.push(field);
        continue;
      }
      const { nodes, pageInfo } = getFragmentData(AuditPage_StreamFragment, page);
      streams[field] = { events: [...(from[field]?.events ?? []), ...nodes], endCursor: pageInfo.endCursor ?? null, hasNextPage: pageInfo.hasNextPage };
    }
    if (failed.length === toRead.length && result.error) throw result.error;
    return { streams, failed };
  }

  useEffect(() => {
    let live = true;
    setState({ key, streams: {}, failed: [], loading: true });
    read(fields, {}).then(
      ({ streams, failed }) => live && setState({ key, streams, failed, loading: false }),
      (error: unknown) => live && setState({ key, streams: {}, failed: [], error, loading: false }),
    );
    return () => {
      live = false;
    };
    // `key` stands for filter, fields and page size.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client, key, attempt]);

  const merged = mergeStreams(state.streams, pageSize);
  return {
    ...state,
    ...merged,
    retry: () => setAttempt((n) => n + 1),
    async loadMore() {
      const { streams, failed } = await read(merged.streamsToRead, state.streams);
      setState((current) => (current.key === key ? { ...current, streams: { ...current.streams, ...streams } } : current));
      if (failed.length) throw new Error(`Could not read more of: ${failed.join(', ')}.`);
    },
  };
}

function toFilter(applied: Filters): AuditEventFilter {
  return {
    actorId: applied.actor || null,
    targetId: applied.target || null,
    action: applied.action || null,
    from: applied.from ? dayStart(applied.from) : null,
    to: applied.to ? dayStart(applied.to, true) : null,
  };
}

/**
 * `/admin/audit`: the audit trail of every stream (accounts, catalog, keys, tier grants, billing) in one list, newest
 * first, filtered by stream, actor, target, action and days (kept in the URL); what is shown exports as CSV.
 */
export default function AuditPage({ pageSize = PAGE_SIZE }: { pageSize?: number }) {
  const [params, setParams] = useSearchParams();
  const applied = Object.fromEntries(FILTERS.map((name) => [name, params.get(name) ?? ''])) as Filters;
  const [draft, setDraft] = useState(applied);
  const [rangeError, setRangeError] = useState<string>();
  const fields = AUDIT_STREAMS.filter((stream) => !applied.stream || stream.value === applied.stream).map((stream) => stream.field);
  const trail = useAuditTrail(toFilter(applied), fields, pageSize);
  const events = getFragmentData(AuditTable_AuditEventFragment, trail.shown);
  const filtered = FILTERS.some((name) => applied[name]);

  function apply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (draft.from && draft.to && draft.to < draft.from) {
      setRangeError('The last day is before the first day.');
      return;
    }
    setRangeError(undefined);
    const next = new URLSearchParams();
    for (const name of FILTERS) if (draft[name].trim()) next.set(name, draft[name].trim());
    setParams(next, { replace: true });
  }

  const set = (name: keyof Filters) => (e: { target: { value: string } }) => setDraft({ ...draft, [name]: e.target.value });
  return (
    <main className="page">
      <title>Audit trail · Admin · Marketplace</title>
      <div className="page-header">
        <h1>Audit trail</h1>
        <p className="lead">Every account, catalog, key, tier-grant and billing action, newest first, with what changed.</p>
      </div>
      <ChainVerification />
      <form className="admin-filters admin-filters-audit" role="search" aria-label="Filter the audit trail" onSubmit={apply}>
        <SelectField
          label="Stream"
          name="stream"
          value={draft.stream}
          onChange={set('stream')}
          options={[{ value: '', label: 'All streams' }, ...AUDIT_STREAMS.map(({ value, label }) => ({ value, label }))]}
        />
        <TextField label="Actor id" name="actor" placeholder="usr_…" value={draft.actor} onChange={set('actor')} />
        <TextField label="Target id" name="target" placeholder="usr_…, sol_…, key_…" value={draft.target} onChange={set('target')} />
        <TextField label="Action" name="action" placeholder="e.g. key.revoke" value={draft.action} onChange={set('action')} />
        <TextField label="From (day)" name="from" type="date" value={draft.from} onChange={set('from')} />
        <TextField label="To (day, included)" name="to" type="date" value={draft.to} onChange={set('to')} error={rangeError} />
        <div className="admin-filter-actions">
          <button type="submit" className="button">
            Filter
          </button>
          {filtered && (
            <button
              type="button"
              className="button button-secondary"
              onClick={() => {
                setDraft(Object.fromEntries(FILTERS.map((name) => [name, ''])) as Filters);
                setRangeError(undefined);
                setParams(new URLSearchParams(), { replace: true });
              }}
            >
              Clear
            </button>
          )}
        </div>
      </form>
      <section aria-labelledby="audit-heading" aria-busy={trail.loading}>
        <h2 id="audit-heading" className="visually-hidden">
          Events
        </h2>
        {trail.failed.length > 0 && (
          <Alert tone="warning">
            Not shown, because they could not be read: {trail.failed.join(', ')}. <button type="button" className="button button-small button-secondary" onClick={trail.retry}>
              Try again
            </button>
          </Alert>
        )}
        {trail.error ? (
          <ErrorState error={trail.error} onRetry={trail.retry} />
        ) : trail.loading ? (
          <Loading label="Loading the audit trail…" />
        ) : events.length === 0 ? (
          <Empty title={filtered ? 'No events match these filters.' : 'No events yet.'} />
        ) : (
          <>
            <div className="panel-header">
              <p className="admin-muted" role="status">
                {events.length} {events.length === 1 ? 'event' : 'events'} shown{trail.hasMore ? ', more to load' : ''}.
              </p>
              <button type="button" className="button button-secondary" onClick={() => saveCsv(toCsv(events), `audit-trail-${new Date().toISOString().slice(0, 10)}.csv`)}>
                Export shown as CSV
              </button>
            </div>
            <AuditTable caption="Audit events" events={events} showStream={fields.length > 1} />
            {trail.hasMore && <LoadMoreButton onLoadMore={trail.loadMore} />}
          </>
        )}
      </section>
    </main>
  );
}
