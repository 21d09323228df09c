import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatAxisRupees, formatMonth, formatPaise } from '../format/format';
import type { RevenueSum } from './revenue';
import { legendText } from '../analytics/chart-legend';

/**
 * Revenue per month as stacked bars that add up to what customers paid: the partner's net, the platform fee and GST.
 * Its own chunk (recharts); the table beside it has the same numbers.
 */
const ORDER = ['net', 'fee', 'gst'];

export default function RevenueChart({ months, labels, description }: {
  months: readonly RevenueSum[];
  /** Legend names of the partner's part and the platform's part, in the page's words. */
  labels: { net: string; fee: string };
  /** One sentence for the caption and the chart's accessible name. */
  description: string;
}) {
  const currency = months[0]?.currency ?? 'INR';
  const data = months.map((month) => ({
    label: formatMonth(month.key),
    net: month.partnerNet / 100,
    fee: month.platformFee / 100,
    gst: month.gst / 100,
  }));
  return (
    <figure className="chart">
      <figcaption>{description}</figcaption>
      <div className="chart-box" role="img" aria-label={`Stacked bar chart by month. ${description}`}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 4 }} maxBarSize={72}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#8884" />
            <XAxis dataKey="label" tick={{ fontSize: 12 }} interval="preserveStartEnd" minTickGap={12} />
            <YAxis tick={{ fontSize: 12 }} tickFormatter={formatAxisRupees} width={56} />
            <Tooltip formatter={(value) => formatPaise(Math.round(Number(value) * 100), currency)} />
            <Legend formatter={legendText} itemSorter={(item) => ORDER.indexOf(String(item.dataKey))} />
            <Bar dataKey="net" name={labels.net} stackId="gross" fill="#1f7a4d" isAnimationActive={false} />
            <Bar dataKey="fee" name={labels.fee} stackId="gross" fill="#8250df" isAnimationActive={false} />
            <Bar dataKey="gst" name="GST" stackId="gross" fill="#8c959f" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
