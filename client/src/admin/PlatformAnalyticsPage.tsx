import { useQuery } from '@apollo/client/react';
import '../analytics/analytics.css';
import { useState } from 'react';
import { useLocation } from 'react-router';
import { daysOf, formatRate, pivotDaily, rangeLabel, rangeVariables } from '../analytics/analytics-format';
import { ChartFigure, StackedBarsChart } from '../analytics/ChartFigure';
import { DailyOutcomes } from '../analytics/DailyOutcomes';
import { Freshness } from '../analytics/Freshness';
import { Funnel, funnelRows } from '../analytics/Funnel';
import { RangeForm, useDayRange } from '../analytics/RangeForm';
import { csvSections, saveCsv } from '../format/csv';
import { dayTick, formatCount, formatDate, formatPaise, solutionLabels } from '../format/format';
import { graphql } from '../gql';
import type { PlatformAnalyticsPage_QueryQuery } from '../gql/graphql';
import { DataTable } from '../ui/DataTable';
import { ErrorState, Loading } from '../ui/States';

export const PlatformAnalyticsPage_Query = graphql(`
  query PlatformAnalyticsPage_Query($from: DateTimeISO!, $to: DateTimeISO!) {
    platformAnalytics(from: $from, to: $to) {
      calls
      daily {
        day
        outcome
        calls
      }
      signupsDaily {
        day
        count
      }
      activeCustomers
      signups
      payingCustomers
      mrrPaise
      arrPaise
      churnRate
      revenuePaise
      commissionPaise
      popularSolutions {
        solutionId
        solution {
          id
          name
          slug
          publisherName
        }
        calls
        customers
        revenuePaise
      }
      funnel {
        anonymous
        registered
        paid
        registeredRate
        paidRate
        medianSecondsToRegister
        medianSecondsToPay
      }
      cohorts {
        week
        size
        retention
      }
      freshAt
    }
  }
`);

type Figures = PlatformAnalyticsPage_QueryQuery['platformAnalytics'];
type Rank = Figures['popularSolutions'][number];
const RANKINGS = [
  { key: 'calls', label: 'Calls', value: (r: Rank) => r.calls },
  { key: 'customers', label: 'Customers', value: (r: Rank) => r.customers },
  { key: 'revenue', label: 'Revenue', value: (r: Rank) => r.revenuePaise },
] as const;
type Ranking = (typeof RANKINGS)[number]['key'];

/** The most weeks of retention a cohort row shows (the server sends up to 26). */
const COHORT_WEEKS = 8;

/**
 * `/admin/analytics` in the admin console, and `/analytics` for analysts (titled without "Admin"): the platform over a range — calls, customers, sign-ups, paying customers, MRR and ARR, churn,
 * commission, popular solutions, the funnel and weekly sign-up cohorts — with CSV of what is shown.
 */
export default function PlatformAnalyticsPage() {
  const [range, setRange] = useDayRange();
  const inAdminConsole = useLocation().pathname.startsWith('/admin/');
  const [ranking, setRanking] = useState<Ranking>('calls');
  const { data, error, loading, refetch } = useQuery(PlatformAnalyticsPage_Query, { variables: rangeVariables(range) });
  const figures = error ? undefined : data?.platformAnalytics;
  const by = RANKINGS.find((r) => r.key === ranking)!;
  const ranked = figures ? [...figures.popularSolutions].sort((a, b) => by.value(b) - by.value(a) || b.calls - a.calls).slice(0, 10) : [];
  const signupDays = figures ? signupsPerDay(daysOf(range), figures.signupsDaily) : [];
  const weeks = figures ? Math.min(COHORT_WEEKS, Math.max(1, ...figures.cohorts.map((c) => c.retention.length))) : 0;
  // Two partners may list solutions of one name: every list here tells them apart the same way.
  const labels = solutionLabels(figures ? figures.popularSolutions.flatMap((r) => (r.solution ? [r.solution] : [])) : []);
  const name = (rank: Rank) => labels.get(rank.solutionId) ?? rank.solutionId;

  const exportCsv = () => {
    if (!figures) return;
    const { outcomes, days } = pivotDaily(range, figures.daily);
    saveCsv(
      csvSections([
        {
          title: `Platform totals, ${range.from} to ${range.to} (UTC)`,
          header: ['calls', 'active_customers', 'signups', 'paying_customers', 'mrr_paise', 'arr_paise', 'churn_rate', 'revenue_paise', 'commission_paise'],
          rows: [[figures.calls, figures.activeCustomers, figures.signups, figures.payingCustomers, figures.mrrPaise, figures.arrPaise, figures.churnRate, figures.revenuePaise, figures.commissionPaise]],
        },
        { title: 'Calls per day by outcome', header: ['day', ...outcomes], rows: days.map((d) => [d.day, ...outcomes.map((o) => Number(d[o] ?? 0))]) },
        { title: 'Sign-ups per day', header: ['day', 'signups'], rows: signupDays.map((d) => [d.day, d.signups]) },
        {
          title: `Popular solutions by ${by.label.toLowerCase()}`,
          header: ['rank', 'solution_id', 'solution_slug', 'solution', 'calls', 'customers', 'revenue_paise'],
          rows: ranked.map((r, i) => [i + 1, r.solutionId, r.solution?.slug ?? null, name(r), r.calls, r.customers, r.revenuePaise]),
        },
        { title: 'Funnel', header: ['step', 'people', 'conversion_rate', 'median_seconds'], rows: funnelRows(figures.funnel).map((r) => [r.step, r.people, r.rate, r.median]) },
        {
          title: 'Weekly sign-up cohorts (share active k weeks after sign-up)',
          header: ['week', 'size', ...Array.from({ length: weeks }, (_, k) => `week_${k}`)],
          rows: figures.cohorts.map((c) => [c.week.slice(0, 10), c.size, ...Array.from({ length: weeks }, (_, k) => c.retention[k] ?? null)]),
        },
      ]),
      `platform-analytics-${range.from}-to-${range.to}.csv`,
    );
  };

  return (
    <main className="page analytics">
      <title>{inAdminConsole ? 'Platform analytics · Admin · Marketplace' : 'Platform analytics · Marketplace'}</title>
      <div className="page-header analytics-header">
        <div>
          <h1>Platform analytics</h1>
          <p className="lead">Calls, customers, revenue and conversion across every solution.</p>
        </div>
        <button type="button" className="button button-secondary" onClick={exportCsv} disabled={!figures}>
          Export as CSV
        </button>
      </div>
      <RangeForm range={range} onChange={setRange} label="Analytics date range" />
      {error ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : loading && !figures ? (
        <Loading label="Loading platform analytics…" />
      ) : figures ? (
        <>
          <Freshness freshAt={figures.freshAt} />
          <dl className="facts analytics-facts">
            <Fact label={`Calls, ${rangeLabel(range)}`} value={formatCount(figures.calls)} />
            <Fact label="Active customers" value={formatCount(figures.activeCustomers)} />
            <Fact label="Sign-ups" value={formatCount(figures.signups)} />
            <Fact label="Paying customers (at the end)" value={formatCount(figures.payingCustomers)} />
            <Fact label="MRR" value={formatPaise(figures.mrrPaise)} />
            <Fact label="ARR" value={formatPaise(figures.arrPaise)} />
            <Fact label="Churn" value={formatRate(figures.churnRate)} />
            <Fact label="Revenue (GST included)" value={formatPaise(figures.revenuePaise)} />
            <Fact label="Commission" value={formatPaise(figures.commissionPaise)} />
          </dl>

          <section className="panel" aria-labelledby="calls-heading">
            <h2 id="calls-heading">Calls by outcome</h2>
            <DailyOutcomes range={range} rows={figures.daily} title="Platform calls per day by outcome" />
          </section>

          <section className="panel" aria-labelledby="signups-heading">
            <h2 id="signups-heading">Sign-ups</h2>
            <ChartFigure
              title="Sign-ups per day"
              description={`${formatCount(figures.signups)} ${figures.signups === 1 ? 'sign-up' : 'sign-ups'} in ${rangeLabel(range)}.`}
              chart={<StackedBarsChart data={signupDays} category="day" tickLabel={dayTick} series={[{ key: 'signups', label: 'Sign-ups', color: '#0969da' }]} />}
              columns={[
                { key: 'day', header: 'Day', cell: (row) => row.day },
                { key: 'signups', header: 'Sign-ups', align: 'end', cell: (row) => formatCount(row.signups) },
              ]}
              rows={signupDays}
              rowKey={(row) => row.day}
            />
          </section>

          <section className="panel" aria-labelledby="popular-heading">
            <div className="panel-header">
              <h2 id="popular-heading">Popular solutions</h2>
              <div className="tag-filter" role="group" aria-label="Rank by">
                {RANKINGS.map((r) => (
                  <button key={r.key} type="button" className="chip" aria-pressed={ranking === r.key} onClick={() => setRanking(r.key)}>
                    By {r.label.toLowerCase()}
                  </button>
                ))}
              </div>
            </div>
            {ranked.length === 0 ? (
              <p className="cell-note">No solution was called in this range.</p>
            ) : (
              <DataTable
                caption={`Popular solutions by ${by.label.toLowerCase()}`}
                columns={[
                  { key: 'rank', header: 'Rank', align: 'end', cell: (row) => formatCount(ranked.indexOf(row) + 1) },
                  { key: 'solution', header: 'Solution', cell: (row) => name(row) },
                  { key: 'calls', header: 'Calls', align: 'end', cell: (row) => formatCount(row.calls) },
                  { key: 'customers', header: 'Customers', align: 'end', cell: (row) => formatCount(row.customers) },
                  { key: 'revenue', header: 'Revenue', align: 'end', cell: (row) => formatPaise(row.revenuePaise) },
                ]}
                rows={ranked}
                rowKey={(row) => row.solutionId}
              />
            )}
          </section>

          <section className="panel" aria-labelledby="funnel-heading">
            <h2 id="funnel-heading">Funnel: anonymous → registered → paid</h2>
            <Funnel funnel={figures.funnel} />
          </section>

          <section className="panel" aria-labelledby="cohorts-heading">
            <h2 id="cohorts-heading">Weekly sign-up cohorts</h2>
            <p className="section-lead">Of the customers who signed up in a week (Monday, UTC), the share who made calls with a key in that week and the weeks after.</p>
            {figures.cohorts.length === 0 ? (
              <p className="cell-note">Nobody signed up in this range.</p>
            ) : (
              <div className="table-wrap">
                <table className="table cohort-table">
                  <caption className="visually-hidden">Weekly sign-up cohort retention</caption>
                  <thead>
                    <tr>
                      <th scope="col">Week of</th>
                      <th scope="col" className="align-end">
                        Sign-ups
                      </th>
                      {Array.from({ length: weeks }, (_, k) => (
                        <th key={k} scope="col" className="align-end">
                          {k === 0 ? 'Week 0' : `+${k}`}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {figures.cohorts.map((cohort) => (
                      <tr key={cohort.week}>
                        <th scope="row">{formatDate(cohort.week)}</th>
                        <td className="align-end">{formatCount(cohort.size)}</td>
                        {Array.from({ length: weeks }, (_, k) => {
                          const share = cohort.retention[k];
                          return (
                            <td key={k} className="align-end cohort-cell" style={share == null ? undefined : { ['--share' as string]: String(share) }}>
                              {share == null ? '' : formatRate(share)}
                            </td>
                          );
                        })}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
        </>
      ) : null}
    </main>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

/** One row per day of the range with its sign-ups (zeros where none). */
function signupsPerDay(days: readonly string[], rows: readonly { day: string; count: number }[]): { day: string; signups: number }[] {
  const counts = new Map(rows.map((row) => [row.day.slice(0, 10), row.count]));
  return days.map((day) => ({ day, signups: counts.get(day) ?? 0 }));
}
