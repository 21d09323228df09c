import { lazy, Suspense, useState } from 'react';
import { graphql, type FragmentType, getFragmentData } from '../gql';
import { DataTable } from '../ui/DataTable';
import { formatDateTime } from '../format/format';
import { Loading } from '../ui/States';
import { HealthDot } from './HealthDot';
import type { LatencyPoint } from './latency';
import { UptimeBars } from './UptimeBars';
import './health.css';

const LatencyChart = lazy(() => import('./LatencyChart'));

export const SolutionHealthView_HealthFragment = graphql(`
  fragment SolutionHealthView_Health on SolutionHealth {
    status
    since
    lastCheckedAt
    lastLatencyMs
    lastFailure
    lastDetail
    checkIntervalSeconds
    daily(days: 90) {
      start
      checks
      up
      uptimePercent
    }
    hourly(hours: 48) {
      start
      checks
      up
      p50Ms
      p95Ms
    }
    incidents(first: 20) {
      id
      startedAt
      endedAt
      durationSeconds
      failure
      detail
    }
  }
`);

/** "45 s", "12 min", "3 h 5 min", "2 d 4 h". */
export function formatDuration(seconds: number): string {
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours} h${minutes % 60 ? ` ${minutes % 60} min` : ''}`;
  return `${Math.floor(hours / 24)} d${hours % 24 ? ` ${hours % 24} h` : ''}`;
}

/** A solution's health as a status page: now, 90 days of uptime, hourly latency (chart or table), incidents. */
export function SolutionHealthView({ health: data, healthCheckUrl }: { health: FragmentType<typeof SolutionHealthView_HealthFragment>; healthCheckUrl: string | null }) {
  const health = getFragmentData(SolutionHealthView_HealthFragment, data);
  const [asTable, setAsTable] = useState(false);
  const hours: LatencyPoint[] = health.hourly;
  return (
    <div className="health-view">
      <section className="panel" aria-labelledby="health-now-heading">
        <h2 id="health-now-heading">Now</h2>
        {!healthCheckUrl ? (
          <p className="notice notice-info">No health-check URL is set, so the platform does not check this solution. Set one under “Endpoints and health check”.</p>
        ) : (
          <dl className="health-now">
            <div>
              <dt>Status</dt>
              <dd>
                <HealthDot status={health.status} showLabel />
                {health.since && health.status !== 'UNKNOWN' && <span className="cell-note"> since {formatDateTime(health.since)}</span>}
              </dd>
            </div>
            <div>
              <dt>Last check</dt>
              <dd>
                {formatDateTime(health.lastCheckedAt)}
                {health.lastLatencyMs != null && ` · ${health.lastLatencyMs} ms`}
              </dd>
            </div>
            {health.lastFailure && (
              <div>
                <dt>Why it failed</dt>
                <dd>{health.lastDetail}</dd>
              </div>
            )}
            <div>
              <dt>Checked</dt>
              <dd>
                every {formatDuration(health.checkIntervalSeconds)} at <code>{healthCheckUrl}</code>
              </dd>
            </div>
          </dl>
        )}
      </section>

      <section className="panel" aria-labelledby="uptime-heading">
        <h2 id="uptime-heading">Uptime</h2>
        <UptimeBars days={health.daily} />
      </section>

      <section className="panel" aria-labelledby="latency-heading">
        <div className="panel-header">
          <h2 id="latency-heading">Latency, last 48 hours</h2>
          <button type="button" className="button button-secondary" aria-pressed={asTable} onClick={() => setAsTable(!asTable)}>
            {asTable ? 'Show chart' : 'Show table'}
          </button>
        </div>
        {hours.every((h) => h.p50Ms == null) ? (
          <p className="cell-note">No successful checks in the last 48 hours.</p>
        ) : asTable ? (
          <DataTable
            caption="Latency per hour (UTC)"
            rowKey={(h) => h.start}
            rows={hours.filter((h) => h.checks > 0).reverse()}
            columns={[
              { key: 'hour', header: 'Hour', cell: (h) => formatDateTime(h.start) },
              { key: 'checks', header: 'Checks', cell: (h) => h.checks, align: 'end' },
              { key: 'p50', header: 'p50', cell: (h) => (h.p50Ms == null ? '—' : `${h.p50Ms} ms`), align: 'end' },
              { key: 'p95', header: 'p95', cell: (h) => (h.p95Ms == null ? '—' : `${h.p95Ms} ms`), align: 'end' },
            ]}
          />
        ) : (
          <Suspense fallback={<Loading label="Loading the chart…" />}>
            <LatencyChart hours={hours} />
          </Suspense>
        )}
        <p className="cell-note">Latency of the checks that passed, to the upper bound of its bucket (5, 10, 25, 50, 75, 100, 150, 200, 300, 500 ms …).</p>
      </section>

      <section className="panel" aria-labelledby="incidents-heading">
        <h2 id="incidents-heading">Incidents</h2>
        {health.incidents.length === 0 ? (
          <p className="cell-note">No incidents.</p>
        ) : (
          <ol className="incident-list">
            {health.incidents.map((incident) => (
              <li key={incident.id} className={`incident ${incident.endedAt ? 'incident-resolved' : 'incident-open'}`}>
                <p className="incident-title">
                  <strong>{incident.endedAt ? 'Resolved' : 'Ongoing'}</strong> · down {incident.endedAt ? 'for' : 'so far'} {formatDuration(incident.durationSeconds)}
                </p>
                <p className="cell-note">
                  {formatDateTime(incident.startedAt)} → {incident.endedAt ? formatDateTime(incident.endedAt) : 'now'}
                </p>
                <p>{incident.detail}</p>
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
