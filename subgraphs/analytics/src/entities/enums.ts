import { registerEnumType } from 'type-graphql';
import type { DatasetName, Scope } from '../datasets/datasets.ts';
import type { FilterOp, MetricFn } from '../datasets/query-builder.ts';

export const DatasetEnum = { CALLS: 'calls', SIGNUPS: 'signups', CONVERSIONS: 'conversions', SUBSCRIPTIONS: 'subscriptions', REVENUE: 'revenue', HEALTH: 'health' } as const satisfies Record<string, DatasetName>;
registerEnumType(DatasetEnum, { name: 'AnalyticsDataset', description: 'A dataset of the event log (see analyticsSettings for its fields and limits).' });

export const ScopeEnum = { CUSTOMER: 'CUSTOMER', PARTNER: 'PARTNER', PLATFORM: 'PLATFORM' } as const satisfies Record<string, Scope>;
registerEnumType(ScopeEnum, {
  name: 'AnalyticsScope',
  description: "Whose rows: CUSTOMER your own usage, PARTNER your solutions', PLATFORM everyone's (analysts and admins).",
});

export const FilterOpEnum = { eq: 'eq', neq: 'neq', gt: 'gt', geq: 'geq', lt: 'lt', leq: 'leq', in: 'in' } as const satisfies Record<string, FilterOp>;
registerEnumType(FilterOpEnum, { name: 'AnalyticsFilterOp', description: 'Comparison of a field with value (in: with values).' });

export const MetricFnEnum = { count: 'count', sum: 'sum', uniq: 'uniq', avg: 'avg', quantile: 'quantile' } as const satisfies Record<string, MetricFn>;
registerEnumType(MetricFnEnum, {
  name: 'AnalyticsMetricFn',
  description: 'count (of calls for the calls dataset, of rows otherwise), sum, uniq (distinct values), avg (per counted item), quantile (q).',
});

export const DirectionEnum = { ASC: 'ASC', DESC: 'DESC' } as const;
registerEnumType(DirectionEnum, { name: 'AnalyticsOrderDirection' });

export const ColumnRoleEnum = { DIMENSION: 'dimension', METRIC: 'metric' } as const;
registerEnumType(ColumnRoleEnum, { name: 'AnalyticsColumnRole' });
