import { dayTick, formatCount } from '../format/format';
import type { Column } from '../ui/DataTable';
import { type DayRange, type DayRow, formatRate, outcomeLabel, pivotDaily } from './analytics-format';
import { ChartFigure, StackedBarsChart } from './ChartFigure';
import { seriesColor } from './chart-colors';

/** Calls per day by outcome (allowed and each refusal) as a stacked bar chart, with its table. */
export function DailyOutcomes({ range, rows, title = 'Calls per day by outcome' }: {
  range: DayRange;
  rows: readonly { day: string; outcome: string; calls: number }[];
  title?: string;
}) {
  const { outcomes, days } = pivotDaily(range, rows);
  const total = rows.reduce((sum, row) => sum + row.calls, 0);
  const allowed = rows.filter((row) => row.outcome === 'VALID').reduce((sum, row) => sum + row.calls, 0);
  const description =
    total === 0
      ? 'No calls in this range.'
      : `${formatCount(total)} ${total === 1 ? 'call' : 'calls'} over ${formatCount(days.length)} ${days.length === 1 ? 'day' : 'days'}, ${formatRate(allowed / total)} allowed.`;
  const columns: Column<DayRow>[] = [
    { key: 'day', header: 'Day', cell: (row) => row.day },
    ...outcomes.map((outcome) => ({ key: outcome, header: outcomeLabel(outcome), align: 'end' as const, cell: (row: DayRow) => formatCount(Number(row[outcome] ?? 0)) })),
  ];
  return (
    <ChartFigure
      title={title}
      description={description}
      chart={
        <StackedBarsChart
          data={days}
          category="day"
          tickLabel={dayTick}
          series={outcomes.map((outcome, i) => ({ key: outcome, label: outcomeLabel(outcome), color: seriesColor(outcome, i) }))}
        />
      }
      columns={columns}
      rows={days}
      rowKey={(row) => row.day}
    />
  );
}
