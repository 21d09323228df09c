import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { formatDate, formatMoney } from '../format/format';
import { graphql } from '../gql';
import type { BillingPage_InvoicesQuery } from '../gql/graphql';
import { Alert } from '../ui/Alert';
import { Badge } from '../ui/Badge';
import { DataTable, type Column } from '../ui/DataTable';
import { appendPage, LoadMoreButton } from '../ui/LoadMoreButton';
import { Empty, ErrorState, Loading } from '../ui/States';
import { downloadWithSession } from './download';

const BillingPage_Invoices = graphql(`
  query BillingPage_Invoices($first: Int, $after: String) {
    myInvoices(first: $first, after: $after) {
      nodes {
        id
        number
        kind
        issuedAt
        description
        solution {
          id
          name
        }
        taxable {
          paise
          currency
        }
        cgst {
          paise
          currency
        }
        sgst {
          paise
          currency
        }
        igst {
          paise
          currency
        }
        total {
          paise
          currency
        }
        pdfUrl
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

type Invoice = BillingPage_InvoicesQuery['myInvoices']['nodes'][number];

const PAGE_SIZE = 20;

/** "CGST ₹89.91 · SGST ₹89.91" or "IGST ₹179.82": the parts the invoice itself shows. */
function gstText(invoice: Invoice): string {
  const parts = [
    ['CGST', invoice.cgst],
    ['SGST', invoice.sgst],
    ['IGST', invoice.igst],
  ] as const;
  const text = parts.filter(([, money]) => money && money.paise !== 0).map(([name, money]) => `${name} ${formatMoney(money!)}`);
  return text.length ? text.join(' · ') : '—';
}

/** Tax invoices and credit notes, newest first, each with its PDF. */
export function InvoicesPanel() {
  const { data, loading, error, refetch, fetchMore } = useQuery(BillingPage_Invoices, { variables: { first: PAGE_SIZE } });
  const connection = data?.myInvoices;
  const columns: Column<Invoice>[] = [
    {
      key: 'number',
      header: 'Number',
      cell: (invoice) => (
        <span className="cell-stack">
          <code className="invoice-number">{invoice.number}</code>
          {invoice.kind === 'CREDIT_NOTE' && <Badge tone="info">Credit note</Badge>}
        </span>
      ),
    },
    { key: 'date', header: 'Date', cell: (invoice) => formatDate(invoice.issuedAt) },
    { key: 'for', header: 'For', cell: (invoice) => invoice.description ?? invoice.solution?.name ?? '—' },
    { key: 'taxable', header: 'Taxable', align: 'end', cell: (invoice) => formatMoney(invoice.taxable) },
    { key: 'gst', header: 'GST', align: 'end', cell: gstText },
    { key: 'total', header: 'Total', align: 'end', cell: (invoice) => <strong>{formatMoney(invoice.total)}</strong> },
    { key: 'pdf', header: 'PDF', align: 'end', cell: (invoice) => <DownloadButton invoice={invoice} /> },
  ];
  return (
    <section className="panel" aria-labelledby="invoices-heading">
      <h2 id="invoices-heading">Invoices</h2>
      {error && !data ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : loading && !data ? (
        <Loading label="Loading invoices…" />
      ) : !connection || connection.nodes.length === 0 ? (
        <Empty title="No invoices yet.">
          <p>A GST tax invoice is issued for every payment.</p>
        </Empty>
      ) : (
        <>
          <DataTable caption="Your invoices" columns={columns} rows={connection.nodes} rowKey={(invoice) => invoice.id} />
          {connection.pageInfo.hasNextPage && (
            <LoadMoreButton
              onLoadMore={() =>
                fetchMore({
                  variables: { after: connection.pageInfo.endCursor },
                  updateQuery: (shown, { fetchMoreResult }) => ({ myInvoices: appendPage(shown.myInvoices, fetchMoreResult.myInvoices) }),
                })
              }
            />
          )}
        </>
      )}
    </section>
  );
}

function DownloadButton({ invoice }: { invoice: Invoice }) {
  const [state, setState] = useState<{ busy: boolean; failure?: string }>({ busy: false });
  return (
    <span className="download">
      <button
        type="button"
        className="button button-small button-secondary"
        disabled={state.busy}
        onClick={async () => {
          setState({ busy: true });
          try {
            await downloadWithSession(invoice.pdfUrl, `${invoice.number.replaceAll('/', '-')}.pdf`);
            setState({ busy: false });
          } catch (error) {
            setState({ busy: false, failure: error instanceof Error ? error.message : String(error) });
          }
        }}
      >
        {state.busy ? 'Downloading…' : 'Download PDF'}
        <span className="visually-hidden"> of {invoice.number}</span>
      </button>
      {state.failure && <Alert tone="error">{state.failure}</Alert>}
    </span>
  );
}
