import { formatDateTime, plural } from '../format/format';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { graphql } from '../gql';
import type { AdminHealthPage_QueryQuery } from '../gql/graphql';
import { HealthDot } from '../health/HealthDot';
import { DataTable } from '../ui/DataTable';
import { Empty, ErrorState, Loading } from '../ui/States';

const AdminHealthPage_Query = graphql(`
  query AdminHealthPage_Query {
    adminSolutions(status: PUBLISHED, first: 100) {
      nodes {
        id
        name
        slug
        publisherName
        healthCheckUrl
        health {
          status
          lastCheckedAt
          lastLatencyMs
          lastDetail
          uptimePercent(days: 30)
        }
      }
    }
  }
`);

type Row = AdminHealthPage_QueryQuery['adminSolutions']['nodes'][number];

const ORDER = { DOWN: 0, UNKNOWN: 1, UP: 2 } as const;

/** Every published solution's health, down ones first (`/admin/health`). */
export default function AdminHealthPage() {
  const { data, loading, error, refetch } = useQuery(AdminHealthPage_Query, { pollInterval: 30_000 });
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (loading && !data) return <Loading label="Loading solution health…" />;
  const rows = [...(data?.adminSolutions.nodes ?? [])].sort(
    (a, b) => ORDER[a.health?.status ?? 'UNKNOWN'] - ORDER[b.health?.status ?? 'UNKNOWN'] || a.name.localeCompare(b.name),
  );
  const down = rows.filter((r) => r.health?.status === 'DOWN').length;
  return (
    <main className="page">
      <title>Solution health · Admin · Marketplace</title>
      <h1>Solution health</h1>
      <p className="lead">
        {plural(rows.length, 'published solution')}; {down === 0 ? 'none is down.' : `${down} down.`} Each is checked at its health-check URL on an interval.
      </p>
      {rows.length === 0 ? (
        <Empty title="No published solutions." />
      ) : (
        <DataTable
          caption="Health of every published solution"
          rowKey={(r) => r.id}
          rows={rows}
          columns={[
            {
              key: 'solution',
              header: 'Solution',
              cell: (r) => (
                <>
                  <Link to={`/admin/health/${r.id}`}>{r.name}</Link>
                  {r.publisherName && <div className="cell-note">{r.publisherName}</div>}
                </>
              ),
            },
            { key: 'status', header: 'Status', cell: (r) => <HealthDot status={r.health?.status ?? 'UNKNOWN'} showLabel /> },
            {
              key: 'detail',
              header: 'Detail',
              cell: (r) => (!r.healthCheckUrl ? 'No health-check URL' : r.health?.status === 'DOWN' ? r.health.lastDetail : r.health?.lastCheckedAt ? `Checked ${formatDateTime(r.health.lastCheckedAt)}` : 'Not checked yet'),
            },
            { key: 'uptime', header: 'Uptime 30 d', cell: (r) => (r.health?.uptimePercent == null ? '—' : `${r.health.uptimePercent.toFixed(2)}%`), align: 'end' },
            { key: 'latency', header: 'Last latency', cell: (r) => (r.health?.lastLatencyMs == null ? '—' : `${r.health.lastLatencyMs} ms`), align: 'end' },
          ]}
        />
      )}
    </main>
  );
}
