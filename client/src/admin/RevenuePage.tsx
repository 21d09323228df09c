import { useQuery } from '@apollo/client/react';
import { lazy, Suspense, useState } from 'react';
import { Link } from 'react-router';
import { formatCount, formatMonth, formatPaise, solutionLabels } from '../format/format';
import { graphql } from '../gql';
import { RevenueFilters, useMonthRange } from '../billing/RevenueFilters';
import { downloadWithSession } from '../billing/download';
import { monthOf, sumRevenue, validMonth, type RevenueRowLike, type RevenueSum } from '../billing/revenue';
import { Alert } from '../ui/Alert';
import { DataTable, type Column } from '../ui/DataTable';
import { SelectField } from '../ui/Field';
import { Empty, ErrorState, Loading } from '../ui/States';
import { CommissionSettings } from './CommissionSettings';
import { EnterpriseOffersAdmin } from './EnterpriseOffersAdmin';
import '../billing/billing.css';

const RevenueChart = lazy(() => import('../billing/RevenueChart'));

export const RevenuePage_Query = graphql(`
  query RevenuePage_Query($from: String, $to: String) {
    platformRevenue(from: $from, to: $to) {
      month
      partnerId
      solution {
        id
        name
        slug
        publisherName
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

/** Each grouping's key and label of a row; `solutionLabel` names solutions as the whole list tells them apart. */
const GROUPS = {
  month: { label: 'Month', keyOf: (row: RevenueRowLike) => ({ key: row.month, label: formatMonth(row.month) }) },
  partner: {
    label: 'Partner',
    keyOf: (row: RevenueRowLike) => ({ key: row.partnerId ?? '-', label: row.solution?.publisherName ?? row.partnerId ?? '—' }),
  },
  solution: {
    label: 'Solution',
    keyOf: (row: RevenueRowLike, solutionLabel: (id: string) => string | undefined) => ({
      key: row.solution?.id ?? '-',
      label: row.solution ? (solutionLabel(row.solution.id) ?? row.solution.name) : '—',
    }),
  },
} as const;
type Group = keyof typeof GROUPS;
const isGroup = (value: string | null): value is Group => value !== null && value in GROUPS;

/**
 * `/admin/revenue`: what customers paid and what the platform kept, by partner, solution or month; the commission
 * settings; the monthly payout report; Enterprise offers.
 */
export default function RevenuePage() {
  const { from, to, params, set } = useMonthRange();
  const by: Group = isGroup(params.get('by')) ? (params.get('by') as Group) : 'month';
  const { data, loading, error, refetch } = useQuery(RevenuePage_Query, {
    variables: { from, to },
    fetchPolicy: 'cache-and-network',
  });
  const rows = data?.platformRevenue ?? [];
  // Two partners may sell solutions of one name: the table tells them apart.
  const labels = solutionLabels(rows.flatMap((row) => (row.solution ? [row.solution] : [])));
  const groups = sumRevenue(rows, (row) => GROUPS[by].keyOf(row, (id) => labels.get(id)));
  const months = sumRevenue(rows, GROUPS.month.keyOf);
  const [total] = sumRevenue(rows, () => ({ key: 'all', label: 'All' }));

  const columns: Column<RevenueSum>[] = [
    {
      key: 'group',
      header: GROUPS[by].label,
      cell: (sum) => (by === 'partner' && sum.key !== '-' ? <Link to={`/admin/users/${sum.key}`}>{sum.label}</Link> : sum.label),
    },
    { key: 'gross', header: 'Gross (incl. GST)', align: 'end', cell: (sum) => formatPaise(sum.gross, sum.currency) },
    { key: 'gst', header: 'GST', align: 'end', cell: (sum) => formatPaise(sum.gst, sum.currency) },
    { key: 'fee', header: 'Commission', align: 'end', cell: (sum) => <strong>{formatPaise(sum.platformFee, sum.currency)}</strong> },
    { key: 'net', header: 'Partner net', align: 'end', cell: (sum) => formatPaise(sum.partnerNet, sum.currency) },
    { key: 'payments', header: 'Payments', align: 'end', cell: (sum) => formatCount(sum.payments) },
  ];

  return (
    <main className="page">
      <title>Revenue · Admin · Marketplace</title>
      <div className="page-header">
        <h1>Revenue and commission</h1>
        <p className="lead">Platform revenue and commission by partner, solution and month; fee settings, payouts and Enterprise offers.</p>
      </div>
      <RevenueFilters label="Filter revenue">
        <SelectField
          label="Group by"
          value={by}
          onChange={(event) => set('by', event.target.value === 'month' ? '' : event.target.value)}
          options={Object.entries(GROUPS).map(([value, group]) => ({ value, label: group.label }))}
        />
      </RevenueFilters>
      {error && !data ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : loading && !data ? (
        <Loading label="Loading revenue…" />
      ) : rows.length === 0 || !total ? (
        <Empty title="No revenue in these months." />
      ) : (
        <>
          <dl className="facts revenue-totals">
            <div>
              <dt>Gross (incl. GST)</dt>
              <dd>{formatPaise(total.gross, total.currency)}</dd>
            </div>
            <div>
              <dt>Commission</dt>
              <dd>
                <strong>{formatPaise(total.platformFee, total.currency)}</strong>
              </dd>
            </div>
            <div>
              <dt>Owed to partners</dt>
              <dd>{formatPaise(total.partnerNet, total.currency)}</dd>
            </div>
            <div>
              <dt>Payments</dt>
              <dd>{formatCount(total.payments)}</dd>
            </div>
          </dl>
          <section className="panel" aria-labelledby="platform-chart-heading">
            <h2 id="platform-chart-heading">By month</h2>
            <Suspense fallback={<Loading label="Loading chart…" />}>
              <RevenueChart months={months} labels={{ net: 'Partner net', fee: 'Commission' }} description={`Partner net, commission and GST per month add up to the gross: ${formatPaise(total.gross, total.currency)} in total.`} />
            </Suspense>
          </section>
          <section className="panel" aria-labelledby="platform-table-heading">
            <h2 id="platform-table-heading">By {GROUPS[by].label.toLowerCase()}</h2>
            <DataTable caption={`Revenue by ${GROUPS[by].label.toLowerCase()}`} columns={columns} rows={groups} rowKey={(sum) => sum.key} />
          </section>
        </>
      )}
      <PayoutExport />
      <CommissionSettings />
      <EnterpriseOffersAdmin />
    </main>
  );
}

/** The payout report of one month as CSV: what each partner is owed. */
function PayoutExport() {
  const [month, setMonth] = useState(() => monthOf(new Date(), -1));
  const [state, setState] = useState<{ busy: boolean; failure?: string }>({ busy: false });
  return (
    <section className="panel" aria-labelledby="payout-heading">
      <h2 id="payout-heading">Payout report</h2>
      <p className="section-lead">One row per partner and solution: gross, GST, commission and the net to pay out, as CSV.</p>
      <form
        className="inline-form"
        onSubmit={async (event) => {
          event.preventDefault();
          if (!validMonth(month)) return setState({ busy: false, failure: 'Choose a month.' });
          setState({ busy: true });
          try {
            await downloadWithSession(`/billing/payout-report.csv?month=${encodeURIComponent(month)}`, `payout-report-${month}.csv`);
            setState({ busy: false });
          } catch (failure) {
            setState({ busy: false, failure: failure instanceof Error ? failure.message : String(failure) });
          }
        }}
      >
        <div className="field">
          <label htmlFor="payout-month">Month</label>
          <input id="payout-month" type="month" value={month} onChange={(event) => setMonth(event.target.value)} />
        </div>
        <div className="inline-form-submit">
          <button type="submit" className="button" disabled={state.busy}>
            {state.busy ? 'Preparing…' : 'Download payout CSV'}
          </button>
        </div>
      </form>
      {state.failure && <Alert tone="error">{state.failure}</Alert>}
    </section>
  );
}
