import { useQuery } from '@apollo/client/react';
import { lazy, Suspense, useMemo } from 'react';
import { graphql } from '../gql';
import type { Tier } from '../gql/graphql';
import { formatCount } from '../format/format';
import { TierBadge } from '../ui/Badge';
import { DataTable, type Column } from '../ui/DataTable';
import { Empty, ErrorState, Loading } from '../ui/States';
import type { UsageDay } from './SolutionUsageChart';
import { TIER_ORDER } from './tier-form';

const SolutionUsageChart = lazy(() => import('./SolutionUsageChart'));

const SolutionUsagePanel_Query = graphql(`
  query SolutionUsagePanel_Query($solutionId: ID!, $from: String!, $to: String!) {
    solutionUsage(solutionId: $solutionId, from: $from, to: $to) {
      day
      tier
      allowed
      denied
      units
      overage
    }
  }
`);

export const USAGE_DAYS = 30;

/** The last `days` days ending today, as yyyy-mm-dd in UTC, oldest first. */
function lastDays(days: number, now = new Date()): string[] {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return Array.from({ length: days }, (_, i) => new Date(today - (days - 1 - i) * 86_400_000).toISOString().slice(0, 10));
}

interface TierTotal {
  tier: Tier;
  allowed: number;
  denied: number;
  units: number;
  overage: number;
}

/** Calls to the solution over the last 30 days: a chart stacked by tier, and totals per tier. */
export function SolutionUsagePanel({ solutionId }: { solutionId: string }) {
  const days = useMemo(() => lastDays(USAGE_DAYS), []);
  const { data, loading, error, refetch } = useQuery(SolutionUsagePanel_Query, {
    variables: { solutionId, from: days[0]!, to: days[days.length - 1]! },
  });

  const rows = data?.solutionUsage ?? [];
  const byDay = new Map<string, UsageDay>(days.map((day) => [day, { day, ANONYMOUS: 0, REGISTERED: 0, PRO: 0, ENTERPRISE: 0 }]));
  const totals = new Map<Tier, TierTotal>(TIER_ORDER.map((tier) => [tier, { tier, allowed: 0, denied: 0, units: 0, overage: 0 }]));
  for (const row of rows) {
    const day = byDay.get(row.day);
    if (day) day[row.tier] += row.allowed;
    const total = totals.get(row.tier);
    if (total) {
      total.allowed += row.allowed;
      total.denied += row.denied;
      total.units += row.units;
      total.overage += row.overage;
    }
  }
  const columns: Column<TierTotal>[] = [
    { key: 'tier', header: 'Tier', cell: (row) => <TierBadge tier={row.tier} /> },
    { key: 'allowed', header: 'Allowed', align: 'end', cell: (row) => formatCount(row.allowed) },
    { key: 'denied', header: 'Refused', align: 'end', cell: (row) => formatCount(row.denied) },
    { key: 'units', header: 'Units', align: 'end', cell: (row) => formatCount(row.units) },
    { key: 'overage', header: 'Overage units', align: 'end', cell: (row) => formatCount(row.overage) },
  ];

  return (
    <section className="panel" aria-labelledby="usage-heading">
      <h2 id="usage-heading">Usage, last {USAGE_DAYS} days</h2>
      {error && !data ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : loading && !data ? (
        <Loading label="Loading usage…" />
      ) : rows.length === 0 ? (
        <Empty title="No calls in the last 30 days.">
          <p>Calls appear here within seconds, by tier and day.</p>
        </Empty>
      ) : (
        <>
          <Suspense fallback={<Loading label="Loading chart…" />}>
            <SolutionUsageChart days={[...byDay.values()]} />
          </Suspense>
          <DataTable caption={`Totals by tier, last ${USAGE_DAYS} days`} columns={columns} rows={[...totals.values()]} rowKey={(row) => row.tier} />
        </>
      )}
    </section>
  );
}
