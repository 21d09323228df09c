import { lazy, Suspense, type ReactNode } from 'react';
import { DataTable, type Column } from '../ui/DataTable';
import { Loading } from '../ui/States';

export const StackedBarsChart = lazy(() => import('./charts').then((m) => ({ default: m.StackedBarsChart })));

/**
 * A chart with its accessible alternative: the caption says what it shows (and names the drawing for screen
 * readers, which skip the drawing itself), and the same numbers are one click away as a table.
 */
export function ChartFigure<Row>({ title, description, chart, columns, rows, rowKey }: {
  title: string;
  /** One or two sentences with the totals: the caption and the drawing's accessible name. */
  description: string;
  chart: ReactNode;
  columns: ReadonlyArray<Column<Row>>;
  rows: readonly Row[];
  rowKey: (row: Row) => string;
}) {
  return (
    <figure className="chart analytics-chart">
      <figcaption>{description}</figcaption>
      <div className="chart-box" role="img" aria-label={`${title}. ${description}`}>
        <Suspense fallback={<Loading label="Loading chart…" />}>{chart}</Suspense>
      </div>
      <details className="chart-table">
        <summary>Table of {title.charAt(0).toLowerCase() + title.slice(1)}</summary>
        <DataTable caption={title} columns={columns} rows={rows} rowKey={rowKey} />
      </details>
    </figure>
  );
}
