import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { getFragmentData } from '../gql';
import type { AuditEventFilter } from '../gql/graphql';
import { Alert } from '../ui/Alert';
import { SelectField, TextField } from '../ui/Field';
import { Empty, ErrorState, Loading } from '../ui/States';
import { AUDIT_STREAMS, dayStart, toCsv } from './audit-trail';
import { AuditTable, AuditTable_AuditEventFragment } from './AuditTable';
import { LoadMoreButton } from '../ui/LoadMoreButton';
import { ChainVerification } from './ChainVerification';
import { saveBlob } from '../billing/download';
import { useAuditTrail } from './use-audit-trail';

/** Events read per stream and request. */
const PAGE_SIZE = 50;
const FILTERS = ['stream', 'user', 'actor', 'target', 'action', 'from', 'to'] as const;
type Filters = Record<(typeof FILTERS)[number], string>;

function toFilter(applied: Filters): AuditEventFilter {
  return {
    userId: applied.user || null,
    actorId: applied.actor || null,
    targetId: applied.target || null,
    action: applied.action || null,
    from: applied.from ? dayStart(applied.from) : null,
    to: applied.to ? dayStart(applied.to, true) : null,
  };
}

/**
 * `/admin/audit`: the audit trail of every stream (accounts, catalog, keys, tier grants, billing) in one list, newest
 * first, filtered by stream, user concerned, actor, target, action and days (kept in the URL); what is shown exports as CSV.
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
        <TextField label="User id" name="user" placeholder="usr_…" hint="Events that concern this user" value={draft.user} onChange={set('user')} />
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
              <button type="button" className="button button-secondary" onClick={() => saveBlob(new Blob([toCsv(events)], { type: 'text/csv;charset=utf-8' }), `audit-trail-${new Date().toISOString().slice(0, 10)}.csv`)}>
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
