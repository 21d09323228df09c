import type { HealthPeriod } from '../gql/graphql';
import { formatUtcTime } from '../format/format';

/**
 * What the health view and its chart share. Kept out of LatencyChart.tsx so the view can use it without loading
 * the chart's chunk (recharts), which it imports lazily.
 */
export type LatencyPoint = Pick<HealthPeriod, 'start' | 'p50Ms' | 'p95Ms' | 'checks'>;

/** The UTC hour an hourly period starts: "14:00". */
export const hourLabel = (iso: string) => formatUtcTime(iso);
