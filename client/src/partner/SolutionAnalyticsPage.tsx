import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import '../analytics/analytics.css';
import { Link, useParams } from 'react-router';
import { formatRate, pivotDaily, rangeLabel, rangeVariables, shortConsumer } from '../analytics/analytics-format';
import { DailyOutcomes } from '../analytics/DailyOutcomes';
import { Freshness } from '../analytics/Freshness';
import { Funnel, funnelRows } from '../analytics/Funnel';
import { healthCsvSection, healthDays } from '../analytics/health-days';
import { HealthTrend } from '../analytics/HealthTrend';
import { RangeForm, useDayRange } from '../analytics/RangeForm';
import { csvSections, saveCsv } from '../format/csv';
import { formatCount, formatPaise, NO_TIER_LABEL, tierLabel } from '../format/format';
import { graphql } from '../gql';
import { DataTable } from '../ui/DataTable';
import { Empty, ErrorState, Loading } from '../ui/States';

export const SolutionAnalyticsPage_Solution = graphql(`
  query SolutionAnalyticsPage_Solution($id: ID!) {
    solutionById(id: $id) {
      id
      slug
      name
    }
  }
`);

export const SolutionAnalyticsPage_Query = graphql(`
  query SolutionAnalyticsPage_Query($solutionId: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {
    solutionAnalytics(solutionId: $solutionId, from: $from, to: $to) {
      calls
      daily {
        day
        outcome
        calls
      }
      tiers {
        tier
        callers
        calls
      }
      revenuePaise
      commissionPaise
      uniqueConsumers
      uniqueAnonymous
      funnel {
        anonymous
        registered
        paid
        registeredRate
        paidRate
        medianSecondsToRegister
        medianSecondsToPay
      }
      topConsumers {
        consumer
        calls
      }
      leads {
        at80
        at100
        consumers {
          consumer
          tier
          reached
        }
      }
      freshAt
    }
  }
`);

/** The solution's health checks per day (the HEALTH dataset): checks and passes, and the p95 latency of passing checks. */
export const SolutionAnalyticsPage_Health = graphql(`
  query SolutionAnalyticsPage_Health($solution: String!, $from: DateTimeISO!, $to: DateTimeISO!) {
    uptime: analytics(
      input: {
        dataset: HEALTH
        from: $from
        to: $to
        filter: { field: "solution", op: eq, value: $solution }
        dimensions: ["day"]
        metrics: [{ fn: count }, { fn: sum, field: "up" }]
        limit: 1000
      }
    ) {
      rows {
        dimensions
        metrics
      }
    }
    latency: analytics(
      input: {
        dataset: HEALTH
        from: $from
        to: $to
        filter: { AND: [{ field: "solution", op: eq, value: $solution }, { field: "outcome", op: eq, value: "UP" }] }
        dimensions: ["day"]
        metrics: [{ fn: quantile, field: "latency_ms", q: 0.95 }]
        limit: 1000
      }
    ) {
      rows {
        dimensions
        metrics
      }
    }
  }
`);

/** Leads listed before "Show all" (the CSV has every one). */
const LEADS_SHOWN = 10;
const reachedLabel = (reached: number) => (reached >= 100 ? '100 %: refused by the quota' : '80 %: shown the upgrade prompt');

/** `/partner/solutions/:id/analytics`: one solution's calls, consumers, funnel, tiers, revenue and leads over a range. */
export default function SolutionAnalyticsPage() {
  const { id = '' } = useParams();
  const [range, setRange] = useDayRange();
  const [allLeads, setAllLeads] = useState(false);
  const solutionQuery = useQuery(SolutionAnalyticsPage_Solution, { variables: { id } });
  const solution = solutionQuery.data?.solutionById;
  const { data, error, loading, refetch } = useQuery(SolutionAnalyticsPage_Query, {
    variables: { solutionId: id, ...rangeVariables(range) },
    skip: !solution,
  });
  const healthQuery = useQuery(SolutionAnalyticsPage_Health, { variables: { solution: id, ...rangeVariables(range) }, skip: !solution });
  if (solutionQuery.error && !solutionQuery.data) return <ErrorState error={solutionQuery.error} onRetry={() => void solutionQuery.refetch()} />;
  if (solutionQuery.loading && !solutionQuery.data) return <Loading label="Loading the solution…" />;
  if (!solution) {
    return (
      <Empty title="Solution not found.">
        <p>
          It is not one of yours. <Link to="/partner">Back to your solutions</Link>
        </p>
      </Empty>
    );
  }
  const figures = error ? undefined : data?.solutionAnalytics;
  const totalTierCalls = figures?.tiers.reduce((sum, t) => sum + t.calls, 0) ?? 0;
  const health = healthQuery.error || !healthQuery.data ? undefined : healthDays(range, healthQuery.data.uptime.rows, healthQuery.data.latency.rows);

  const exportCsv = () => {
    if (!figures) return;
    const { outcomes, days } = pivotDaily(range, figures.daily);
    saveCsv(
      csvSections([
        {
          title: `${solution.name}: totals, ${range.from} to ${range.to} (UTC)`,
          header: ['calls', 'unique_consumers', 'anonymous_callers', 'revenue_paise', 'commission_paise', 'leads_80', 'leads_100'],
          rows: [[figures.calls, figures.uniqueConsumers, figures.uniqueAnonymous, figures.revenuePaise, figures.commissionPaise, figures.leads.at80, figures.leads.at100]],
        },
        { title: 'Calls per day by outcome', header: ['day', ...outcomes], rows: days.map((d) => [d.day, ...outcomes.map((o) => Number(d[o] ?? 0))]) },
        { title: 'Funnel', header: ['step', 'people', 'conversion_rate', 'median_seconds'], rows: funnelRows(figures.funnel).map((r) => [r.step, r.people, r.rate, r.median]) },
        { title: 'Tier adoption', header: ['tier', 'callers', 'calls'], rows: figures.tiers.map((t) => [t.tier, t.callers, t.calls]) },
        { title: 'Top consumers', header: ['consumer', 'calls'], rows: figures.topConsumers.map((c) => [c.consumer, c.calls]) },
        { title: 'Leads', header: ['consumer', 'tier', 'reached_percent'], rows: figures.leads.consumers.map((l) => [l.consumer, l.tier, l.reached]) },
        ...(health ? [healthCsvSection(health)] : []),
      ]),
      `analytics-${solution.slug}-${range.from}-to-${range.to}.csv`,
    );
  };

  return (
    <div className="analytics">
      <title>{`Analytics · ${solution.name} · Partner portal · Marketplace`}</title>
      <p className="breadcrumbs">
        <Link to="/partner">Partner portal</Link> / <Link to={`/partner/solutions/${solution.id}`}>{solution.name}</Link> / Analytics
      </p>
      <div className="page-header analytics-header">
        <h1>Analytics of {solution.name}</h1>
        <button type="button" className="button button-secondary" onClick={exportCsv} disabled={!figures}>
          Export as CSV
        </button>
      </div>
      <RangeForm range={range} onChange={setRange} label="Analytics date range" />
      {error ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : loading && !figures ? (
        <Loading label="Loading analytics…" />
      ) : figures ? (
        <>
          <Freshness freshAt={figures.freshAt} />
          <dl className="facts analytics-facts">
            <div>
              <dt>Calls, {rangeLabel(range)}</dt>
              <dd>{formatCount(figures.calls)}</dd>
            </div>
            <div>
              <dt>Unique consumers</dt>
              <dd>{formatCount(figures.uniqueConsumers)}</dd>
            </div>
            <div>
              <dt>Anonymous callers</dt>
              <dd>{formatCount(figures.uniqueAnonymous)}</dd>
            </div>
            <div>
              <dt>Revenue (GST included)</dt>
              <dd>{formatPaise(figures.revenuePaise)}</dd>
            </div>
            <div>
              <dt>Platform commission</dt>
              <dd>{formatPaise(figures.commissionPaise)}</dd>
            </div>
          </dl>

          <section className="panel" aria-labelledby="calls-heading">
            <h2 id="calls-heading">Calls by outcome</h2>
            <DailyOutcomes range={range} rows={figures.daily} />
          </section>

          <section className="panel" aria-labelledby="funnel-heading">
            <h2 id="funnel-heading">Funnel: anonymous → registered → paid</h2>
            <p className="section-lead">
              Anonymous trials started in the range, the anonymous callers who later called with a key from the same client, and of those, who
              subscribed. Conversions count on the day of the first call with a key.
            </p>
            <Funnel funnel={figures.funnel} />
          </section>

          <div className="analytics-grid">
            <section className="panel" aria-labelledby="tiers-heading">
              <h2 id="tiers-heading">Tier adoption</h2>
              {figures.tiers.length === 0 ? (
                <p className="cell-note">No calls in this range.</p>
              ) : (
                <DataTable
                  caption="Tier adoption"
                  columns={[
                    // A null tier: calls refused before a tier applied.
                    { key: 'tier', header: 'Tier', cell: (row) => (row.tier ? tierLabel(row.tier) : NO_TIER_LABEL) },
                    { key: 'callers', header: 'Callers', align: 'end', cell: (row) => formatCount(row.callers) },
                    { key: 'calls', header: 'Calls', align: 'end', cell: (row) => formatCount(row.calls) },
                    { key: 'share', header: 'Share of calls', align: 'end', cell: (row) => formatRate(totalTierCalls ? row.calls / totalTierCalls : null) },
                  ]}
                  rows={figures.tiers}
                  rowKey={(row) => row.tier ?? '-'}
                />
              )}
            </section>
            <section className="panel" aria-labelledby="consumers-heading">
              <h2 id="consumers-heading">Top consumers</h2>
              <p className="section-lead">Pseudonymous ids: the same customer keeps the same id, never their name or email.</p>
              {figures.topConsumers.length === 0 ? (
                <p className="cell-note">No registered consumers called in this range.</p>
              ) : (
                <DataTable
                  caption="Top consumers"
                  columns={[
                    { key: 'consumer', header: 'Consumer', cell: (row) => <code title={row.consumer}>{shortConsumer(row.consumer)}</code> },
                    { key: 'calls', header: 'Calls', align: 'end', cell: (row) => formatCount(row.calls) },
                  ]}
                  rows={figures.topConsumers}
                  rowKey={(row) => row.consumer}
                />
              )}
            </section>
          </div>

          <section className="panel" aria-labelledby="health-heading">
            <h2 id="health-heading">Health</h2>
            <p className="section-lead">
              The marketplace checks your <Link to={`/partner/solutions/${solution.id}/health`}>health URL</Link> every minute (by default): the share of checks
              that passed each day, and how long the passing ones took (95 % were faster).
            </p>
            {healthQuery.error ? (
              <ErrorState error={healthQuery.error} onRetry={() => void healthQuery.refetch()} />
            ) : health ? (
              <HealthTrend days={health} />
            ) : (
              <Loading label="Loading health…" />
            )}
          </section>

          <section className="panel" aria-labelledby="leads-heading">
            <h2 id="leads-heading">Leads</h2>
            <p className="section-lead">Registered customers who used 80 % of their current tier's allowance in its current period (and saw the upgrade prompt) or all of it: ready for a higher tier.</p>
            <dl className="facts">
              <div>
                <dt>At 80 % or more</dt>
                <dd>{formatCount(figures.leads.at80)}</dd>
              </div>
              <div>
                <dt>At 100 %</dt>
                <dd>{formatCount(figures.leads.at100)}</dd>
              </div>
            </dl>
            {figures.leads.consumers.length > 0 && (
              <DataTable
                caption={allLeads ? 'Leads' : `Leads, first ${Math.min(LEADS_SHOWN, figures.leads.consumers.length)}`}
                columns={[
                  { key: 'consumer', header: 'Consumer', cell: (row) => <code title={row.consumer}>{shortConsumer(row.consumer)}</code> },
                  { key: 'tier', header: 'Tier', cell: (row) => tierLabel(row.tier) },
                  { key: 'reached', header: 'Reached', cell: (row) => reachedLabel(row.reached) },
                ]}
                rows={allLeads ? figures.leads.consumers : figures.leads.consumers.slice(0, LEADS_SHOWN)}
                rowKey={(row) => row.consumer}
              />
            )}
            {figures.leads.consumers.length > LEADS_SHOWN && (
              <button type="button" className="button button-secondary" aria-expanded={allLeads} onClick={() => setAllLeads(!allLeads)}>
                {allLeads ? `Show the first ${LEADS_SHOWN}` : `Show all ${formatCount(figures.leads.consumers.length)} leads`}
              </button>
            )}
          </section>
        </>
      ) : null}
    </div>
  );
}
