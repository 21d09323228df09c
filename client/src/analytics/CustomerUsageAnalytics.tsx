import { useQuery } from '@apollo/client/react';
import './analytics.css';
import { graphql } from '../gql';
import { csvSections, saveCsv } from '../format/csv';
import { formatCount, formatDate, tierLabel } from '../format/format';
import { DataTable } from '../ui/DataTable';
import { Empty, ErrorState, Loading } from '../ui/States';
import { hourLabel, pivotDaily, rangeLabel, rangeVariables, UNNAMED_ENDPOINT } from './analytics-format';
import { ChartFigure, StackedBarsChart } from './ChartFigure';
import { DailyOutcomes } from './DailyOutcomes';
import { Freshness } from './Freshness';
import { RangeForm, useDayRange } from './RangeForm';

export const CustomerUsageAnalytics_Query = graphql(`
  query CustomerUsageAnalytics_Query($solutionId: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {
    myAnalytics(solutionId: $solutionId, from: $from, to: $to) {
      calls
      daily {
        day
        outcome
        calls
      }
      byKey {
        keyId
        calls
        refused
      }
      byEndpoint {
        endpoint
        calls
        refused
      }
      hourOfDay
      tierHistory {
        time
        change
        tier
        previousTier
      }
      freshAt
    }
  }
`);

const CHANGE_LABELS: Record<string, string> = {
  'tier.granted': 'Tier granted',
  'trial.started': 'Trial started',
  'trial.ended': 'Trial ended',
  'subscription.started': 'Subscribed',
  'subscription.changed': 'Plan changed',
  'subscription.cancelled': 'Subscription cancelled',
};
const callsText = (n: number) => `${formatCount(n)} ${n === 1 ? 'call' : 'calls'}`;

/**
 * The customer's own usage of one solution over a date range they pick: calls per day by outcome, by key, by
 * endpoint and by hour of day, their tier history, and all of it as CSV.
 */
export function CustomerUsageAnalytics({ solutionId, solutionSlug, keys }: {
  solutionId: string;
  solutionSlug: string;
  /** The customer's keys on the solution, to name the key ids of the usage. */
  keys: readonly { id: string; name: string; prefix: string }[];
}) {
  const [range, setRange] = useDayRange();
  const { data, error, loading, refetch } = useQuery(CustomerUsageAnalytics_Query, { variables: { solutionId, ...rangeVariables(range) } });
  const figures = error ? undefined : data?.myAnalytics;
  const keyName = (id: string) => {
    const key = keys.find((k) => k.id === id);
    return key ? `${key.name} (${key.prefix}…)` : `Deleted key ${id}`;
  };
  const hours = (figures?.hourOfDay ?? []).map((calls, hour) => ({ hour: hourLabel(hour), calls }));
  const refused = figures ? figures.daily.filter((d) => d.outcome !== 'VALID').reduce((sum, d) => sum + d.calls, 0) : 0;

  const exportCsv = () => {
    if (!figures) return;
    const { outcomes, days } = pivotDaily(range, figures.daily);
    saveCsv(
      csvSections([
        { title: `Calls per day by outcome, ${range.from} to ${range.to} (UTC)`, header: ['day', ...outcomes], rows: days.map((d) => [d.day, ...outcomes.map((o) => Number(d[o] ?? 0))]) },
        { title: 'Calls by key', header: ['key_id', 'key', 'calls', 'refused'], rows: figures.byKey.map((k) => [k.keyId, keyName(k.keyId), k.calls, k.refused]) },
        { title: 'Calls by endpoint', header: ['endpoint', 'calls', 'refused'], rows: figures.byEndpoint.map((e) => [e.endpoint, e.calls, e.refused]) },
        { title: 'Calls by hour of day (UTC)', header: ['hour', 'calls'], rows: hours.map((h) => [h.hour, h.calls]) },
        { title: 'Tier history', header: ['time', 'change', 'tier', 'previous_tier'], rows: figures.tierHistory.map((t) => [t.time, t.change, t.tier, t.previousTier]) },
      ]),
      `usage-${solutionSlug}-${range.from}-to-${range.to}.csv`,
    );
  };

  return (
    <section className="panel analytics" aria-labelledby="analytics-heading">
      <div className="panel-header">
        <h2 id="analytics-heading">Usage over time</h2>
        <button type="button" className="button button-secondary" onClick={exportCsv} disabled={!figures}>
          Export as CSV
        </button>
      </div>
      <RangeForm range={range} onChange={setRange} label="Usage date range" />
      {error ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : loading && !figures ? (
        <Loading label="Loading your usage…" />
      ) : figures ? (
        <>
          <Freshness freshAt={figures.freshAt} />
          <dl className="facts">
            <div>
              <dt>Calls, {rangeLabel(range)}</dt>
              <dd>{formatCount(figures.calls)}</dd>
            </div>
            <div>
              <dt>Refused</dt>
              <dd>{formatCount(refused)}</dd>
            </div>
            <div>
              <dt>Keys used</dt>
              <dd>{formatCount(figures.byKey.length)}</dd>
            </div>
          </dl>
          {figures.calls === 0 ? (
            <Empty title={`No calls in ${rangeLabel(range)}.`}>
              <p>Pick a wider range, or make a call with your key: it shows here within about a minute.</p>
            </Empty>
          ) : (
            <>
              <DailyOutcomes range={range} rows={figures.daily} />
              <ChartFigure
                title="Calls by hour of day (UTC)"
                description={`Busiest hour: ${busiest(hours)}.`}
                chart={<StackedBarsChart data={hours} category="hour" series={[{ key: 'calls', label: 'Calls', color: '#0969da' }]} />}
                columns={[
                  { key: 'hour', header: 'Hour (UTC)', cell: (row) => row.hour },
                  { key: 'calls', header: 'Calls', align: 'end', cell: (row) => formatCount(row.calls) },
                ]}
                rows={hours}
                rowKey={(row) => row.hour}
              />
              <div className="analytics-grid">
                <div>
                  <h3>By key</h3>
                  <DataTable
                    caption="Calls by key"
                    columns={[
                      { key: 'key', header: 'Key', cell: (row) => keyName(row.keyId) },
                      { key: 'calls', header: 'Calls', align: 'end', cell: (row) => formatCount(row.calls) },
                      { key: 'refused', header: 'Refused', align: 'end', cell: (row) => formatCount(row.refused) },
                    ]}
                    rows={figures.byKey}
                    rowKey={(row) => row.keyId}
                  />
                </div>
                <div>
                  <h3>By endpoint</h3>
                  <DataTable
                    caption="Calls by endpoint"
                    columns={[
                      { key: 'endpoint', header: 'Endpoint', cell: (row) => (row.endpoint === '-' ? UNNAMED_ENDPOINT : <code>{row.endpoint}</code>) },
                      { key: 'calls', header: 'Calls', align: 'end', cell: (row) => formatCount(row.calls) },
                      { key: 'refused', header: 'Refused', align: 'end', cell: (row) => formatCount(row.refused) },
                    ]}
                    rows={figures.byEndpoint}
                    rowKey={(row) => row.endpoint}
                  />
                </div>
              </div>
            </>
          )}
          <h3>Tier history</h3>
          {figures.tierHistory.length === 0 ? (
            <p className="cell-note">No tier changes on this solution up to {rangeLabel({ from: range.to, to: range.to })}.</p>
          ) : (
            <DataTable
              caption="Tier history"
              columns={[
                { key: 'time', header: 'When', cell: (row) => formatDate(row.time) },
                { key: 'change', header: 'Change', cell: (row) => CHANGE_LABELS[row.change] ?? row.change },
                {
                  key: 'tier',
                  header: 'Tier',
                  cell: (row) => (row.previousTier ? `${tierLabel(row.previousTier)} → ${tierLabel(row.tier)}` : tierLabel(row.tier)),
                },
              ]}
              rows={figures.tierHistory}
              rowKey={(row) => `${row.time}-${row.change}`}
            />
          )}
        </>
      ) : null}
    </section>
  );
}

/** "14:00 (1,204 calls)", the first of equals. */
function busiest(hours: readonly { hour: string; calls: number }[]): string {
  const top = hours.reduce<{ hour: string; calls: number } | undefined>((best, h) => (!best || h.calls > best.calls ? h : best), undefined);
  return top && top.calls > 0 ? `${top.hour} UTC (${callsText(top.calls)})` : 'none';
}

