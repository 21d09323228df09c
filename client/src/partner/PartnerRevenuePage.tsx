import { useQuery } from '@apollo/client/react';
import { lazy, Suspense } from 'react';
import { Link } from 'react-router';
import { formatCount, formatMoney, formatMonth, formatPaise, solutionLabeler, type NamedSolution } from '../format/format';
import { graphql } from '../gql';
import type { PartnerRevenuePage_QueryQuery } from '../gql/graphql';
import { RevenueFilters, useMonthRange } from '../billing/RevenueFilters';
import { sumRevenue } from '../billing/revenue';
import { DataTable, type Column } from '../ui/DataTable';
import { SelectField } from '../ui/Field';
import { Empty, ErrorState, Loading } from '../ui/States';
import '../billing/billing.css';

const RevenueChart = lazy(() => import('../billing/RevenueChart'));

export const PartnerRevenuePage_Query = graphql(`
  query PartnerRevenuePage_Query($solutionId: ID, $from: String, $to: String) {
    partnerRevenue(solutionId: $solutionId, from: $from, to: $to) {
      month
      solution {
        id
        name
        slug
      }
      gross {
        paise
        currency
      }
      gst {
        paise
        currency
      }
      platformFee {
        paise
        currency
      }
      partnerNet {
        paise
        currency
      }
      payments
      subscribers
    }
  }
`);

export const PartnerRevenuePage_Solutions = graphql(`
  query PartnerRevenuePage_Solutions {
    mySolutions {
      id
      name
      slug
    }
  }
`);

type Row = PartnerRevenuePage_QueryQuery['partnerRevenue'][number];

/** The table's columns; `label` names a solution as the page's whole list tells its solutions apart. */
const columnsFor = (label: (solution: NamedSolution) => string): Column<Row>[] => [
  { key: 'month', header: 'Month', cell: (row) => formatMonth(row.month) },
  { key: 'solution', header: 'Solution', cell: (row) => (row.solution ? label(row.solution) : '—') },
  { key: 'gross', header: 'Gross (incl. GST)', align: 'end', cell: (row) => formatMoney(row.gross) },
  { key: 'gst', header: 'GST', align: 'end', cell: (row) => formatMoney(row.gst) },
  { key: 'fee', header: 'Platform fee', align: 'end', cell: (row) => formatMoney(row.platformFee) },
  { key: 'net', header: 'Your net', align: 'end', cell: (row) => <strong>{formatMoney(row.partnerNet)}</strong> },
  { key: 'subscribers', header: 'Subscribers', align: 'end', cell: (row) => formatCount(row.subscribers) },
  { key: 'payments', header: 'Payments', align: 'end', cell: (row) => formatCount(row.payments) },
];

/** `/partner/revenue`: what the partner's solutions earned, per solution and month: gross, GST, fee, net, subscribers. */
export default function PartnerRevenuePage() {
  const { from, to, params, set } = useMonthRange();
  const solutionId = params.get('solution') ?? '';
  const solutions = useQuery(PartnerRevenuePage_Solutions);
  const { data, loading, error, refetch } = useQuery(PartnerRevenuePage_Query, {
    variables: { solutionId: solutionId || null, from, to },
    fetchPolicy: 'cache-and-network',
  });
  const rows = data?.partnerRevenue ?? [];
  const months = sumRevenue(rows, (row) => ({ key: row.month, label: formatMonth(row.month) }));
  const [total] = sumRevenue(rows, () => ({ key: 'all', label: 'All' }));
  const mine = solutions.data?.mySolutions ?? [];
  // A partner may name two of its solutions alike: the filter and the table tell them apart by slug.
  const label = solutionLabeler([...mine, ...rows.flatMap((row) => (row.solution ? [row.solution] : []))]);

  return (
    <>
      <title>Revenue · Partner portal · Marketplace</title>
      <p className="breadcrumbs">
        <Link to="/partner">Partner portal</Link> / Revenue
      </p>
      <div className="page-header">
        <h1>Revenue</h1>
        <p className="lead">What customers paid for your solutions, the platform fee, and your net, by month.</p>
      </div>
      <RevenueFilters label="Filter revenue">
        <SelectField
          label="Solution"
          value={solutionId}
          onChange={(event) => set('solution', event.target.value)}
          options={[{ value: '', label: 'All solutions' }, ...mine.map((each) => ({ value: each.id, label: label(each) }))]}
        />
      </RevenueFilters>
      {error && !data ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : loading && !data ? (
        <Loading label="Loading revenue…" />
      ) : rows.length === 0 || !total ? (
        <Empty title="No revenue in these months.">
          <p>Payments for Pro and Enterprise plans of your solutions appear here, month by month.</p>
        </Empty>
      ) : (
        <>
          <dl className="facts revenue-totals">
            <div>
              <dt>Gross (incl. GST)</dt>
              <dd>{formatPaise(total.gross, total.currency)}</dd>
            </div>
            <div>
              <dt>Platform fee</dt>
              <dd>{formatPaise(total.platformFee, total.currency)}</dd>
            </div>
            <div>
              <dt>Your net</dt>
              <dd>
                <strong>{formatPaise(total.partnerNet, total.currency)}</strong>
              </dd>
            </div>
            <div>
              <dt>Payments</dt>
              <dd>{formatCount(total.payments)}</dd>
            </div>
          </dl>
          <section className="panel" aria-labelledby="revenue-chart-heading">
            <h2 id="revenue-chart-heading">By month</h2>
            <Suspense fallback={<Loading label="Loading chart…" />}>
              <RevenueChart months={months} labels={{ net: 'Your net', fee: 'Platform fee' }} description={`Your net, the platform fee and GST per month add up to the gross: ${formatPaise(total.gross, total.currency)} in total.`} />
            </Suspense>
          </section>
          <section className="panel" aria-labelledby="revenue-table-heading">
            <h2 id="revenue-table-heading">By solution and month</h2>
            <DataTable caption="Revenue by solution and month" columns={columnsFor(label)} rows={rows} rowKey={(row) => `${row.month}:${row.solution?.id ?? '-'}`} />
          </section>
        </>
      )}
    </>
  );
}
