import { Field, Float, InputType, Int } from 'type-graphql';
import { DatasetEnum, DirectionEnum, FilterOpEnum, MetricFnEnum, ScopeEnum } from './enums.ts';
import type { DatasetName, Scope } from '../datasets/datasets.ts';
import type { FilterOp, MetricFn } from '../datasets/query-builder.ts';

@InputType('AnalyticsFilter', {
  description: 'A condition (field, op, value — or values for in), or AND / OR of filters; all given parts must hold.',
})
export class AnalyticsFilterInput {
  @Field(() => String, { nullable: true, description: "A field of the dataset (analyticsSettings lists them), e.g. tier, solution, time." })
  field?: string | null;

  @Field(() => FilterOpEnum, { nullable: true })
  op?: FilterOp | null;

  @Field(() => String, { nullable: true, description: 'The value, as text: numbers as digits, times as ISO 8601, booleans as true/false.' })
  value?: string | null;

  @Field(() => [String], { nullable: true, description: 'For in: 1 to 100 values.' })
  values?: string[] | null;

  @Field(() => [AnalyticsFilterInput], { nullable: true })
  AND?: AnalyticsFilterInput[] | null;

  @Field(() => [AnalyticsFilterInput], { nullable: true })
  OR?: AnalyticsFilterInput[] | null;
}

@InputType('AnalyticsMetric')
export class AnalyticsMetricInput {
  @Field(() => MetricFnEnum)
  fn!: MetricFn;

  @Field(() => String, { nullable: true, description: 'The field (not for count).' })
  field?: string | null;

  @Field(() => Float, { nullable: true, description: 'For quantile: between 0 and 1 (0.5 = median).' })
  q?: number | null;

  @Field(() => String, { nullable: true, description: 'The column name in the result (default e.g. count, sum_units, q50_seconds_to_register).' })
  as?: string | null;
}

@InputType('AnalyticsOrder')
export class AnalyticsOrderInput {
  @Field(() => String, { description: "A column of the result (a dimension or a metric's name)." })
  column!: string;

  @Field(() => DirectionEnum, { nullable: true, defaultValue: 'ASC' })
  direction?: 'ASC' | 'DESC' | null;
}

@InputType('AnalyticsQueryInput')
export class AnalyticsQueryInput {
  @Field(() => DatasetEnum)
  dataset!: DatasetName;

  @Field(() => ScopeEnum, { nullable: true, description: 'Default: the widest you may read.' })
  scope?: Scope | null;

  @Field(() => Date, { description: 'Start of the range (inclusive).' })
  from!: Date;

  @Field(() => Date, { description: "End of the range (exclusive); at most the dataset's maxRangeDays after from." })
  to!: Date;

  @Field(() => AnalyticsFilterInput, { nullable: true })
  filter?: AnalyticsFilterInput | null;

  @Field(() => [String], { nullable: true, description: 'Group by: hour, day, week, month, or string/boolean fields (solution, partner, tier, outcome, endpoint…).' })
  dimensions?: string[] | null;

  @Field(() => [AnalyticsMetricInput])
  metrics!: AnalyticsMetricInput[];

  @Field(() => [AnalyticsOrderInput], { nullable: true, description: 'Default: by the dimensions, ascending.' })
  orderBy?: AnalyticsOrderInput[] | null;

  @Field(() => Int, { nullable: true, description: "Rows to return: 1 to the dataset's pageSize (default 100)." })
  limit?: number | null;
}
