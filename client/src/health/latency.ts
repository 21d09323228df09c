import type { HealthPeriod } from '../gql/graphql';

/**
 * What the health view and its chart share. Kept out of LatencyChart.tsx so the view can use it without loading
 * the chart's chunk (recharts), which it imports lazily.
 */
export type LatencyPoint = Pick<HealthPeriod, 'start' | 'p50Ms' | 'p95Ms' | 'checks'>;

export const hourLabel = (iso: string) => new Date(iso).toISOString().slice(11, 16);
